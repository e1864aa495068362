import { SizeError } from '../errors.js';
import type { GptSpec } from '../gpt-spec.js';
import { countGpt } from '../gpt.js';
import { ConfigError, fieldsOf, shown, type Fields } from './fields.js';

type Reader = (fields: Fields) => GptSpec;

/** The config keys of the shared Llama-style names, for errors about sizes that do not fit. */
const HF_KEYS: Readonly<Record<string, string>> = {
  dModel: 'hidden_size',
  nLayers: 'num_hidden_layers',
  nHeads: 'num_attention_heads',
  nKvHeads: 'num_key_value_heads',
  dHead: 'head_dim',
  dFF: 'intermediate_size',
  vocabSize: 'vocab_size',
  contextLength: 'max_position_embeddings',
};

const GPT2_KEYS: Readonly<Record<string, string>> = {
  dModel: 'n_embd',
  nLayers: 'n_layer',
  nHeads: 'n_head',
  dFF: 'n_inner',
  vocabSize: 'vocab_size',
  contextLength: 'n_positions',
};

/** GPT2Config: Conv1D projections with biases, LayerNorm, learned positions, head tied unless said otherwise. */
function gpt2(f: Fields): GptSpec {
  const dModel = f.size('n_embd');
  const nHeads = f.size('n_head');
  f.divides('n_head', nHeads, 'n_embd', dModel);
  if (f.flag('add_cross_attention', false)) {
    throw new ConfigError(
      'add_cross_attention',
      'is true: only decoder-only gpt2 models (no cross-attention) are counted',
    );
  }
  return {
    dModel,
    nLayers: f.size('n_layer'),
    nHeads,
    dFF: f.size('n_inner', 4 * dModel),
    mlp: 'plain',
    bias: true,
    norm: 'layernorm',
    vocabSize: f.size('vocab_size'),
    contextLength: f.size('n_positions'),
    positions: 'learned',
    tiedEmbeddings: f.flag('tie_word_embeddings', true),
  };
}

/**
 * GPTNeoXConfig: fused QKV and dense with `attention_bias` (default true),
 * MLP biases always, LayerNorm, rotary positions on `rotary_pct` of each head
 * (no parameters), an untied `embed_out` unless tied. `use_parallel_residual`
 * reorders the block without changing a count.
 */
function gptNeox(f: Fields): GptSpec {
  const dModel = f.size('hidden_size');
  const nHeads = f.size('num_attention_heads');
  f.divides('num_attention_heads', nHeads, 'hidden_size', dModel);
  f.flag('use_parallel_residual', true);
  const rotary = f.fraction('rotary_pct', 0.25);
  return {
    dModel,
    nLayers: f.size('num_hidden_layers'),
    nHeads,
    dFF: f.size('intermediate_size'),
    mlp: 'plain',
    attentionBias: f.flag('attention_bias', true),
    mlpBias: true,
    norm: 'layernorm',
    vocabSize: f.size('vocab_size'),
    contextLength: f.size('max_position_embeddings', 2048),
    positions: rotary > 0 ? 'rotary' : 'none',
    tiedEmbeddings: f.flag('tie_word_embeddings', false),
  };
}

/**
 * Llama and Mistral: SwiGLU MLP (gate, up, down), RMSNorm, rotary positions,
 * grouped-query attention. They differ in defaults: a Llama config without
 * `num_key_value_heads` has one per query head and may set
 * `attention_bias` and `mlp_bias`; Mistral defaults to 8 and has no biases.
 */
function llamaLike(family: 'llama' | 'mistral'): Reader {
  return (f) => {
    const dModel = f.size('hidden_size');
    const nHeads = f.size('num_attention_heads');
    const hasHeadDim = f.has('head_dim');
    // LlamaConfig checks this even when head_dim is given; MistralConfig only needs a whole head.
    if (family === 'llama' || !hasHeadDim) f.divides('num_attention_heads', nHeads, 'hidden_size', dModel);
    // MistralConfig's argument defaults to 8 when absent; an explicit null means one per query head.
    const kvDefault = family === 'mistral' && !f.isNull('num_key_value_heads') ? 8 : nHeads;
    const nKvHeads = f.size('num_key_value_heads', kvDefault);
    f.divides('num_key_value_heads', nKvHeads, 'num_attention_heads', nHeads);
    const bias = (key: string) => (family === 'llama' ? f.flag(key, false) : false);
    return {
      dModel,
      nLayers: f.size('num_hidden_layers'),
      nHeads,
      nKvHeads,
      dHead: f.size('head_dim', dModel / nHeads),
      dFF: f.size('intermediate_size'),
      mlp: 'gated',
      attentionBias: bias('attention_bias'),
      mlpBias: bias('mlp_bias'),
      norm: 'rmsnorm',
      vocabSize: f.size('vocab_size'),
      contextLength: f.size('max_position_embeddings', 2048),
      positions: 'rotary',
      tiedEmbeddings: f.flag('tie_word_embeddings', false),
    };
  };
}

const READERS: Readonly<Record<string, Reader>> = {
  gpt2,
  gpt_neox: gptNeox,
  llama: llamaLike('llama'),
  mistral: llamaLike('mistral'),
};

/** The `model_type`s {@link gptSpecFromHfConfig} reads. */
export const HF_MODEL_TYPES: readonly string[] = Object.keys(READERS);

const supported = () => `supported: ${HF_MODEL_TYPES.join(', ')}`;

/**
 * The {@link GptSpec} of a Hugging Face `config.json` (parsed), so that
 * `countGpt(spec).parameters` is the model's `num_parameters()`. Reads every
 * field that changes a count, with the defaults the Hugging Face
 * implementation gives a field that is absent or null (gpt2 `n_inner` → 4 ×
 * `n_embd`; llama `num_key_value_heads` → `num_attention_heads`; …); the
 * sizes themselves are required. Throws a {@link ConfigError} naming the
 * field: unknown `model_type` (listing those supported), missing or
 * ill-typed field, or sizes that do not fit.
 *
 * @example gptSpecFromHfConfig({ model_type: 'gpt2', n_embd: 768, n_layer: 12, n_head: 12,
 *   vocab_size: 50257, n_positions: 1024 })  // GPT‑2 small: 124,439,808 parameters
 */
export function gptSpecFromHfConfig(config: unknown): GptSpec {
  if (typeof config !== 'object' || config === null || Array.isArray(config)) {
    throw new ConfigError('config', `must be a JSON object (the contents of config.json), got ${shown(config)}`);
  }
  const record = config as Record<string, unknown>;
  const modelType = record.model_type;
  if (modelType === undefined || modelType === null) throw new ConfigError('model_type', `is missing (${supported()})`);
  if (typeof modelType !== 'string' || !Object.hasOwn(READERS, modelType)) {
    throw new ConfigError('model_type', `${shown(modelType)} is not supported (${supported()})`);
  }
  const spec = READERS[modelType]!(fieldsOf(record, modelType));
  try {
    countGpt(spec);
  } catch (error) {
    if (!(error instanceof SizeError)) throw error;
    const key = (modelType === 'gpt2' ? GPT2_KEYS : HF_KEYS)[error.field] ?? error.field;
    throw new ConfigError(key, error.message.slice(error.field.length + 1));
  }
  return spec;
}

/** Parses the text of a `config.json`, throwing a {@link ConfigError} that says what is wrong with it. */
export function parseHfConfig(text: string): unknown {
  if (text.trim() === '') throw new ConfigError('config.json', 'is empty: paste the contents of a config.json file');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new ConfigError('config.json', `is not valid JSON (${(error as Error).message})`);
  }
}
