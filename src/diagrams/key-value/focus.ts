import type { FocusCodec } from '../../state/useFocus.js';

/**
 * What the reader points at in the key–value widget, shared by both views,
 * the formula and the count rows: a count row, or key neuron k_{i+1} or value
 * neuron y_{j+1} (indices from 0).
 */
export type KvFocus = { kind: 'neurons' | 'per-neuron' | 'synapses' } | { kind: 'key' | 'value'; index: number };

/** Store ids: a count row's id (`neurons`, `per-neuron`, `synapses`), `key-3` (k₃), `value-1` (y₁), numbered from 1 as the formula names them. */
export const kvFocus: FocusCodec<KvFocus> = {
  parse(id) {
    if (id === 'neurons' || id === 'per-neuron' || id === 'synapses') return { kind: id };
    const match = /^(key|value)-([1-9]\d*)$/.exec(id ?? '');
    return match === null ? null : { kind: match[1] === 'key' ? 'key' : 'value', index: Number(match[2]) - 1 };
  },
  id: (focus) => ('index' in focus ? `${focus.kind}-${focus.index + 1}` : focus.kind),
};

/** The kinds of mark the focus lights or dims. */
export type KvMark = 'key' | 'value' | 'cell' | 'vector';

/**
 * Whether the focus dims the marks of a kind that it does not light. Marks it
 * neither lights nor dims keep their normal look: pointing at a value neuron,
 * say, does not dim the keys that feed it.
 */
export function dims(focus: KvFocus | null, mark: KvMark): boolean {
  if (focus === null) return false;
  switch (mark) {
    case 'key':
      return focus.kind !== 'value';
    case 'value':
      return focus.kind !== 'key';
    case 'cell':
      return true;
    case 'vector':
      return focus.kind === 'key';
  }
}

/** Key neuron i's bar and name. */
export function keyLit(focus: KvFocus | null, i: number): boolean {
  switch (focus?.kind) {
    case 'key':
      return focus.index === i;
    case 'neurons':
      return true;
    case 'per-neuron':
      return i === 0;
    default:
      return false;
  }
}

/** Key neuron i's own synapses (its row of W_key, drawn as signs under its bar). */
export function keySynapsesLit(focus: KvFocus | null, i: number): boolean {
  switch (focus?.kind) {
    case 'key':
      return focus.index === i;
    case 'synapses':
      return true;
    case 'per-neuron':
      return i === 0;
    default:
      return false;
  }
}

/** Value neuron j's output. */
export function valueLit(focus: KvFocus | null, j: number): boolean {
  switch (focus?.kind) {
    case 'value':
      return focus.index === j;
    case 'neurons':
      return true;
    case 'per-neuron':
      return j === 0;
    default:
      return false;
  }
}

/** Entry (j, i) of W_value: a synapse of value neuron j, and part of key i's column. */
export function cellLit(focus: KvFocus | null, j: number, i: number): boolean {
  switch (focus?.kind) {
    case 'key':
      return focus.index === i;
    case 'value':
      return focus.index === j;
    case 'synapses':
      return true;
    case 'per-neuron':
      return j === 0;
    default:
      return false;
  }
}

/** Key i's scaled column in the direction view. */
export function vectorLit(focus: KvFocus | null, i: number): boolean {
  return focus?.kind === 'key' && focus.index === i;
}
