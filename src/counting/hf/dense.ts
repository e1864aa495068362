import type { GptSpec } from '../gpt-spec.js';
import type { Fields } from './fields.js';
import { HF_KEYS, type Reader } from './reader.js';

/**
 * What a Llama-style family's config class and modelling code decide beyond
 * the sizes: every such family has a gated MLP (gate, up, down; Phi‑3 fuses
 * gate and up into one matrix, and Q, K, V into another, which changes no
 * count), RMSNorm-style norms of one weight per feature (Gemma's `1 + w` is
 * still one weight), rotary positions (no parameters) and no MLP biases
 * unless said here. Sliding-window layers change no count.
 */
export interface Family {
  /** num_key_value_heads when the key is absent; null always means one per query head. */
  kvHeads: number | 'heads';
  /** head_dim when the key is absent: a number, or hidden_size ÷ num_attention_heads (which must then divide). */
  headDim: number | 'divide';
  /** tie_word_embeddings when absent: the defaults differ per family. */
  tied: boolean;
  /** Which attention projections have biases; default none. */
  attentionBias?: (f: Fields) => boolean | 'qkv';
  mlpBias?: (f: Fields) => boolean;
  blockNorms?: GptSpec['blockNorms'];
  qkNorm?: GptSpec['qkNorm'];
  /** LlamaConfig checks hidden_size ÷ num_attention_heads even when head_dim is given. */
  alwaysDivides?: boolean;
}

/** The spec of a Llama-style decoder, read as `family` decides. */
export function decoder(f: Fields, family: Family): GptSpec {
  const dModel = f.size('hidden_size');
  const nHeads = f.size('num_attention_heads');
  const given = f.has('head_dim');
  const fallback = family.headDim === 'divide' || f.isNull('head_dim') ? undefined : family.headDim;
  if (family.alwaysDivides || (!given && fallback === undefined)) {
    f.divides('num_attention_heads', nHeads, 'hidden_size', dModel);
  }
  const kvDefault = family.kvHeads === 'heads' || f.isNull('num_key_value_heads') ? nHeads : family.kvHeads;
  const nKvHeads = f.size('num_key_value_heads', kvDefault);
  f.divides('num_key_value_heads', nKvHeads, 'num_attention_heads', nHeads);
  return {
    dModel,
    nLayers: f.size('num_hidden_layers'),
    nHeads,
    nKvHeads,
    dHead: given ? f.size('head_dim') : (fallback ?? dModel / nHeads),
    dFF: f.size('intermediate_size'),
    mlp: 'gated',
    attentionBias: family.attentionBias?.(f) ?? false,
    mlpBias: family.mlpBias?.(f) ?? false,
    norm: 'rmsnorm',
    blockNorms: family.blockNorms ?? 'pre',
    qkNorm: family.qkNorm ?? 'none',
    vocabSize: f.size('vocab_size'),
    positions: 'rotary',
    tiedEmbeddings: f.flag('tie_word_embeddings', family.tied),
  };
}

/** `attention_bias` (default false) on all four projections, as LlamaAttention and its kin read it. */
export const attentionBiasFlag = (f: Fields) => f.flag('attention_bias', false);

/**
 * The dense Llama-style families, each as its transformers modelling code
 * builds it (models/<type>/modeling_<type>.py and configuration_<type>.py):
 *
 * - llama: `attention_bias` and `mlp_bias` (default false), one key/value head per query head by default.
 * - mistral: no biases whatever the config says; 8 key/value heads when the key is absent.
 * - qwen2: biases on q, k and v always, none on o (Qwen2Attention); 32 key/value heads when absent.
 * - qwen3: `attention_bias` on all four; q_norm and k_norm of head_dim (default 128) in every block.
 * - gemma: head_dim 256 and a tied head by default; embed_scale is a buffer, not a parameter.
 * - gemma2: four norms a block (before and after attention and the MLP).
 * - gemma3_text: Gemma 2's four norms plus q_norm and k_norm of head_dim.
 * - phi3: fused qkv_proj and gate_up_proj, no biases.
 * - olmo2: no norm before attention or the MLP but one after each; q_norm over all the query
 *   features and k_norm over all the key features; `attention_bias` on all four.
 */
const FAMILIES: Readonly<Record<string, Family>> = {
  llama: {
    kvHeads: 'heads',
    headDim: 'divide',
    tied: false,
    attentionBias: attentionBiasFlag,
    mlpBias: (f) => f.flag('mlp_bias', false),
    alwaysDivides: true,
  },
  mistral: { kvHeads: 8, headDim: 'divide', tied: false },
  qwen2: { kvHeads: 32, headDim: 'divide', tied: false, attentionBias: () => 'qkv' },
  qwen3: { kvHeads: 32, headDim: 128, tied: false, attentionBias: attentionBiasFlag, qkNorm: 'head' },
  gemma: { kvHeads: 16, headDim: 256, tied: true, attentionBias: attentionBiasFlag },
  gemma2: { kvHeads: 4, headDim: 256, tied: true, attentionBias: attentionBiasFlag, blockNorms: 'sandwich' },
  gemma3_text: {
    kvHeads: 4,
    headDim: 256,
    tied: true,
    attentionBias: attentionBiasFlag,
    blockNorms: 'sandwich',
    qkNorm: 'head',
  },
  phi3: { kvHeads: 'heads', headDim: 'divide', tied: false },
  olmo2: {
    kvHeads: 'heads',
    headDim: 'divide',
    tied: false,
    attentionBias: attentionBiasFlag,
    blockNorms: 'post',
    qkNorm: 'full',
  },
};

export const DENSE_READERS: Readonly<Record<string, Reader>> = Object.fromEntries(
  Object.entries(FAMILIES).map(([type, family]) => [type, { read: (f: Fields) => decoder(f, family), keys: HF_KEYS }]),
);
