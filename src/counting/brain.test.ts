import { describe, expect, it } from 'vitest';
import { countNervousSystem, HUMAN_BRAIN } from './index.js';

describe('countNervousSystem', () => {
  it('the human brain: 86 billion neurons × 7,000 synapses each = 602 trillion synapses', () => {
    expect(countNervousSystem(HUMAN_BRAIN)).toEqual({
      neurons: 86_000_000_000,
      synapsesPerNeuron: 7_000,
      synapses: 602_000_000_000_000,
    });
  });

  it('names the bad field', () => {
    expect(() => countNervousSystem({ neurons: 0, synapsesPerNeuron: 1 })).toThrow(/^neurons must be at least 1/);
    expect(() => countNervousSystem({ neurons: 1e12, synapsesPerNeuron: 1e5 })).toThrow(/^synapsesPerNeuron makes/);
  });
});
