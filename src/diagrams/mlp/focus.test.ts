import { describe, expect, it } from 'vitest';
import { layerLit, mlpFocus, neuronLit, synapseLit, type MlpFocus } from './focus.js';

describe('mlpFocus', () => {
  it('writes every kind of focus as an id it reads back', () => {
    const all: MlpFocus[] = [
      { kind: 'neurons' },
      { kind: 'synapses' },
      { kind: 'per-neuron' },
      { kind: 'parameters' },
      { kind: 'layer', column: 2 },
      { kind: 'neuron', column: 3, index: 12 },
    ];
    for (const focus of all) expect(mlpFocus.parse(mlpFocus.id(focus))).toEqual(focus);
    expect(all.map(mlpFocus.id)).toEqual(['neurons', 'synapses', 'per-neuron', 'parameters', 'layer:2', 'neuron:3:12']);
  });

  it('reads nothing from ids it does not know', () => {
    expect(mlpFocus.parse(null)).toBeNull();
    expect(mlpFocus.parse('neuron:2')).toBeNull();
    expect(mlpFocus.parse('layer:x')).toBeNull();
    expect(mlpFocus.parse('m')).toBeNull();
  });
});

describe('lighting', () => {
  it('lights a neuron with its synapses and nothing else', () => {
    const focus = mlpFocus.parse('neuron:2:1');
    expect(neuronLit(focus, 2, 1)).toBe(true);
    expect(neuronLit(focus, 2, 0)).toBe(false);
    expect(neuronLit(focus, 1, 1)).toBe(false);
    expect(synapseLit(focus, 2, 1)).toBe(true);
    expect(synapseLit(focus, 1, 1)).toBe(false);
  });

  it('lights every synapse for the synapse count, and no neuron', () => {
    const focus: MlpFocus = { kind: 'synapses' };
    expect(synapseLit(focus, 3, 5)).toBe(true);
    expect(neuronLit(focus, 3, 5)).toBe(false);
  });

  it('lights every neuron but no input for the neuron count, and the first of each layer per neuron', () => {
    expect(neuronLit({ kind: 'neurons' }, 2, 7)).toBe(true);
    expect(neuronLit({ kind: 'neurons' }, 0, 0)).toBe(false);
    expect(synapseLit({ kind: 'neurons' }, 2, 7)).toBe(false);
    expect(neuronLit({ kind: 'per-neuron' }, 2, 0)).toBe(true);
    expect(neuronLit({ kind: 'per-neuron' }, 2, 1)).toBe(false);
  });

  it('lights a whole layer, and its formula line for the layer or one of its neurons', () => {
    const layer: MlpFocus = { kind: 'layer', column: 2 };
    expect(neuronLit(layer, 2, 5)).toBe(true);
    expect(neuronLit(layer, 1, 5)).toBe(false);
    expect(layerLit(layer, 2)).toBe(true);
    expect(layerLit({ kind: 'neuron', column: 2, index: 0 }, 2)).toBe(true);
    expect(layerLit({ kind: 'neuron', column: 2, index: 0 }, 1)).toBe(false);
    expect(layerLit({ kind: 'synapses' }, 1)).toBe(false);
    expect(layerLit(null, 1)).toBe(false);
  });

  it('lights nothing with nothing in focus', () => {
    expect(neuronLit(null, 1, 0)).toBe(false);
    expect(synapseLit(null, 1, 0)).toBe(false);
  });
});
