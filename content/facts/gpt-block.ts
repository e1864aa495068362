/**
 * Numbers the GPT block chapter quotes in running text, each computed by the
 * counting library from a model's sizes. Prose imports these; it never types a count.
 */
import {
  countAttentionCircuits,
  countGptBlock,
  countOf,
  GPT2_PRESETS,
  GPT3_PRESETS,
  type Count,
  type GptSpec,
} from '../../src/counting/index.js';

const specOf = (presets: typeof GPT3_PRESETS, id: string): GptSpec => presets.find((p) => p.id === id)!.spec;
const part = (count: Count, name: string) => count.parts.find((p) => p.name === name)!;
const group = (count: Count, prefix: string) =>
  countOf(
    count.parts.filter((p) => p.name.startsWith(prefix)),
    'dModel',
  );

function blockFacts(spec: GptSpec) {
  const block = countGptBlock(spec);
  const matrices = group(block, 'attn.').parts.concat(group(block, 'mlp.').parts);
  return {
    nLayers: spec.nLayers,
    dModel: spec.dModel,
    nHeads: spec.nHeads,
    dHead: spec.dHead ?? spec.dModel / spec.nHeads,
    block,
    key: part(block, 'mlp.key'),
    value: part(block, 'mlp.value'),
    q: part(block, 'attn.q'),
    mlp: group(block, 'mlp.'),
    attention: group(block, 'attn.'),
    norms: group(block, 'norm.'),
    /** Every weight matrix's parameters beyond its synapses: one bias per neuron. */
    biases: matrices.reduce((sum, p) => sum + p.parameters - p.synapses, 0),
    circuits: countAttentionCircuits(spec),
  };
}

export const gptBlock = {
  gpt3: blockFacts(specOf(GPT3_PRESETS, 'gpt3-175b')),
  gpt2: blockFacts(specOf(GPT2_PRESETS, 'gpt2-small')),
};
