import type { GptSpec } from '../gpt-spec.js';
import type { Fields } from './fields.js';

/**
 * How one `model_type` is read: `read` turns the config's fields into a
 * spec, throwing a ConfigError naming the key; `keys` names the config key
 * of each spec field, for the sizes the counting itself refuses (a total
 * past what a number holds exactly).
 */
export interface Reader {
  read: (fields: Fields) => GptSpec;
  keys: Readonly<Record<string, string>>;
}

/** The config keys of the shared Llama-style names. */
export const HF_KEYS: Readonly<Record<string, string>> = {
  dModel: 'hidden_size',
  nLayers: 'num_hidden_layers',
  nHeads: 'num_attention_heads',
  nKvHeads: 'num_key_value_heads',
  dHead: 'head_dim',
  dFF: 'intermediate_size',
  vocabSize: 'vocab_size',
  contextLength: 'max_position_embeddings',
};
