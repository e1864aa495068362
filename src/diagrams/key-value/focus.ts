/**
 * What the reader points at in the key–value widget, shared by both views,
 * the formula and the count rows. Encoded as a string in the store:
 * `key-3` (key neuron k₃), `value-1` (value neuron y₁), or a count row's id
 * (`neurons`, `per-neuron`, `synapses`). Indices in the parsed form start at 0.
 */
export type KvFocus = { kind: 'neurons' | 'per-neuron' | 'synapses' } | { kind: 'key' | 'value'; index: number };

export const keyFocus = (i: number): string => `key-${i + 1}`;
export const valueFocus = (j: number): string => `value-${j + 1}`;

export function parseFocus(id: string | null): KvFocus | null {
  if (id === 'neurons' || id === 'per-neuron' || id === 'synapses') return { kind: id };
  const match = /^(key|value)-([1-9]\d*)$/.exec(id ?? '');
  return match === null ? null : { kind: match[1] as 'key' | 'value', index: Number(match[2]) - 1 };
}

/**
 * Lit (true), dimmed (false) or untouched (undefined) for each kind of mark.
 * Untouched marks keep their normal look: pointing at a value neuron, say,
 * does not dim the keys that feed it.
 */
export type Lit = boolean | undefined;

/** Key neuron i's bar and name. */
export function keyLit(focus: KvFocus | null, i: number): Lit {
  switch (focus?.kind) {
    case 'key':
      return focus.index === i;
    case 'neurons':
      return true;
    case 'per-neuron':
      return i === 0;
    case 'synapses':
      return false;
    default:
      return undefined;
  }
}

/** Key neuron i's own synapses (its row of W_key, drawn as signs under its bar). */
export function keySynapsesLit(focus: KvFocus | null, i: number): Lit {
  switch (focus?.kind) {
    case 'key':
      return focus.index === i;
    case 'synapses':
      return true;
    case 'per-neuron':
      return i === 0;
    case 'neurons':
      return false;
    default:
      return undefined;
  }
}

/** Value neuron j's output. */
export function valueLit(focus: KvFocus | null, j: number): Lit {
  switch (focus?.kind) {
    case 'value':
      return focus.index === j;
    case 'neurons':
      return true;
    case 'per-neuron':
      return j === 0;
    case 'synapses':
      return false;
    default:
      return undefined;
  }
}

/** Entry (j, i) of W_value: a synapse of value neuron j, and part of key i's column. */
export function cellLit(focus: KvFocus | null, j: number, i: number): Lit {
  switch (focus?.kind) {
    case 'key':
      return focus.index === i;
    case 'value':
      return focus.index === j;
    case 'synapses':
      return true;
    case 'per-neuron':
      return j === 0;
    case 'neurons':
      return false;
    default:
      return undefined;
  }
}

/** Key i's scaled column in the direction view. */
export function vectorLit(focus: KvFocus | null, i: number): Lit {
  return focus?.kind === 'key' ? focus.index === i : undefined;
}
