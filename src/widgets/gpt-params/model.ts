import type { ParameterStepId } from '../../counting/index.js';
import { gptSizesModel } from '../gpt-sizes/schema.js';

export const gptParamsModel = gptSizesModel('gpt-params');

/** What each step of the waterfall adds, in the reader's words. */
export const STEP_LABELS: Readonly<Record<ParameterStepId, string>> = {
  synapses: 'Synapses in the blocks',
  biases: '+ biases',
  norms: '+ layer norms',
  tokens: '+ token embeddings',
  positions: '+ position embeddings',
};

/** The first bar when the LM head has weights of its own: they are synapses too. */
export const UNTIED_SYNAPSES_LABEL = 'Synapses: blocks + LM head';

/** Reader-facing names of the model's parts, for the parts table. */
export const PART_LABELS: Readonly<Record<string, string>> = {
  'norm.attn': 'Norm before attention',
  'attn.q': 'Query (Q)',
  'attn.k': 'Key (K)',
  'attn.v': 'Value (V)',
  'attn.o': 'Output (O)',
  'norm.mlp': 'Norm before the MLP',
  'mlp.key': 'MLP key',
  'mlp.value': 'MLP value',
  'norm.final': 'Final norm',
  'embed.tokens': 'Token embedding',
  'embed.positions': 'Position embedding',
  lm_head: 'LM head (untied)',
};
