import { describe, expect, it } from 'vitest';
import { countTensors } from '../../../counting/index.js';
import { layerLabel, readAs, readingNotes, shapeText } from './describe.js';

const parts = (shapes: Record<string, number[]>) => countTensors(shapes).parts;

describe('how the weights table words a tensor', () => {
  it('names what each tensor was read as, and a weight turned round by its bias', () => {
    const words = parts({
      'wte.weight': [100, 8],
      'h.0.mlp.c_fc.weight': [8, 32],
      'h.0.mlp.c_fc.bias': [32],
      'h.0.ln_1.weight': [8],
      'conv.weight': [16, 3, 3, 3],
      'layers.0.experts.up_proj': [4, 6, 8],
      'layers.0.fc.weight_scale_inv': [1, 1],
    }).map(readAs);
    expect(words).toEqual([
      'embedding (a lookup)',
      'weight, stored [in, out] (by its bias)',
      'bias',
      'norm or scale',
      'conv kernel',
      '4 experts, rows taken as neurons (assumed)',
      'quantisation scale, not counted',
    ]);
    expect(shapeText([128_256, 4096])).toBe('128,256 × 4,096');
    expect(shapeText([])).toBe('scalar');
  });

  it('labels a layer with its tensors and experts', () => {
    const [outside, layer] = countTensors({ 'norm.weight': [8], 'blk.3.ffn_up_exps.weight': [4, 6, 8] }).layers;
    expect(layerLabel(outside!)).toBe('Outside the numbered layers · 1 tensor');
    expect(layerLabel(layer!)).toBe('blk.3 · 1 tensor, 4 experts');
  });

  it('notes assumed orientations, weights turned round and weights stored as integers, only when there are some', () => {
    expect(readingNotes(parts({ 'fc.weight': [4, 8] }), new Map([['fc.weight', 'BF16']]))).toEqual([]);
    const notes = readingNotes(
      parts({
        'layers.0.experts.up_proj': [4, 6, 8],
        'h.0.c_fc.weight': [8, 32],
        'h.0.c_fc.bias': [32],
        'q.qweight': [8, 32],
      }),
      new Map([['q.qweight', 'I32']]),
    );
    expect(notes).toHaveLength(3);
    expect(notes[0]).toMatch(/^Nothing in the file says which way round 1 stacked experts tensor is stored/);
    expect(notes[1]).toMatch(/^1 weight is stored \[in, out\]/);
    expect(notes[2]).toMatch(/^1 weight is stored as integers \(I32\)/);
  });
});
