import { partNamed } from '../../counting/index.js';
import { formatCount } from '../../format/numbers.js';
import type { GptView } from '../../models/gptShape.js';

const n = formatCount;

/** The diagram's text alternative: what is drawn, with the current numbers. */
export function describeBlock(view: GptView, dModel: number, circuits: boolean): string {
  const key = partNamed(view.block, 'mlp.key');
  const value = partNamed(view.block, 'mlp.value');
  const attention = circuits
    ? `attention as two circuits, QK and OV, each ${n(dModel)} neurons of ${n(dModel)} synapses`
    : `attention’s four projections Q, K, V and O, each ${n(dModel)} neurons of ${n(dModel)} synapses`;
  return (
    `One GPT block drawn to scale, each weight matrix as tall as its neurons and as wide as their synapses. ` +
    `On a residual stream of width ${n(dModel)}: a LayerNorm, then ${attention}; ` +
    `another LayerNorm, then the MLP’s key layer of ${n(key.neurons)} neurons of ${n(key.synapsesPerNeuron)} synapses ` +
    `and value layer of ${n(value.neurons)} neurons of ${n(value.synapsesPerNeuron)} synapses. ` +
    `Each branch adds its output back into the stream.`
  );
}

/**
 * The circuits view in words: how the attention neurons change, and what is assumed about synapses;
 * while the counts are hidden (`hideCounts`), only the assumption, with no count.
 */
export function circuitsNote(view: GptView, dModel: number, hideCounts = false): string {
  const after = view.groups.attn;
  const before = view.replaced ?? after;
  if (hideCounts)
    return (
      `Circuits view: attention’s four projections become two circuits. QK = W_Qᵀ W_K and OV = W_O W_V are each ` +
      `taken as one ${n(dModel)} × ${n(dModel)} matrix: products of the stored weights, not new parameters.`
    );
  return (
    `Circuits view: attention’s ${n(before.neurons)} neurons (4 × ${n(dModel)}) become ${n(after.neurons)} (2 × ${n(dModel)}). ` +
    `QK = W_Qᵀ W_K and OV = W_O W_V are each taken as one ${n(dModel)} × ${n(dModel)} matrix, so attention’s synapses ` +
    `go from ${n(before.synapses)} to ${n(after.synapses)}. They are products of the stored weights, not new ` +
    `parameters: the parameters stay ${n(after.parameters)}.`
  );
}
