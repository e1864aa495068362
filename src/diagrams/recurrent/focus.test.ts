import { describe, expect, it } from 'vitest';
import { GATES } from '../../counting/index.js';
import { inputLit, lineTermLit, neuronsLit, parseFocus, partLit, partRowLit, recurrentLit } from './focus.js';
import { GATE_GROUPS } from './gates.js';

describe('focus', () => {
  it('reads every kind of id', () => {
    expect(parseFocus('synapses')).toEqual({ kind: 'synapses' });
    expect(parseFocus('layer2.reverse:f')).toEqual({
      kind: 'layer',
      layer: 2,
      direction: 'reverse',
      gate: 'f',
      term: 'all',
    });
    expect(parseFocus('layer1#input')).toEqual({ kind: 'layer', layer: 1, direction: 'both', term: 'input' });
    expect(parseFocus('gate:z')).toEqual({ kind: 'gate', gate: 'z' });
    expect(parseFocus('nonsense')).toBeNull();
  });

  it('lights one gate of one part at every step, with its synapses, its parts row and its formula term', () => {
    const focus = parseFocus('layer1:f');
    expect(neuronsLit(focus, 1, 'forward', 'f')).toBe(true);
    expect(neuronsLit(focus, 1, 'forward', 'i')).toBe(false);
    expect(neuronsLit(focus, 1, 'reverse', 'f')).toBe(false);
    expect(neuronsLit(focus, 2, 'forward', 'f')).toBe(false);
    expect(inputLit(focus, 1)).toBe(true);
    expect(recurrentLit(focus, 1, 'forward')).toBe(true);
    expect(recurrentLit(focus, 1, 'reverse')).toBe(false);
    expect(partRowLit('layer1:f', 'layer1')).toBe(true);
    expect(partRowLit('layer1:f', 'layer1.reverse')).toBe(false);
    expect(lineTermLit(focus, 1)).toBe('neurons');
    expect(lineTermLit(focus, 2)).toBeNull();
  });

  it('lights both directions of a layer from its formula line, and only the term pointed at', () => {
    expect(partRowLit('layer2#all', 'layer2')).toBe(true);
    expect(partRowLit('layer2#all', 'layer2.reverse')).toBe(true);
    const recurrent = parseFocus('layer2#recurrent');
    expect(recurrentLit(recurrent, 2, 'reverse')).toBe(true);
    expect(inputLit(recurrent, 2)).toBe(false);
    expect(neuronsLit(recurrent, 2, 'forward', 'h')).toBe(false);
    expect(lineTermLit(recurrent, 2)).toBe('recurrent');
  });

  it('lights a part’s cells only for the part itself', () => {
    expect(partLit(parseFocus('layer1.reverse'), 1, 'reverse')).toBe(true);
    expect(partLit(parseFocus('layer1.reverse'), 1, 'forward')).toBe(false);
    expect(partLit(parseFocus('layer1:i'), 1, 'forward')).toBe(false);
  });

  it('lights every synapse arrow and no neuron for the synapse count', () => {
    const focus = parseFocus('synapses');
    expect(inputLit(focus, 3)).toBe(true);
    expect(recurrentLit(focus, 3, 'reverse')).toBe(true);
    expect(neuronsLit(focus, 3, 'forward', 'g')).toBe(false);
    expect(lineTermLit(focus, 3)).toBe('synapses');
  });
});

describe('gates', () => {
  it('has as many groups per cell as the counting library has gates', () => {
    for (const [cell, groups] of Object.entries(GATE_GROUPS)) {
      expect(groups).toHaveLength(GATES[cell as keyof typeof GATES]);
    }
  });
});
