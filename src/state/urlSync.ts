import { readQuery, ruleNotices, strayKeyNotices, writeQuery, type Explain } from './query.js';
import type { Schema, Values } from './schema.js';
import { valuesOf, type WidgetStore } from './store.js';
import { hiddenKeys } from './widgetOptions.js';

// Browsers throttle history updates; while a reader drags, write the link at most this often.
const WRITE_DELAY_MS = 200;

/**
 * Applies the page's query string to `store` (with notices of what it ignored
 * or clamped, or the widget's rules changed), then keeps the query string in
 * step with it (replaceState, so dragging adds no history entries). Returns a
 * function that disconnects.
 *
 * `pageKeys`, given when the widget is the whole page (an embed), are the
 * other keys that page reads; any further key in the link is reported too.
 */
export function connectUrl<S extends Schema>(
  store: WidgetStore<S>,
  schema: S,
  base: Values<S>,
  explain?: Explain<S>,
  pageKeys?: readonly string[],
): () => void {
  const search = new URLSearchParams(window.location.search);
  const read = readQuery(schema, search);
  if (Object.keys(read.values).length > 0) store.getState().update(read.values);
  const notices = ruleNotices(schema, search, read, valuesOf(schema, store.getState()), explain);
  if (pageKeys !== undefined) {
    const settings = Object.values(schema).map((param) => param.key);
    notices.push(...strayKeyNotices(search, settings, pageKeys, hiddenKeys(search.toString())));
  }
  store.getState().setNotices(notices);

  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = () => {
    timer = undefined;
    const search = writeQuery(
      schema,
      valuesOf(schema, store.getState()),
      base,
      new URLSearchParams(window.location.search),
    );
    const query = search.toString();
    const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
      window.history.replaceState(window.history.state, '', url);
    }
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (Object.keys(schema).every((name) => state[name] === previous[name])) return;
    if (timer === undefined) timer = setTimeout(write, WRITE_DELAY_MS);
  });
  // A clamped or ignored value leaves the address bar showing what is in use, not what was asked for.
  if (notices.length > 0) timer = setTimeout(write, WRITE_DELAY_MS);
  // Leaving the page drops a pending write: the address bar already shows the next page.
  return () => {
    unsubscribe();
    clearTimeout(timer);
  };
}
