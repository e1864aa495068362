import { describe, expect, it } from 'vitest';
import { cellLit, dims, keyLit, keySynapsesLit, kvFocus, valueLit, vectorLit, type KvFocus } from './focus.js';

describe('kvFocus', () => {
  it('names the neurons from 1, as the formula does, and reads its ids back', () => {
    const all: KvFocus[] = [
      { kind: 'neurons' },
      { kind: 'per-neuron' },
      { kind: 'synapses' },
      { kind: 'key', index: 2 },
      { kind: 'value', index: 0 },
    ];
    expect(all.map(kvFocus.id)).toEqual(['neurons', 'per-neuron', 'synapses', 'key-3', 'value-1']);
    for (const focus of all) expect(kvFocus.parse(kvFocus.id(focus))).toEqual(focus);
  });

  it('reads nothing from ids it does not know', () => {
    expect(kvFocus.parse('key-0')).toBeNull();
    expect(kvFocus.parse('parameters')).toBeNull();
    expect(kvFocus.parse('bogus')).toBeNull();
    expect(kvFocus.parse(null)).toBeNull();
  });
});

describe('lighting', () => {
  it('lights a key’s bar, its synapses, its column of W_value and its scaled column, and nothing of the other keys', () => {
    const focus = kvFocus.parse('key-3');
    expect([keyLit(focus, 2), keyLit(focus, 3)]).toEqual([true, false]);
    expect([keySynapsesLit(focus, 2), keySynapsesLit(focus, 3)]).toEqual([true, false]);
    expect([cellLit(focus, 0, 2), cellLit(focus, 1, 2), cellLit(focus, 0, 3)]).toEqual([true, true, false]);
    expect([vectorLit(focus, 2), vectorLit(focus, 0)]).toEqual([true, false]);
  });

  it('leaves the value neurons as drawn for a key, and the keys and directions for a value', () => {
    const key: KvFocus = { kind: 'key', index: 2 };
    const value: KvFocus = { kind: 'value', index: 1 };
    expect([valueLit(key, 0), dims(key, 'value'), dims(key, 'key'), dims(key, 'vector')]).toEqual([
      false,
      false,
      true,
      true,
    ]);
    expect([keyLit(value, 0), dims(value, 'key'), dims(value, 'vector'), dims(value, 'value')]).toEqual([
      false,
      false,
      false,
      true,
    ]);
  });

  it('lights a value neuron’s row of W_value and its output', () => {
    const value: KvFocus = { kind: 'value', index: 1 };
    expect([cellLit(value, 1, 5), cellLit(value, 0, 5), valueLit(value, 1), valueLit(value, 0)]).toEqual([
      true,
      false,
      true,
      false,
    ]);
  });

  it('lights every weight and no neuron for the synapse count, every neuron and no weight for the neuron count', () => {
    const synapses: KvFocus = { kind: 'synapses' };
    expect([cellLit(synapses, 1, 7), keySynapsesLit(synapses, 7), keyLit(synapses, 0), valueLit(synapses, 0)]).toEqual([
      true,
      true,
      false,
      false,
    ]);
    const neurons: KvFocus = { kind: 'neurons' };
    expect([keyLit(neurons, 7), valueLit(neurons, 1), cellLit(neurons, 0, 0), keySynapsesLit(neurons, 0)]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });

  it('lights the first neuron of each layer and its synapses per neuron', () => {
    const per: KvFocus = { kind: 'per-neuron' };
    expect([keyLit(per, 0), keyLit(per, 1), valueLit(per, 0), valueLit(per, 1)]).toEqual([true, false, true, false]);
    expect([cellLit(per, 0, 5), cellLit(per, 1, 5)]).toEqual([true, false]);
  });

  it('lights and dims nothing with nothing in focus', () => {
    for (const mark of ['key', 'value', 'cell', 'vector'] as const) expect(dims(null, mark)).toBe(false);
    expect([keyLit(null, 0), valueLit(null, 0), cellLit(null, 0, 0), vectorLit(null, 0)]).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});
