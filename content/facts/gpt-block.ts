/**
 * Numbers the GPT block chapter quotes in running text, each computed by the
 * counting library from a model's sizes. Prose imports these; it never types a count.
 */
import {
  countAttentionCircuits,
  countGptBlock,
  GPT2_PRESETS,
  GPT3_PRESETS,
  partNamed,
  sumGroup,
  type GptSpec,
} from '../../src/counting/index.js';

const specOf = (presets: typeof GPT3_PRESETS, id: string): GptSpec => presets.find((p) => p.id === id)!.spec;

function blockFacts(spec: GptSpec) {
  const block = countGptBlock(spec);
  const mlp = sumGroup(block, 'mlp');
  const attention = sumGroup(block, 'attn');
  const matrices = [...attention.parts, ...mlp.parts];
  return {
    nLayers: spec.nLayers,
    dModel: spec.dModel,
    nHeads: spec.nHeads,
    dHead: spec.dHead ?? spec.dModel / spec.nHeads,
    block,
    key: partNamed(block, 'mlp.key'),
    value: partNamed(block, 'mlp.value'),
    q: partNamed(block, 'attn.q'),
    mlp,
    attention,
    norms: sumGroup(block, 'norm'),
    /** Every weight matrix's parameters beyond its synapses: one bias per neuron. */
    biases: matrices.reduce((sum, p) => sum + p.parameters - p.synapses, 0),
    circuits: countAttentionCircuits(spec),
  };
}

export const gptBlock = {
  gpt3: blockFacts(specOf(GPT3_PRESETS, 'gpt3-175b')),
  gpt2: blockFacts(specOf(GPT2_PRESETS, 'gpt2-small')),
};
