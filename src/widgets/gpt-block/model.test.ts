import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ruleNotices, readQuery, writeQuery } from '../../state/query.js';
import { defaultsOf } from '../../state/schema.js';
import { createWidgetStore, valuesOf } from '../../state/store.js';
import { sumGroup } from '../../counting/index.js';
import { blockCount, dHeadOf, tableParts } from './counts.js';
import { circuitsNote, describeBlock } from './describe.js';
import { fitHeads, headsFit, MIN_D_HEAD, validHeads } from './heads.js';
import { constrainGptBlock, D_FF_FOLLOWS, effectiveDFF, gptBlockModel, gptBlockSchema } from './model.js';

const defaults = defaultsOf(gptBlockSchema);
const storeAt = (values: Partial<typeof defaults> = {}) =>
  createWidgetStore(gptBlockSchema, { ...defaults, ...values }, constrainGptBlock);

describe('d_ff follows 4 · d_model unless the reader set it', () => {
  it('follows while unset: dragging d_model moves d_ff with it', () => {
    const store = storeAt();
    expect(effectiveDFF(store.getState())).toBe(4 * 768);
    store.getState().update({ dModel: 12_288 });
    expect(effectiveDFF(store.getState())).toBe(49_152);
  });

  it('stays where the reader put it, even when d_model passes d_ff / 4', () => {
    const store = storeAt();
    store.getState().update({ dFF: 8192 });
    for (const dModel of [1024, 2048, 2112, 64]) {
      store.getState().update({ dModel });
      expect(effectiveDFF(store.getState())).toBe(8192);
    }
    store.getState().update({ dFF: D_FF_FOLLOWS });
    expect(effectiveDFF(store.getState())).toBe(4 * 64);
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
  it('lists the head counts that divide d_model and leave d_head ≥ 8', () => {
    expect(validHeads(768)).toEqual([1, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48, 64, 96]);
    expect(validHeads(64)).toEqual([1, 2, 4, 8]);
    expect(validHeads(12_288)).toContain(96);
  });

  it('keeps the heads when they still fit, else the nearest count that does, keeping d_head on a tie', () => {
    const store = storeAt({ dModel: 768, nHeads: 12 });
    store.getState().update({ dModel: 832 });
    expect(store.getState().nHeads).toBe(13);
    store.getState().update({ dModel: 768 });
    expect(store.getState().nHeads).toBe(12);
    store.getState().update({ dModel: 1024 });
    expect(store.getState().nHeads).toBe(16);
    store.getState().update({ dModel: 64 });
    expect(store.getState().nHeads).toBe(8);
  });

  it('steps to the neighbouring valid count from the keyboard instead of sticking', () => {
    expect(fitHeads(768, 13, { from: 12 })).toBe(16);
    expect(fitHeads(768, 15, { from: 16 })).toBe(12);
    expect(fitHeads(768, 97, { from: 96 })).toBe(96);
    expect(fitHeads(768, 256, { from: 12 })).toBe(96);
    expect(fitHeads(768, 2, { from: 1 })).toBe(2);
  });

  it('snaps a jump to the nearest fit, not merely the next one', () => {
    expect(fitHeads(1024, 7, { from: 12 })).toBe(8);
    expect(fitHeads(768, 50, { from: 12 })).toBe(48);
  });

  it('always yields heads that divide d_model with d_head ≥ 8, and d_head the library accepts', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 256 }).map((k) => 64 * k),
        fc.integer({ min: 1, max: 256 }),
        fc.option(fc.integer({ min: 1, max: 256 }), { nil: undefined }),
        (dModel, requested, from) => {
          const heads = fitHeads(dModel, requested, { from });
          expect(headsFit(dModel, heads)).toBe(true);
          expect(dHeadOf({ dModel, nHeads: heads, dFF: D_FF_FOLLOWS })).toBeGreaterThanOrEqual(MIN_D_HEAD);
        },
      ),
    );
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
});

describe('the presets', () => {
  it('fit the rules as they stand', () => {
    for (const preset of gptBlockModel.presets!) {
      const values = { ...defaults, ...preset.values };
      expect(constrainGptBlock(values, defaults)).toEqual(values);
    }
  });
});

describe('blockCount', () => {
  it('at d_model = 12,288 gives the seed’s per-block figures', () => {
    const count = blockCount({ dModel: 12_288, nHeads: 96, dFF: D_FF_FOLLOWS, circuits: false });
    const mlp = sumGroup(count, 'mlp');
    const attn = sumGroup(count, 'attn');
    expect(mlp.parts.map((p) => p.neurons)).toEqual([49_152, 12_288]);
    expect(mlp.synapses).toBe(1_207_959_552);
    expect(attn.neurons).toBe(49_152);
    expect(attn.synapses).toBe(603_979_776);
    expect(count.synapses).toBe(12 * 12_288 ** 2);
  });

  it('with circuits: 2 · d attention neurons of d synapses, the same parameters', () => {
    const plain = blockCount({ dModel: 768, nHeads: 12, dFF: D_FF_FOLLOWS, circuits: false });
    const circuits = blockCount({ dModel: 768, nHeads: 12, dFF: D_FF_FOLLOWS, circuits: true });
    expect(sumGroup(circuits, 'attn').neurons).toBe(2 * 768);
    expect(sumGroup(circuits, 'attn').synapses).toBe(2 * 768 ** 2);
    expect(circuits.parameters).toBe(plain.parameters);
    expect(sumGroup(circuits, 'mlp')).toEqual(sumGroup(plain, 'mlp'));
  });

  it('orders the parts table MLP, attention, then the norms', () => {
    const count = blockCount({ dModel: 64, nHeads: 4, dFF: D_FF_FOLLOWS, circuits: false });
    expect(tableParts(count).map((p) => p.name)).toEqual([
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
  const plain = blockCount({ ...sizes, circuits: false });
  const circuits = blockCount({ ...sizes, circuits: true });

  it('describes the diagram with the current numbers', () => {
    expect(describeBlock(plain, 12_288, false)).toContain('key layer of 49,152 neurons of 12,288 synapses');
    expect(describeBlock(circuits, 12_288, true)).toContain('two circuits, QK and OV');
  });

  it('says how the circuits change attention’s neurons, and what they assume about synapses', () => {
    const note = circuitsNote(plain, circuits, 12_288);
    expect(note).toContain('attention’s 49,152 neurons (4 × 12,288) become 24,576 (2 × 12,288)');
    expect(note).toContain('from 603,979,776 to 301,989,888');
    expect(note).toContain(`the parameters stay ${sumGroup(plain, 'attn').parameters.toLocaleString('en-US')}`);
  });
});
