/**
 * What the reader points at in the MLP widget, shared by the formula, the
 * count rows and both diagrams. Encoded as a string in the store:
 * `neurons`, `synapses`, `per-neuron`, `parameters`, `layer:2`, `neuron:2:0`.
 */
export type MlpFocus =
  | { kind: 'neurons' | 'synapses' | 'per-neuron' | 'parameters' }
  | { kind: 'layer'; column: number }
  | { kind: 'neuron'; column: number; index: number };

export function parseFocus(id: string | null): MlpFocus | null {
  if (id === null) return null;
  if (id === 'neurons' || id === 'synapses' || id === 'per-neuron' || id === 'parameters') return { kind: id };
  const [kind, a, b] = id.split(':');
  if (kind === 'layer' && a !== undefined) return { kind: 'layer', column: Number(a) };
  if (kind === 'neuron' && a !== undefined && b !== undefined)
    return { kind: 'neuron', column: Number(a), index: Number(b) };
  return null;
}

export const layerFocus = (column: number) => `layer:${column}`;
export const neuronFocus = (column: number, index: number) => `neuron:${column}:${index}`;

/** Is neuron `index` of `column` (≥ 1) lit? Per-neuron lights the first neuron of each layer. */
export function neuronLit(focus: MlpFocus | null, column: number, index: number): boolean {
  if (focus === null || column === 0) return false;
  switch (focus.kind) {
    case 'neurons':
    case 'parameters':
      return true;
    case 'per-neuron':
      return index === 0;
    case 'layer':
      return focus.column === column;
    case 'neuron':
      return focus.column === column && focus.index === index;
    default:
      return false;
  }
}

/** Is the synapse into neuron `to` of `column` lit? A neuron's synapses light with it. */
export function synapseLit(focus: MlpFocus | null, column: number, to: number): boolean {
  if (focus === null) return false;
  if (focus.kind === 'synapses' || focus.kind === 'parameters') return true;
  if (focus.kind === 'neurons') return false;
  return neuronLit(focus, column, to);
}
