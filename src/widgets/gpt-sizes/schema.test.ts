import { describe, expect, it } from 'vitest';
import { countGpt } from '../../counting/index.js';
import { readQuery, writeQuery } from '../../state/query.js';
import { createWidgetStore, valuesOf } from '../../state/store.js';
import { keyStep } from '../../components/sliderScale.js';
import { snapToStep } from '../../state/schema.js';
import { headsAddUp, specOf } from '../../models/gptShape.js';
import { constrainSizes, GPT_PRESETS, gptSizePresets, gptSizesSchema, presetMatching, sizesOf } from './schema.js';

const base = sizesOf(GPT_PRESETS.find((p) => p.id === 'gpt3-175b')!.spec);
const storeAt = (values = base) => createWidgetStore(gptSizesSchema, values, constrainSizes);

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
