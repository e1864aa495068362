import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { int } from './schema.js';
import { createWidgetStore, valuesOf } from './store.js';
import { connectUrl } from './urlSync.js';

const schema = {
  dModel: int({ key: 'd_model', label: 'd_model', min: 64, max: 1024, step: 64, default: 768 }),
  nHeads: int({ key: 'n_heads', label: 'n_heads', min: 1, max: 64, default: 12 }),
};
const base = { dModel: 768, nHeads: 12 };

/** A page's address bar, as connectUrl sees it: location and history.replaceState. */
function addressBar(url: string) {
  const location = new URL(url, 'https://site.example');
  const replaced: string[] = [];
  const history = {
    state: null,
    replaceState: (_state: unknown, _title: string, next: string) => {
      const to = new URL(next, location);
      location.pathname = to.pathname;
      location.search = to.search;
      location.hash = to.hash;
      replaced.push(`${to.pathname}${to.search}${to.hash}`);
    },
  };
  vi.stubGlobal('window', { location, history });
  return { location, replaced };
}

describe('the address bar and a widget', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('reads the link’s settings into the widget, with nothing to report', () => {
    addressBar('/gpt-block?d_model=512&n_heads=8#figure');
    const store = createWidgetStore(schema, base);
    connectUrl(store, schema, base);
    expect(valuesOf(schema, store.getState())).toEqual({ dModel: 512, nHeads: 8 });
    expect(store.getState().notices).toEqual([]);
  });

  it('writes a change once the reader pauses, keeping other keys and the fragment, and no defaults', () => {
    const { location, replaced } = addressBar('/gpt-block?theme=dark#figure');
    const store = createWidgetStore(schema, base);
    connectUrl(store, schema, base);
    store.getState().update({ dModel: 256 });
    store.getState().update({ dModel: 320 });
    vi.advanceTimersByTime(100);
    expect(replaced).toEqual([]);
    vi.advanceTimersByTime(150);
    expect(replaced).toEqual(['/gpt-block?theme=dark&d_model=320#figure']);
    store.getState().update({ dModel: 768 });
    vi.advanceTimersByTime(250);
    expect(location.search).toBe('?theme=dark');
  });

  it('reports a value it had to clamp, and shows the value in use in the address bar', () => {
    const { location } = addressBar('/gpt-block?d_model=5000');
    const store = createWidgetStore(schema, base);
    connectUrl(store, schema, base);
    expect(store.getState().dModel).toBe(1024);
    expect(store.getState().notices.map((n) => n.key)).toEqual(['d_model']);
    vi.advanceTimersByTime(250);
    expect(location.search).toBe('?d_model=1024');
  });

  it('on a page of its own, reports keys that neither the widget nor the page reads', () => {
    addressBar('/embed/gpt-block?layers=12&theme=dark');
    const store = createWidgetStore(schema, base);
    connectUrl(store, schema, base, undefined, ['theme']);
    const notices = store.getState().notices;
    expect(notices).toHaveLength(1);
    expect(notices[0]!.message).toMatch(/^ignored layers: not a setting of this widget/);
  });

  it('stops writing once disconnected', () => {
    const { replaced } = addressBar('/gpt-block');
    const store = createWidgetStore(schema, base);
    const disconnect = connectUrl(store, schema, base);
    store.getState().update({ dModel: 256 });
    disconnect();
    vi.advanceTimersByTime(1000);
    expect(replaced).toEqual([]);
  });
});
