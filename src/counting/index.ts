export type { Count, Part, Usage } from './types.js';
export { SizeError } from './errors.js';
export { countOf } from './parts.js';
export { countLinear, countMlp, type LinearSpec, type MlpSpec } from './linear.js';
export { countConv, kernelSides, type ConvSpec } from './conv.js';
export { countRecurrent, CELLS, GATES, type Cell, type RecurrentSpec } from './recurrent.js';
export { countAttentionCircuits, countGpt, countGptBlock } from './gpt.js';
export {
  findPart,
  groupOf,
  partNamed,
  sumGroup,
  type GptCount,
  type GptPart,
  type GptPartGroup,
  type GptPartName,
  type GroupOf,
  type MlpMatrix,
  type MlpPrefix,
  type PartIn,
  type PartsOf,
} from './part-names.js';
export { PART_LABELS, isGptPartName } from './labels.js';
export {
  GPT_DEFAULTS,
  resolveGptSpec,
  type GptSpec,
  type LatentAttentionSpec,
  type MoeSpec,
  type ResolvedGptSpec,
  type ResolvedLatentAttention,
  type ResolvedMoeSpec,
} from './gpt-spec.js';
export { GPT2_PRESETS, GPT3_PRESETS, type GptPreset, type PublishedFigure } from './presets/gpt.js';
export { countNetwork, traceNetwork, type LayerTrace } from './network/count.js';
export type {
  AdaptivePoolLayer,
  BatchNormLayer,
  ConvLayer,
  EmbeddingLayer,
  FlattenLayer,
  InputSpec,
  LayerNormLayer,
  LayerSpec,
  LinearLayer,
  PassLayer,
  PoolLayer,
  RecurrentLayer,
  ResidualLayer,
  SequentialLayer,
} from './network/spec.js';
export { LLAMA_PRESETS } from './presets/llama.js';
export { RECENT_PRESETS } from './presets/recent.js';
export { EXPERT_PRESETS } from './presets/experts.js';
export {
  countModel,
  matchesPublished,
  presets,
  printedRange,
  type ModelFamily,
  type ModelPreset,
  type PresetInfo,
} from './presets/zoo.js';
export {
  countNervousSystem,
  HUMAN_BRAIN,
  NERVOUS_SYSTEMS,
  type NervousSystem,
  type NervousSystemWithSynapses,
} from './presets/brains.js';
export { parameterSteps, PARAMETER_STEPS, type ParameterStep, type ParameterStepId } from './breakdown.js';
export { gptSpecFromHfConfig, HF_MODEL_TYPES, parseHfConfig } from './hf/config.js';
export { ConfigError } from './hf/fields.js';
export { HF_CONFIG_EXAMPLES, type HfConfigExample } from './hf/examples.js';
export { countTensors, type CountTensorsOptions, type TensorLayer, type TensorsCount } from './tensors/count.js';
export type { TensorKind, TensorPart, TensorShapes } from './tensors/classify.js';
export type { Orientation } from './tensors/orientation.js';
export { LOOKUP_SEGMENTS } from './tensors/names.js';
