/**
 * One artificial neuron, y = σ(w·x + b), as the chapter reads it: inputs are
 * firing rates, weights are synaptic strengths (negative = inhibitory), the
 * sum is the cell body, the bias its sensitivity, and σ the limits of the
 * firing rate.
 */
export type Activation = 'relu' | 'tanh' | 'sigmoid';

export const ACTIVATIONS: Readonly<Record<Activation, { label: string; fn: (z: number) => number }>> = {
  relu: { label: 'ReLU', fn: (z) => Math.max(0, z) },
  tanh: { label: 'tanh', fn: Math.tanh },
  sigmoid: { label: 'sigmoid', fn: (z) => 1 / (1 + Math.exp(-z)) },
};

export function activate(activation: Activation, z: number): number {
  return ACTIVATIONS[activation].fn(z);
}

export interface NeuronInput {
  /** Synaptic weights w, one per input. */
  weights: readonly number[];
  /** Inputs x, as many as weights. */
  inputs: readonly number[];
  bias: number;
  activation: Activation;
}

export interface NeuronOutput {
  /** wᵢ·xᵢ, what each synapse passes on. */
  products: number[];
  /** Σ wᵢ·xᵢ, the weighted sum. */
  sum: number;
  /** The pre-activation z = Σ wᵢ·xᵢ + b. */
  z: number;
  /** The output y = σ(z). */
  y: number;
}

export function fire({ weights, inputs, bias, activation }: NeuronInput): NeuronOutput {
  if (weights.length !== inputs.length) {
    throw new RangeError(`weights has ${weights.length} entries but inputs has ${inputs.length}`);
  }
  const products = weights.map((w, i) => w * inputs[i]!);
  const sum = products.reduce((a, b) => a + b, 0);
  const z = sum + bias;
  return { products, sum, z, y: activate(activation, z) };
}

/** How a synapse acts on its target, by the sign of its weight. */
export type SynapseSign = 'excitatory' | 'inhibitory' | 'silent';

export function signOf(weight: number): SynapseSign {
  return weight > 0 ? 'excitatory' : weight < 0 ? 'inhibitory' : 'silent';
}
