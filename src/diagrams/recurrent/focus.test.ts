import { describe, expect, it } from 'vitest';
import { GATES } from '../../counting/index.js';
import {
  blockLit,
  inputLit,
  lineLit,
  lineTermLit,
  neuronsLit,
  partLit,
  partRowLit,
  recurrentFocus,
  recurrentLit,
  type RecurrentFocus,
} from './focus.js';
import { GATE_GROUPS } from './gates.js';

const parse = recurrentFocus.parse;

describe('recurrentFocus', () => {
  it('reads every kind of id', () => {
    expect(parse('synapses')).toEqual({ kind: 'synapses' });
    expect(parse('layer2.reverse:f')).toEqual({ kind: 'part', layer: 2, direction: 'reverse', gate: 'f' });
    expect(parse('layer3')).toEqual({ kind: 'part', layer: 3, direction: 'forward' });
    expect(parse('layer1#input')).toEqual({ kind: 'line', layer: 1, term: 'input' });
    expect(parse('gate:z')).toEqual({ kind: 'gate', gate: 'z' });
  });

  it('writes every kind of focus as an id it reads back', () => {
    const all: RecurrentFocus[] = [
      { kind: 'neurons' },
      { kind: 'per-neuron' },
      { kind: 'parameters' },
      { kind: 'part', layer: 1, direction: 'forward' },
      { kind: 'part', layer: 2, direction: 'reverse' },
      { kind: 'part', layer: 2, direction: 'reverse', gate: 'g' },
      { kind: 'line', layer: 4, term: 'recurrent' },
      { kind: 'line', layer: 2, term: 'all' },
      { kind: 'gate', gate: 'f' },
    ];
    expect(all.map(recurrentFocus.id)).toEqual([
      'neurons',
      'per-neuron',
      'parameters',
      'layer1',
      'layer2.reverse',
      'layer2.reverse:g',
      'layer4#recurrent',
      'layer2#all',
      'gate:f',
    ]);
    for (const focus of all) expect(parse(recurrentFocus.id(focus))).toEqual(focus);
  });

  it('reads nothing from ids it does not know', () => {
    expect(parse('nonsense')).toBeNull();
    expect(parse('layer1#per')).toBeNull();
    expect(parse('layer.reverse')).toBeNull();
    expect(parse(null)).toBeNull();
  });
});

describe('lighting', () => {
  it('lights one gate of one part at every step, with its synapses, its parts row and its formula term', () => {
    const focus = parse('layer1:f');
    expect(neuronsLit(focus, 1, 'forward', 'f')).toBe(true);
    expect(neuronsLit(focus, 1, 'forward', 'i')).toBe(false);
    expect(neuronsLit(focus, 1, 'reverse', 'f')).toBe(false);
    expect(neuronsLit(focus, 2, 'forward', 'f')).toBe(false);
    expect(inputLit(focus, 1)).toBe(true);
    expect(recurrentLit(focus, 1, 'forward')).toBe(true);
    expect(recurrentLit(focus, 1, 'reverse')).toBe(false);
    expect(partRowLit(focus, 'layer1')).toBe(true);
    expect(partRowLit(focus, 'layer1.reverse')).toBe(false);
    expect(lineTermLit(focus, 1)).toBe('neurons');
    expect(lineTermLit(focus, 2)).toBeNull();
  });

  it('lights both directions of a layer from its formula line, and only the term pointed at', () => {
    const all = parse('layer2#all');
    expect(partRowLit(all, 'layer2')).toBe(true);
    expect(partRowLit(all, 'layer2.reverse')).toBe(true);
    expect(partRowLit(all, 'layer1')).toBe(false);
    expect(partLit(all, 2, 'reverse')).toBe(true);
    expect(lineTermLit(all, 2)).toBeNull();
    const recurrent = parse('layer2#recurrent');
    expect(recurrentLit(recurrent, 2, 'reverse')).toBe(true);
    expect(recurrentLit(recurrent, 1, 'reverse')).toBe(false);
    expect(inputLit(recurrent, 2)).toBe(false);
    expect(neuronsLit(recurrent, 2, 'forward', 'h')).toBe(false);
    expect(partLit(recurrent, 2, 'forward')).toBe(false);
    expect(lineTermLit(recurrent, 2)).toBe('recurrent');
    expect(neuronsLit(parse('layer2#neurons'), 2, 'reverse', 'h')).toBe(true);
  });

  it('lights a part’s cells only for the part itself', () => {
    expect(partLit(parse('layer1.reverse'), 1, 'reverse')).toBe(true);
    expect(partLit(parse('layer1.reverse'), 1, 'forward')).toBe(false);
    expect(partLit(parse('layer1:i'), 1, 'forward')).toBe(false);
    expect(partLit(parse('gate:i'), 1, 'forward')).toBe(false);
  });

  it('lights every synapse arrow and no neuron for the synapse count', () => {
    const focus = parse('synapses');
    expect(inputLit(focus, 3)).toBe(true);
    expect(recurrentLit(focus, 3, 'reverse')).toBe(true);
    expect(neuronsLit(focus, 3, 'forward', 'g')).toBe(false);
    expect(lineTermLit(focus, 3)).toBe('synapses');
    expect(partRowLit(focus, 'layer3')).toBe(false);
  });

  it('lights one gate group in every layer, with every synapse arrow', () => {
    const focus = parse('gate:f');
    expect(neuronsLit(focus, 1, 'forward', 'f')).toBe(true);
    expect(neuronsLit(focus, 3, 'reverse', 'f')).toBe(true);
    expect(neuronsLit(focus, 1, 'forward', 'o')).toBe(false);
    expect(inputLit(focus, 2)).toBe(true);
    expect(blockLit(focus, 2, 'f', 'hh')).toBe(true);
    expect(blockLit(focus, 2, 'i', 'hh')).toBe(false);
  });

  it('lights a layer’s whole formula line for its parts and its terms only', () => {
    expect(lineLit(parse('layer2.reverse'), 2)).toBe(true);
    expect(lineLit(parse('layer2#input'), 2)).toBe(true);
    expect(lineLit(parse('layer2#input'), 1)).toBe(false);
    expect(lineLit(parse('neurons'), 1)).toBe(false);
    expect(lineTermLit(parse('per-neuron'), 1)).toBe('per');
  });

  it('lights nothing with nothing in focus', () => {
    expect(neuronsLit(null, 1, 'forward', 'h')).toBe(false);
    expect(inputLit(null, 1)).toBe(false);
    expect(blockLit(null, 1, 'h', 'ih')).toBe(false);
    expect(lineTermLit(null, 1)).toBeNull();
  });
});

describe('gates', () => {
  it('has as many groups per cell as the counting library has gates', () => {
    for (const [cell, groups] of Object.entries(GATE_GROUPS)) {
      expect(groups).toHaveLength(GATES[cell as keyof typeof GATES]);
    }
  });
});
