import { describe, expect, it } from 'vitest';
import { countGptBlock } from '../../counting/index.js';
import { sumsOf } from './blockSums.js';

describe('sumsOf', () => {
  it('splits a GPT‑3 block into its MLP and its attention, as the original post does', () => {
    const { parts } = countGptBlock({ dModel: 12_288, nLayers: 96, nHeads: 96 });
    expect(sumsOf(parts, 'mlp.')).toEqual({ neurons: 61_440, synapses: 1_207_959_552 });
    expect(sumsOf(parts, 'attn.')).toEqual({ neurons: 49_152, synapses: 603_979_776 });
    expect(sumsOf(parts, 'none.')).toEqual({ neurons: 0, synapses: 0 });
  });
});
