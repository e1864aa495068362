import { readQuery, ruleNotices, writeQuery } from './query.js';
import type { Schema, Values } from './schema.js';
import { valuesOf, type WidgetStore } from './store.js';

// Browsers throttle history updates; while a reader drags, write the link at most this often.
const WRITE_DELAY_MS = 200;

/**
 * Applies the page's query string to `store` (with notices of what it ignored
 * or clamped), then keeps the query string in step with it (replaceState, so
 * dragging adds no history entries). Returns a function that disconnects.
 */
export function connectUrl<S extends Schema>(store: WidgetStore<S>, schema: S, base: Values<S>): () => void {
  const search = new URLSearchParams(window.location.search);
  const { values, notices } = readQuery(schema, search);
  if (Object.keys(values).length > 0) store.getState().update(values);
  // A value the widget's rules changed is reported once, in place of any notice about reading it.
  const changed = ruleNotices(schema, values, valuesOf(schema, store.getState()), search);
  const kept = notices.filter((n) => !changed.some((c) => c.key === n.key));
  store.getState().setNotices([...kept, ...changed]);

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
  // Leaving the page drops a pending write: the address bar already shows the next page.
  return () => {
    unsubscribe();
    clearTimeout(timer);
  };
}
