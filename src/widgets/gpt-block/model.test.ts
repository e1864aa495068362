import { describe, expect, it } from 'vitest';
import { ruleNotices, readQuery, writeQuery } from '../../state/query.js';
import { defaultsOf } from '../../state/schema.js';
import { createWidgetStore, valuesOf } from '../../state/store.js';
import { D_FF_FOLLOWS, dFFOf, view } from '../../models/gptShape.js';
import { tableParts } from './counts.js';
import { circuitsNote, describeBlock } from './describe.js';
import { constrainGptBlock, gptBlockModel, gptBlockSchema } from './model.js';

const defaults = defaultsOf(gptBlockSchema);
const storeAt = (values: Partial<typeof defaults> = {}) =>
  createWidgetStore(gptBlockSchema, { ...defaults, ...values }, constrainGptBlock);

describe('d_ff follows 4 · d_model unless the reader set it', () => {
  it('follows while unset: dragging d_model moves d_ff with it', () => {
    const store = storeAt();
    expect(dFFOf(store.getState())).toBe(4 * 768);
    store.getState().update({ dModel: 12_288 });
    expect(dFFOf(store.getState())).toBe(49_152);
  });

  it('stays where the reader put it, even when d_model passes d_ff / 4', () => {
    const store = storeAt();
    store.getState().update({ dFF: 8192 });
    for (const dModel of [1024, 2048, 2112, 64]) {
      store.getState().update({ dModel });
      expect(dFFOf(store.getState())).toBe(8192);
    }
    store.getState().update({ dFF: D_FF_FOLLOWS });
    expect(dFFOf(store.getState())).toBe(4 * 64);
  });

  it('is written to the link only once set, so ?d_model=1024 still means d_ff = 4,096', () => {
    const following = writeQuery(gptBlockSchema, { ...defaults, dModel: 1024 }, defaults, new URLSearchParams());
    expect(following.toString()).toBe('d_model=1024');
    const pinned = writeQuery(gptBlockSchema, { ...defaults, dFF: 2048 }, defaults, new URLSearchParams());
    expect(pinned.toString()).toBe('d_ff=2048');
    expect(readQuery(gptBlockSchema, pinned).values).toEqual({ dFF: 2048 });
  });

  it('cannot be set to "follow" by a link: d_ff=0 is below the minimum and pins 64', () => {
    const read = readQuery(gptBlockSchema, new URLSearchParams('d_ff=0'));
    expect(read.values).toEqual({ dFF: 64 });
    expect(read.notices[0]!.message).toMatch(/below the minimum 64/);
  });
});

describe('heads must divide d_model', () => {
  it('the store follows the one heads rule as d_model moves', () => {
    const store = storeAt({ dModel: 768, nHeads: 12 });
    const heads = (dModel: number) => {
      store.getState().update({ dModel });
      return store.getState().nHeads;
    };
    // 832 = 13 × 64; 16 still divides 1,536 (heads of 96); at 64, heads of 96 become one of 64.
    expect([832, 768, 1024, 1536, 64].map(heads)).toEqual([13, 12, 16, 16, 1]);
  });

  it('reports a link’s heads that do not divide d_model, and applies the nearest fit instead (a tie goes the way the link moved)', () => {
    const search = new URLSearchParams('d_model=768&n_heads=7');
    const read = readQuery(gptBlockSchema, search);
    const store = storeAt();
    store.getState().update(read.values);
    const applied = valuesOf(gptBlockSchema, store.getState());
    expect(applied.nHeads).toBe(6);
    const notices = ruleNotices(gptBlockSchema, search, read, applied, gptBlockModel.explain);
    expect(notices).toEqual([{ key: 'n_heads', message: 'n_heads="7" does not divide d_model (768); using 6' }]);
  });

  it('reopens a link that leaves n_heads at its default with the heads it was written with', () => {
    const store = storeAt();
    store.getState().update({ dModel: 1536 });
    const written = writeQuery(
      gptBlockSchema,
      valuesOf(gptBlockSchema, store.getState()),
      defaults,
      new URLSearchParams(),
    );
    expect(written.toString()).toBe('d_model=1536');
    const reopened = storeAt();
    reopened.getState().update(readQuery(gptBlockSchema, written).values);
    expect(reopened.getState().nHeads).toBe(12);
  });

  it('takes a width a link gives on d_model’s grid of 4, and says where it snapped one off it', () => {
    expect(readQuery(gptBlockSchema, new URLSearchParams('d_model=5140')).values).toEqual({ dModel: 5140 });
    const off = readQuery(gptBlockSchema, new URLSearchParams('d_model=1001'));
    expect(off.values).toEqual({ dModel: 1000 });
    expect(off.notices[0]!.message).toMatch(/not an allowed step/);
  });
});

describe('the presets', () => {
  it('fit the rules as they stand', () => {
    for (const preset of gptBlockModel.presets!) {
      const values = { ...defaults, ...preset.values };
      expect(constrainGptBlock(values, defaults)).toEqual(values);
    }
  });
});

describe('the parts table', () => {
  it('orders the parts MLP, attention, then the norms', () => {
    expect(tableParts(view({ dModel: 64, nHeads: 4 }).block).map((p) => p.name)).toEqual([
      'mlp.key',
      'mlp.value',
      'attn.q',
      'attn.k',
      'attn.v',
      'attn.o',
      'norm.attn',
      'norm.mlp',
    ]);
  });
});

describe('the widget in words', () => {
  const sizes = { dModel: 12_288, nHeads: 96, dFF: D_FF_FOLLOWS };
  const plain = view(sizes);
  const circuits = view(sizes, { circuits: true });

  it('describes the diagram with the current numbers', () => {
    expect(describeBlock(plain, 12_288, false)).toContain('key layer of 49,152 neurons of 12,288 synapses');
    expect(describeBlock(circuits, 12_288, true)).toContain('two circuits, QK and OV');
  });

  it('says how the circuits change attention’s neurons, and what they assume about synapses', () => {
    const note = circuitsNote(circuits, 12_288);
    expect(note).toContain('attention’s 49,152 neurons (4 × 12,288) become 24,576 (2 × 12,288)');
    expect(note).toContain('from 603,979,776 to 301,989,888');
    expect(note).toContain(`the parameters stay ${plain.groups.attn.parameters.toLocaleString('en-US')}`);
  });
});
