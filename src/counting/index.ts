export type { Count, Part } from './types.js';
export { SizeError } from './errors.js';
export { countLinear, countMlp, type LinearSpec, type MlpSpec } from './linear.js';
export { countConv, kernelSides, type ConvSpec } from './conv.js';
export { countRecurrent, CELLS, GATES, type Cell, type RecurrentSpec } from './recurrent.js';
export {
  countAttentionCircuits,
  countGpt,
  countGptBlock,
  GPT_DEFAULTS,
  resolveGptSpec,
  type GptSpec,
  type ResolvedGptSpec,
} from './gpt.js';
export { GPT2_PRESETS, GPT3_PRESETS, type GptPreset } from './presets/gpt.js';
