import { divides, flag, product, SizeError, wholeNumber } from './errors.js';
import { countOf, matrixPart } from './parts.js';
import type { Count } from './types.js';

/**
 * `nn.Conv{1,2,3}d(inChannels, outChannels, kernelSize, groups, bias)`.
 * A number `kernelSize` is a cube of `dims` sides (dims defaults to 2, as in
 * Conv2d); an array gives each side and its length sets the dimensions.
 */
export interface ConvSpec {
  inChannels: number;
  outChannels: number;
  kernelSize: number | readonly number[];
  dims?: 1 | 2 | 3;
  groups?: number;
  bias?: boolean;
}

/** The kernel's sides as an array, validated. */
export function kernelSides(spec: Pick<ConvSpec, 'kernelSize' | 'dims'>): number[] {
  const { kernelSize } = spec;
  if (Array.isArray(kernelSize)) {
    if (kernelSize.length < 1 || kernelSize.length > 3) {
      throw new SizeError('kernelSize', `must have 1 to 3 sides, got ${kernelSize.length}`);
    }
    return kernelSize.map((k, i) => wholeNumber(k, `kernelSize[${i}]`));
  }
  const dims = spec.dims ?? 2;
  if (dims !== 1 && dims !== 2 && dims !== 3) throw new SizeError('dims', `must be 1, 2 or 3, got ${String(dims)}`);
  return Array.from({ length: dims }, () => wholeNumber(kernelSize, 'kernelSize'));
}

/**
 * Each of the outChannels neurons sees (inChannels / groups) × k₁ × … × k_d
 * synapses: its kernel volume. With every side 1 it is a linear neuron.
 */
export function countConv(spec: ConvSpec): Count {
  const cIn = wholeNumber(spec.inChannels, 'inChannels');
  const cOut = wholeNumber(spec.outChannels, 'outChannels');
  const groups = wholeNumber(spec.groups ?? 1, 'groups');
  divides(groups, cIn, 'groups', 'inChannels');
  divides(groups, cOut, 'groups', 'outChannels');
  const sides = kernelSides(spec);
  const bias = flag(spec.bias, 'bias', true);
  const perNeuron = product('kernelSize', cIn / groups, ...sides);
  return countOf([matrixPart('conv', cOut, perNeuron, bias ? cOut : 0, 'outChannels')], 'outChannels');
}
