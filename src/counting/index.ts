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
export { parameterSteps, PARAMETER_STEPS, type ParameterStep, type ParameterStepId } from './breakdown.js';
export { countNervousSystem, type NervousSystemCount, type NervousSystemSpec } from './brain.js';
export { HUMAN_BRAIN, type NervousSystemPreset } from './presets/brain.js';
