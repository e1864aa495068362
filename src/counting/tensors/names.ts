/**
 * What a tensor's name says about it. Shapes alone cannot tell an embedding
 * table from a weight matrix, or one expert's weights from a dense layer's, so
 * these rules read the names that Hugging Face transformers and llama.cpp's
 * GGUF files give their tensors.
 */

/**
 * Path segments of token, position and type embedding tables, which are read
 * by index (lookups), not multiplied: transformers' `embed_tokens` (Llama,
 * Mistral, Qwen, Gemma…), `wte`/`wpe` (GPT-2), `embed_in` (GPT-NeoX),
 * `word_embeddings`/`position_embeddings`/`token_type_embeddings` (BERT,
 * BLOOM), `embed_positions` (OPT, Whisper), `shared` (T5),
 * `relative_attention_bias` (T5's bucketed position table); Meta's
 * `tok_embeddings`; GGUF's `token_embd`, `position_embd` and `token_types`.
 * `embed_out` (GPT-NeoX's output head) is a weight matrix, not a lookup.
 */
export const LOOKUP_SEGMENTS: readonly string[] = [
  'embed_tokens',
  'embed_in',
  'wte',
  'wpe',
  'tok_embeddings',
  'word_embeddings',
  'position_embeddings',
  'token_type_embeddings',
  'embed_positions',
  'shared',
  'relative_attention_bias',
  'token_embd',
  'position_embd',
  'token_types',
];

/**
 * Name endings of tensors a quantised checkpoint keeps beside its weights to
 * decode them (scales, zero points, index maps): FP8's `weight_scale_inv`
 * (DeepSeek‑V3) and `weight_scale`/`input_scale`, MXFP4's `_scales`
 * (gpt-oss), GPTQ/AWQ's `scales`, `qzeros` and `g_idx`, bitsandbytes'
 * `absmax` and `quant_map`. They are neither neurons nor the model's parameters.
 */
const QUANTISATION =
  /(?:_scale_inv|weight_scale|input_scale|_scales|[._]absmax|[._]quant_map|\.qzeros|\.g_idx|\.scales)$|\.quant_state\./;

/** A path segment (between dots, or at either end) that is one of `words`. */
const segmentOf = (words: string) => new RegExp(`(?:^|\\.)(?:${words})(?:\\.|$)`);

const LOOKUP = segmentOf(LOOKUP_SEGMENTS.join('|'));
const ROUTED = segmentOf('experts|[^.]*_exps');

export function isLookup(name: string): boolean {
  return LOOKUP.test(name);
}

/** A bias of any rank: `….bias`, or `…_bias` as gpt-oss names its stacked expert biases. */
export function isBias(name: string): boolean {
  return /(?:^|[._])bias$/.test(name) && !/relative_attention_bias/.test(name);
}

export function isQuantisation(name: string): boolean {
  return QUANTISATION.test(name);
}

/**
 * Routed experts, of which a router picks a few per token: a path segment
 * `experts` (transformers: `mlp.experts.gate_up_proj` stacked, or
 * `block_sparse_moe.experts.3.w1.weight` one expert each), or a GGUF name
 * ending in `_exps` (`blk.0.ffn_up_exps.weight`). Shared experts
 * (`shared_experts`, `shared_expert`, GGUF `_shexp`) run for every token and
 * are not routed.
 */
export function isRoutedExpert(name: string): boolean {
  return ROUTED.test(name);
}

/** The index of a single expert's tensor (`experts.3.w1.weight` → 3), or null for a stacked or non-expert tensor. */
export function expertIndex(name: string): number | null {
  const match = /(?:^|\.)experts\.(\d+)\./.exec(name);
  return match === null ? null : Number(match[1]);
}

/**
 * The numbered layer (block) a tensor belongs to, as the prefix up to its
 * number: `model.layers.3`, `transformer.h.3`, `gpt_neox.layers.3`,
 * `encoder.layer.3`, `blk.3` (GGUF), `blocks.3`. Null outside any layer
 * (embeddings, final norm, head). The first numbered segment of one of
 * these names wins, so `model.layers.3.mlp.experts.7.w1` is in `model.layers.3`.
 */
export function layerOf(name: string): { key: string; prefix: string; index: number } | null {
  const match = /(?:^|\.)(layers|layer|h|blocks|block|blk)\.(\d+)(?:\.|$)/.exec(name);
  if (match === null) return null;
  const [whole, container = '', index = '0'] = match;
  const start = match.index + (whole.startsWith('.') ? 1 : 0);
  const prefix = name.slice(0, start + container.length);
  return { key: `${prefix}.${index}`, prefix, index: Number(index) };
}

/** The name of the bias that belongs to a weight: `x.weight` → `x.bias`, `experts.gate_up_proj` → `experts.gate_up_proj_bias`. */
export function biasNameOf(name: string): string {
  return name.endsWith('.weight') ? `${name.slice(0, -'.weight'.length)}.bias` : `${name}_bias`;
}
