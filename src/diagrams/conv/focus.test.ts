import { describe, expect, it } from 'vitest';
import { convFocus, focusedNeuron, partLit, type ConvFocus, type ConvPart } from './focus.js';

const PARTS: readonly ConvPart[] = ['inputs', 'kernel', 'neuron', 'outputs', 'groups'];
const litOf = (focus: ConvFocus | null) => PARTS.filter((part) => partLit(focus, part));

describe('convFocus', () => {
  it('writes terms, count rows and neurons as ids it reads back', () => {
    const all: ConvFocus[] = [
      { kind: 'in' },
      { kind: 'kernel' },
      { kind: 'groups' },
      { kind: 'out' },
      { kind: 'neurons' },
      { kind: 'per-neuron' },
      { kind: 'synapses' },
      { kind: 'parameters' },
      { kind: 'neuron', index: 12 },
    ];
    for (const focus of all) expect(convFocus.parse(convFocus.id(focus))).toEqual(focus);
    expect(convFocus.id({ kind: 'neuron', index: 12 })).toBe('neuron:12');
  });

  it('reads nothing from ids it does not know, even inherited names', () => {
    expect(convFocus.parse('neuron:')).toBeNull();
    expect(convFocus.parse('toString')).toBeNull();
    expect(convFocus.parse(null)).toBeNull();
  });
});

describe('lighting', () => {
  it('lights the kernel for its term, the output maps for out_channels', () => {
    expect(litOf({ kind: 'kernel' })).toEqual(['kernel', 'neuron']);
    expect(litOf({ kind: 'out' })).toEqual(['outputs']);
    expect(litOf({ kind: 'in' })).toEqual(['inputs', 'kernel', 'neuron']);
    expect(litOf({ kind: 'groups' })).toEqual(['kernel', 'groups']);
  });

  it('lights the drawn neuron and its kernel for one neuron', () => {
    expect(litOf({ kind: 'neuron', index: 3 })).toEqual(['kernel', 'neuron']);
  });

  it('lights nothing with nothing in focus', () => {
    expect(litOf(null)).toEqual([]);
  });

  it('reads the neuron only from a neuron focus', () => {
    expect(focusedNeuron({ kind: 'neuron', index: 12 })).toBe(12);
    expect(focusedNeuron({ kind: 'neurons' })).toBeNull();
    expect(focusedNeuron(null)).toBeNull();
  });
});
