import { SizeError } from '../errors.js';
import type { GptSpec } from '../gpt-spec.js';
import { countGpt } from '../gpt.js';
import { CLASSIC_READERS } from './classic.js';
import { DENSE_READERS } from './dense.js';
import { EXPERT_READERS } from './experts.js';
import { ConfigError, fieldsOf, shown } from './fields.js';
import type { Reader } from './reader.js';

const READERS: Readonly<Record<string, Reader>> = { ...CLASSIC_READERS, ...DENSE_READERS, ...EXPERT_READERS };

/** The `model_type`s {@link gptSpecFromHfConfig} reads. */
export const HF_MODEL_TYPES: readonly string[] = Object.keys(READERS);

/** What to paste instead, for model types that wrap one the library reads. */
const INSTEAD: Readonly<Record<string, string>> = {
  gemma3: 'count its text_config instead (model_type gemma3_text): its vision encoder is not counted',
};

const supported = () => `supported: ${HF_MODEL_TYPES.join(', ')}`;

/**
 * The {@link GptSpec} of a Hugging Face `config.json` (parsed), so that
 * `countGpt(spec).parameters` is the model's `num_parameters()` in the
 * transformers implementation and, for a mixture of experts,
 * `countGpt(spec).active` is what one token uses. Reads every field that
 * changes a count, with the defaults the family's config class gives a field
 * that is absent (gpt2 `n_inner` → 4 × `n_embd`; llama `num_key_value_heads`
 * → `num_attention_heads`; gemma `tie_word_embeddings` → true; …); the sizes
 * themselves are required. Throws a {@link ConfigError} naming the field:
 * unknown `model_type` (listing those supported), missing or ill-typed
 * field, or sizes that do not fit — never an approximate count.
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
    const instead = typeof modelType === 'string' && Object.hasOwn(INSTEAD, modelType) ? `: ${INSTEAD[modelType]}` : '';
    throw new ConfigError('model_type', `${shown(modelType)} is not supported${instead} (${supported()})`);
  }
  const reader = READERS[modelType]!;
  const spec = reader.read(fieldsOf(record, modelType));
  try {
    countGpt(spec);
  } catch (error) {
    if (!(error instanceof SizeError)) throw error;
    throw new ConfigError(reader.keys[error.field] ?? error.field, error.message.slice(error.field.length + 1));
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
