import { flag, SizeError, wholeNumber } from './errors.js';
import { countOf, matrixPart } from './parts.js';
import type { Count } from './types.js';

/** `nn.Linear(inFeatures, outFeatures, bias)`. Bias defaults to true, as in PyTorch. */
export interface LinearSpec {
  inFeatures: number;
  outFeatures: number;
  bias?: boolean;
}

/** A linear layer W ∈ ℝ^{m×n}: m = outFeatures neurons of n = inFeatures synapses each. */
export function countLinear(spec: LinearSpec): Count {
  const n = wholeNumber(spec.inFeatures, 'inFeatures');
  const m = wholeNumber(spec.outFeatures, 'outFeatures');
  const bias = flag(spec.bias, 'bias', true);
  return countOf([matrixPart('linear', m, n, bias ? m : 0, 'outFeatures')], 'outFeatures');
}

/**
 * A multi-layer perceptron: `sizes[0]` inputs, then one linear layer per
 * further entry. `[3, 2, 2]` is two layers of two neurons (parts `layer1`, `layer2`).
 */
export interface MlpSpec {
  sizes: readonly number[];
  bias?: boolean;
}

export function countMlp(spec: MlpSpec): Count {
  const { sizes } = spec;
  if (!Array.isArray(sizes) || sizes.length < 2) {
    throw new SizeError('sizes', 'must list the input size and at least one layer width');
  }
  const widths = sizes.map((size, i) => wholeNumber(size, `sizes[${i}]`));
  const bias = flag(spec.bias, 'bias', true);
  const parts = widths.slice(1).map((m, i) => {
    const n = widths[i]!;
    return matrixPart(`layer${i + 1}`, m, n, bias ? m : 0, `sizes[${i + 1}]`);
  });
  return countOf(parts, 'sizes');
}
