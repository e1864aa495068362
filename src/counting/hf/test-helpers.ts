import { countGpt, gptSpecFromHfConfig, HF_CONFIG_EXAMPLES, type Part } from '../index.js';
import { printedRange } from '../presets/zoo.js';

/** The counting of a config.json, and the helpers its per-family tests work the counts out by hand with. */
export const count = (config: unknown) => countGpt(gptSpecFromHfConfig(config));
export const part = (parts: Part[], name: string) => parts.find((p) => p.name === name);

type Sizes = 'hidden_size' | 'intermediate_size' | 'num_attention_heads' | 'num_key_value_heads' | 'num_hidden_layers';
/** One of the library's sample configs, its sizes typed as numbers. */
export const example = (repo: string) =>
  HF_CONFIG_EXAMPLES.find((e) => e.repo === repo)!.config as Readonly<Record<Sizes | 'vocab_size', number>>;

/** Does `value` round to the figure as a source prints it ('7.61B', '3,209M')? */
export const rounds = (value: number, printed: string) => {
  const { low, high } = printedRange(printed);
  return value >= low && value < high;
};

/** A gated MLP (gate, up, down) of `ff`, no biases. */
export const swiglu = (d: number, ff: number) => 3 * d * ff;
/** Q and O of heads × dh, K and V of kv × dh; `qkv` adds biases on Q, K and V. */
export const attention = (d: number, heads: number, kv: number, dh: number, qkv = false) =>
  2 * d * heads * dh + 2 * d * kv * dh + (qkv ? heads * dh + 2 * kv * dh : 0);
