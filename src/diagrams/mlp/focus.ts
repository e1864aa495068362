import type { FocusCodec } from '../../state/useFocus.js';

/**
 * What the reader points at in the MLP widget, shared by the formula, the
 * count rows and both diagrams: a count row, a layer (column ≥ 1 of the
 * network, also its formula line and weight matrix), or one neuron of a layer.
 */
export type MlpFocus =
  | { kind: 'neurons' | 'synapses' | 'per-neuron' | 'parameters' }
  | { kind: 'layer'; column: number }
  | { kind: 'neuron'; column: number; index: number };

const COUNTS = new Set(['neurons', 'synapses', 'per-neuron', 'parameters'] as const);
const isCount = (id: string): id is 'neurons' => (COUNTS as ReadonlySet<string>).has(id);

/** Store ids: `neurons` (a count row's own id), `layer:2`, `neuron:2:0`. */
export const mlpFocus: FocusCodec<MlpFocus> = {
  parse(id) {
    if (id === null) return null;
    if (isCount(id)) return { kind: id };
    const layer = /^layer:(\d+)$/.exec(id);
    if (layer) return { kind: 'layer', column: Number(layer[1]) };
    const neuron = /^neuron:(\d+):(\d+)$/.exec(id);
    if (neuron) return { kind: 'neuron', column: Number(neuron[1]), index: Number(neuron[2]) };
    return null;
  },
  id(focus) {
    switch (focus.kind) {
      case 'layer':
        return `layer:${focus.column}`;
      case 'neuron':
        return `neuron:${focus.column}:${focus.index}`;
      default:
        return focus.kind;
    }
  },
};

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

/** Is layer `column`'s formula line lit? By the layer or by one of its neurons. */
export function layerLit(focus: MlpFocus | null, column: number): boolean {
  return (focus?.kind === 'layer' || focus?.kind === 'neuron') && focus.column === column;
}
