import { product, SizeError, wholeNumber } from '../errors.js';
import type { Part } from '../types.js';
import { expertIndex, isBias, isLookup, isQuantisation, isRoutedExpert, layerOf } from './names.js';
import { orient, type Orientation } from './orientation.js';

/** Tensor shapes by name, outermost dimension first (as PyTorch and safetensors list them). */
export type TensorShapes = Readonly<Record<string, readonly number[]>>;

/**
 * What a tensor is, from its rank and name:
 * - `matrix`: a 2‑D weight `[out, in]`, out neurons of in synapses;
 * - `conv`: a kernel `[out, in/groups, k…]`, out neurons of (in/groups)·∏k synapses;
 * - `experts`: stacked routed experts `[E, out, in]`, E·out neurons of in synapses;
 * - `lookup`: an embedding table, read by index: parameters, no neurons;
 * - `bias`, `vector`: biases, and 1‑D (or 0‑D) norms and scales: parameters only;
 * - `quantisation`: scales and zero points a quantised file keeps to decode its
 *   weights: neither neurons nor the model's parameters.
 */
export type TensorKind = 'matrix' | 'conv' | 'experts' | 'lookup' | 'bias' | 'vector' | 'quantisation';

/** One tensor, counted: a {@link Part} named after the tensor, with what it was read as. */
export interface TensorPart extends Part {
  shape: readonly number[];
  kind: TensorKind;
  /** For matrices and experts: how their neuron dimension was chosen. */
  orientation?: Orientation;
  /** The numbered layer it belongs to (`model.layers.3`, `blk.3`), or null. */
  layer: string | null;
  /** Routed experts it holds: E for a stacked tensor, 1 for one expert's own; 0 otherwise. */
  experts: number;
  /** For one expert's own tensor (`experts.3.w1.weight`), its index. */
  expert?: number;
}

const isSize = (size: unknown) => typeof size === 'number' && Number.isSafeInteger(size) && size >= 0;

function checkedShape(name: string, shape: unknown): number[] {
  if (!Array.isArray(shape)) throw new SizeError(`shape of ${name}`, 'must be a list of whole numbers');
  // The field name is built only for a size that is wrong: a checkpoint can have a hundred thousand tensors.
  return shape.every(isSize) ? shape : shape.map((size, i) => wholeNumber(size, `${name}[${i}]`, 0));
}

const weightPart = (name: string, out: number, perNeuron: number, field: string) => {
  const synapses = product(field, out, perNeuron);
  return { name, neurons: out, synapsesPerNeuron: perNeuron, synapses, parameters: synapses };
};

const parametersOnly = (name: string, parameters: number) => ({
  name,
  neurons: 0,
  synapsesPerNeuron: 0,
  synapses: 0,
  parameters,
});

function kindOf(name: string, rank: number, stackedExperts: boolean): TensorKind {
  if (isQuantisation(name)) return 'quantisation';
  if (isBias(name)) return 'bias';
  if (rank < 2) return 'vector';
  if (isLookup(name)) return 'lookup';
  if (stackedExperts && rank >= 3) return 'experts';
  return rank === 2 ? 'matrix' : 'conv';
}

/** Counts one tensor of `shapes` by the rules of {@link TensorKind}; `rowsFirst` as for {@link orient}. */
export function classify(name: string, rawShape: unknown, shapes: TensorShapes, rowsFirst = false): TensorPart {
  const shape = checkedShape(name, rawShape);
  const index = expertIndex(name);
  const expertsTensor = isRoutedExpert(name);
  const kind = kindOf(name, shape.length, expertsTensor && index === null);
  const elements = product(name, ...shape);
  const layer = layerOf(name)?.key ?? null;
  const routed = expertsTensor && kind !== 'quantisation';
  const experts = kind === 'experts' || (routed && index === null && shape.length >= 2) ? shape[0]! : routed ? 1 : 0;
  const base = { shape, kind, layer, experts, ...(index === null || !routed ? {} : { expert: index }) };
  switch (kind) {
    case 'matrix': {
      const { out, in: perNeuron, orientation } = orient(name, shape, shapes, { stacked: false, rowsFirst });
      return { ...weightPart(name, out, perNeuron, name), ...base, orientation };
    }
    case 'experts': {
      const [count = 0, ...rest] = shape;
      const { out, in: inner, orientation } = orient(name, rest.slice(-2), shapes, { stacked: true, rowsFirst });
      const perNeuron = product(name, inner, ...rest.slice(0, -2));
      return { ...weightPart(name, product(name, count, out), perNeuron, name), ...base, orientation };
    }
    case 'conv': {
      const [out = 0, ...rest] = shape;
      return { ...weightPart(name, out, product(name, ...rest), name), ...base };
    }
    case 'quantisation':
      return { ...parametersOnly(name, 0), ...base };
    default:
      return { ...parametersOnly(name, elements), ...base };
  }
}
