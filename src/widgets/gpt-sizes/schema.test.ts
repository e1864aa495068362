import { describe, expect, it } from 'vitest';
import { countGpt } from '../../counting/index.js';
import { readQuery, writeQuery } from '../../state/query.js';
import { createWidgetStore, valuesOf } from '../../state/store.js';
import { keyStep } from '../../components/sliderScale.js';
import { snapToStep } from '../../state/schema.js';
import { headsAddUp, headsFollowModel, headsFor } from './heads.js';
import {
  constrainSizes,
  GPT_PRESETS,
  gptSizePresets,
  gptSizesSchema,
  presetMatching,
  sizesOf,
  specOf,
} from './schema.js';

const base = sizesOf(GPT_PRESETS.find((p) => p.id === 'gpt3-175b')!.spec);
const storeAt = (values = base) => createWidgetStore(gptSizesSchema, values, constrainSizes);

describe('headsFor', () => {
  it('keeps the head width when it divides d_model', () => {
    expect(headsFor(12_288, 128)).toEqual({ nHeads: 96, dHead: 128 });
    expect(headsFor(768, 64)).toEqual({ nHeads: 12, dHead: 64 });
  });

  it('falls back to the widest power of two that divides d_model', () => {
    expect(headsFor(2560, 128)).toEqual({ nHeads: 20, dHead: 128 });
    expect(headsFor(2560, 80)).toEqual({ nHeads: 32, dHead: 80 });
    expect(headsFor(12_292, 128)).toEqual({ nHeads: 3073, dHead: 4 });
    expect(headsFor(1600, 96)).toEqual({ nHeads: 25, dHead: 64 });
  });

  it('always adds up, for every d_model on the slider', () => {
    const failures: string[] = [];
    for (let dModel = 64; dModel <= 16_384; dModel += 4) {
      for (const dHead of [1, 3, 64, 80, 128, 256]) {
        if (!headsAddUp(dModel, headsFor(dModel, dHead))) failures.push(`${dModel}/${dHead}`);
      }
    }
    expect(failures).toEqual([]);
  });
});

describe('headsFollowModel', () => {
  it('moves the heads with d_model when only d_model changed', () => {
    const next = headsFollowModel({ ...base, dModel: 4096 }, base);
    expect(next).toMatchObject({ dModel: 4096, nHeads: 32, dHead: 128 });
  });

  it('keeps heads given with d_model, even when they do not add up (the paper’s XL row)', () => {
    const xl = { ...base, dModel: 2048, nHeads: 24, dHead: 128 };
    expect(headsFollowModel(xl, base)).toEqual(xl);
    expect(headsFollowModel({ ...xl, nLayers: 12 }, xl)).toEqual({ ...xl, nLayers: 12 });
  });
});

describe('the GPT presets', () => {
  it('reproduce each model exactly, from any starting point', () => {
    for (const from of gptSizePresets) {
      for (const preset of gptSizePresets) {
        const store = storeAt({ ...base, ...from.values });
        store.getState().update(preset.values);
        const sizes = valuesOf(gptSizesSchema, store.getState());
        const model = GPT_PRESETS.find((p) => p.id === preset.id)!;
        expect(countGpt(specOf(sizes))).toEqual(countGpt(model.spec));
        expect(presetMatching(sizes)?.id).toBe(preset.id);
      }
    }
  });

  it('keep the two rows of Table 2.1 that do not add up as printed', () => {
    const rows = GPT_PRESETS.filter((p) => !headsAddUp(sizesOf(p.spec).dModel, sizesOf(p.spec)));
    expect(rows.map((p) => [p.id, sizesOf(p.spec).nHeads * sizesOf(p.spec).dHead, p.spec.dModel])).toEqual([
      ['gpt3-xl', 3072, 2048],
      ['gpt3-13b', 5120, 5140],
    ]);
  });

  it('round-trip through the link with no notice', () => {
    for (const preset of gptSizePresets) {
      const values = { ...base, ...preset.values };
      const search = writeQuery(gptSizesSchema, values, base, new URLSearchParams());
      const read = readQuery(gptSizesSchema, new URLSearchParams(search.toString()));
      expect(read.notices).toEqual([]);
      const store = storeAt();
      store.getState().update(read.values);
      expect(valuesOf(gptSizesSchema, store.getState())).toEqual(values);
    }
  });

  it('a link naming only d_model gets heads that add up', () => {
    const store = storeAt();
    store.getState().update(readQuery(gptSizesSchema, new URLSearchParams('d_model=1000')).values);
    expect(valuesOf(gptSizesSchema, store.getState())).toMatchObject({ dModel: 1000, nHeads: 125, dHead: 8 });
  });
});

describe('the d_model slider', () => {
  const { min, max, step, trackStep, log } = gptSizesSchema.dModel;
  const track = { min, max, step: trackStep ?? step ?? 1, log: log ?? false };

  it('steps, from every model, onto a width whose heads stay as wide as real models’ (64 or more)', () => {
    const odd: string[] = [];
    for (const preset of gptSizePresets) {
      const from = { ...base, ...preset.values };
      for (const key of ['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown']) {
        const dModel = keyStep(track, from.dModel, key)!;
        const next = constrainSizes({ ...from, dModel }, from);
        if (next.dHead < 64 || !headsAddUp(dModel, next)) {
          odd.push(`${preset.label} ${key}: ${dModel} = ${next.nHeads} × ${next.dHead}`);
        }
      }
    }
    expect(odd).toEqual([]);
  });

  it('still takes the paper’s 13B width typed or linked, off the slider’s grid', () => {
    expect(snapToStep(gptSizesSchema.dModel, 5140)).toBe(5140);
    expect(snapToStep(track, 5140)).not.toBe(5140);
  });
});
