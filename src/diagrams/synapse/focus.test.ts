import { describe, expect, it } from 'vitest';
import { inputLit, partLit, synapseFocus, synapseLit, type NeuronPart, type SynapseFocus } from './focus.js';

const PARTS: readonly NeuronPart[] = ['neuron', 'bias', 'output', 'curve'];
const litOf = (focus: SynapseFocus | null) => PARTS.filter((part) => partLit(focus, part));

describe('synapseFocus', () => {
  it('names synapses and inputs from 1, as the formula does, and reads its ids back', () => {
    const all: SynapseFocus[] = [
      { kind: 'synapse', index: 1 },
      { kind: 'input', index: 2 },
      { kind: 'sum' },
      { kind: 'b' },
      { kind: 'z' },
      { kind: 'y' },
      { kind: 'act' },
    ];
    expect(all.map(synapseFocus.id)).toEqual(['w2', 'x3', 'sum', 'b', 'z', 'y', 'act']);
    for (const focus of all) expect(synapseFocus.parse(synapseFocus.id(focus))).toEqual(focus);
  });

  it('reads nothing from ids it does not know', () => {
    expect(synapseFocus.parse('w0')).toBeNull();
    expect(synapseFocus.parse('constructor')).toBeNull();
    expect(synapseFocus.parse(null)).toBeNull();
  });
});

describe('lighting', () => {
  it('lights a synapse by its weight, its input or the sum', () => {
    expect([0, 1, 2].map((i) => synapseLit({ kind: 'synapse', index: 1 }, i))).toEqual([false, true, false]);
    expect([0, 1, 2].map((i) => synapseLit({ kind: 'input', index: 2 }, i))).toEqual([false, false, true]);
    expect([0, 1, 2].map((i) => synapseLit({ kind: 'sum' }, i))).toEqual([true, true, true]);
    expect(synapseLit({ kind: 'b' }, 0)).toBe(false);
  });

  it('lights an input by itself or the sum, not by its weight', () => {
    expect([0, 1, 2].map((i) => inputLit({ kind: 'input', index: 2 }, i))).toEqual([false, false, true]);
    expect(inputLit({ kind: 'synapse', index: 2 }, 2)).toBe(false);
    expect(inputLit({ kind: 'sum' }, 0)).toBe(true);
  });

  it('lights the parts a value row or term names', () => {
    expect(litOf({ kind: 'y' })).toEqual(['output', 'curve']);
    expect(litOf({ kind: 'z' })).toEqual(['neuron', 'curve']);
    expect(litOf({ kind: 'b' })).toEqual(['bias']);
    expect(litOf({ kind: 'synapse', index: 0 })).toEqual([]);
    expect(litOf(null)).toEqual([]);
  });
});
