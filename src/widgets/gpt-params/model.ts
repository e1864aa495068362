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
