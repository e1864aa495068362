import type { FocusCodec } from '../../state/useFocus.js';

/**
 * What the reader points at in the synapse widget, shared by the formula,
 * the value rows, the controls and the diagrams: synapse w_{i+1} or input
 * x_{i+1} (index from 0), the weighted sum, the bias b, z, y or the
 * activation σ.
 */
export type SynapseFocus = { kind: 'synapse' | 'input'; index: number } | { kind: 'sum' | 'b' | 'z' | 'y' | 'act' };

export type NeuronPart = 'neuron' | 'bias' | 'output' | 'curve';

type NamedKind = Exclude<SynapseFocus['kind'], 'synapse' | 'input'>;

const PARTS: Readonly<Record<NamedKind, readonly NeuronPart[]>> = {
  b: ['bias'],
  z: ['neuron', 'curve'],
  y: ['output', 'curve'],
  act: ['curve'],
  sum: ['neuron'],
};

const isNamed = (id: string): id is NamedKind => Object.hasOwn(PARTS, id);

/** Store ids, as the formula's terms name them: `w1`…`w3`, `x1`…`x3`, `sum`, `b`, `z`, `y`, `act`. */
export const synapseFocus: FocusCodec<SynapseFocus> = {
  parse(id) {
    if (id === null) return null;
    if (isNamed(id)) return { kind: id };
    const match = /^([wx])([1-9]\d*)$/.exec(id);
    return match ? { kind: match[1] === 'w' ? 'synapse' : 'input', index: Number(match[2]) - 1 } : null;
  },
  id(focus) {
    switch (focus.kind) {
      case 'synapse':
        return `w${focus.index + 1}`;
      case 'input':
        return `x${focus.index + 1}`;
      default:
        return focus.kind;
    }
  },
};

/** Synapse `index` (from 0) is lit by its weight, its input, or the weighted sum. */
export function synapseLit(focus: SynapseFocus | null, index: number): boolean {
  if (focus === null) return false;
  if (focus.kind === 'synapse' || focus.kind === 'input') return focus.index === index;
  return focus.kind === 'sum';
}

/** Input `index` (from 0) is lit by itself or the weighted sum. */
export function inputLit(focus: SynapseFocus | null, index: number): boolean {
  if (focus === null) return false;
  if (focus.kind === 'input') return focus.index === index;
  return focus.kind === 'sum';
}

/** Whether `focus` lights `part`. */
export function partLit(focus: SynapseFocus | null, part: NeuronPart): boolean {
  if (focus === null || focus.kind === 'synapse' || focus.kind === 'input') return false;
  return PARTS[focus.kind].includes(part);
}
