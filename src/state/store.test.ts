import { describe, expect, it } from 'vitest';
import { int } from './schema.js';
import { createWidgetStore, valuesOf } from './store.js';

const schema = {
  dModel: int({ key: 'd_model', label: 'd_model', min: 64, max: 1024, step: 64, default: 768 }),
  nHeads: int({ key: 'n_heads', label: 'n_heads', min: 1, max: 64, default: 12 }),
};

describe('createWidgetStore', () => {
  it('holds inputs and applies the widget’s rule between fields on every update', () => {
    // Heads must divide d_model: keep the largest divisor not above the requested heads.
    const store = createWidgetStore(schema, { dModel: 768, nHeads: 12 }, (next) => {
      let heads = next.nHeads;
      while (next.dModel % heads !== 0) heads--;
      return { ...next, nHeads: heads };
    });
    store.getState().update({ dModel: 640 });
    expect(valuesOf(schema, store.getState())).toEqual({ dModel: 640, nHeads: 10 });
    expect(store.getInitialState().dModel).toBe(768);
  });

  it('keeps focus and notices apart from the values', () => {
    const store = createWidgetStore(schema, { dModel: 768, nHeads: 12 });
    store.getState().setFocus('attn.q');
    store.getState().setNotices([{ key: 'd_model', message: 'm' }]);
    expect(valuesOf(schema, store.getState())).toEqual({ dModel: 768, nHeads: 12 });
    expect(store.getState().focus).toBe('attn.q');
    expect(store.getState().notices).toEqual([{ key: 'd_model', message: 'm' }]);
    store.getState().update({ dModel: 1024 });
    expect(store.getState().notices).toEqual([{ key: 'd_model', message: 'm' }]);
    expect(store.getState().focus).toBe('attn.q');
  });
});
