import type { Part } from '../../counting/index.js';

export interface Sums {
  neurons: number;
  synapses: number;
}

/** Neurons and synapses of the parts named `prefix…`: `mlp.` (key and value) or `attn.` (Q, K, V, O). */
export function sumsOf(parts: readonly Part[], prefix: string): Sums {
  return parts
    .filter((p) => p.name.startsWith(prefix))
    .reduce((a, p) => ({ neurons: a.neurons + p.neurons, synapses: a.synapses + p.synapses }), {
      neurons: 0,
      synapses: 0,
    });
}
