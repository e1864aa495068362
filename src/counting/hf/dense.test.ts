import { describe, expect, it } from 'vitest';
import { gptSpecFromHfConfig } from '../index.js';
import { attention, count, example, part, rounds, swiglu } from './test-helpers.js';

/**
 * Each family against its transformers modelling code: a real model's
 * config.json values, and the count worked out here from the architecture
 * as that code builds it, not taken from the library.
 */
describe('qwen2: biases on q, k and v, none on o (Qwen2Attention)', () => {
  const c = example('Qwen/Qwen2.5-7B');
  const d = c.hidden_size;
  const dh = d / c.num_attention_heads;

  it('Qwen2.5‑7B: 7,615,616,512 (model card: 7.61B)', () => {
    const block = attention(d, c.num_attention_heads, c.num_key_value_heads, dh, true) + swiglu(d, c.intermediate_size);
    const byHand = c.num_hidden_layers * (block + 2 * d) + d + 2 * c.vocab_size * d;
    expect(count(c).parameters).toBe(byHand);
    expect(byHand).toBe(7_615_616_512);
    // The card's 7.61B is cut, not rounded (7.6156B); its non-embedding 6.53B rounds.
    expect(rounds(byHand - 2 * c.vocab_size * d, '6.53B')).toBe(true);
  });

  it('the output projection has no bias, whatever attention_bias says', () => {
    const { parts } = count({ ...c, attention_bias: true });
    expect(part(parts, 'attn.o')!.parameters).toBe(c.num_hidden_layers * d * d);
    expect(part(parts, 'attn.k')!.parameters).toBe(c.num_hidden_layers * (4 * dh * d + 4 * dh));
  });

  it('Qwen2.5‑0.5B’s sizes tie the head (tie_word_embeddings true): 494,032,768', () => {
    const small = { ...c, hidden_size: 896, intermediate_size: 4864, num_hidden_layers: 24, num_attention_heads: 14 };
    const config = { ...small, num_key_value_heads: 2, vocab_size: 151_936, tie_word_embeddings: true };
    const block = attention(896, 14, 2, 64, true) + swiglu(896, 4864) + 2 * 896;
    expect(count(config).parameters).toBe(24 * block + 896 + 151_936 * 896);
    expect(count(config).parameters).toBe(494_032_768);
  });
});

describe('qwen3: q_norm and k_norm of head_dim in every block (Qwen3Attention)', () => {
  // Qwen/Qwen3-8B's config.json.
  const c = {
    model_type: 'qwen3',
    attention_bias: false,
    head_dim: 128,
    hidden_size: 4096,
    intermediate_size: 12288,
    max_position_embeddings: 40960,
    num_attention_heads: 32,
    num_hidden_layers: 36,
    num_key_value_heads: 8,
    rms_norm_eps: 1e-6,
    rope_theta: 1000000,
    tie_word_embeddings: false,
    vocab_size: 151936,
  };

  it('Qwen3‑8B: 8,190,735,360 (model card: 8.2B, 6.95B without embeddings)', () => {
    const d = c.hidden_size;
    const block = attention(d, 32, 8, 128) + 2 * 128 + swiglu(d, c.intermediate_size) + 2 * d;
    const byHand = 36 * block + d + 2 * c.vocab_size * d;
    expect(count(c).parameters).toBe(byHand);
    expect(byHand).toBe(8_190_735_360);
    expect(rounds(byHand, '8.2B') && rounds(byHand - 2 * c.vocab_size * d, '6.95B')).toBe(true);
  });

  it('head_dim is 128 when absent, not hidden ÷ heads; attention_bias puts a bias on all four', () => {
    const absent = Object.fromEntries(Object.entries(c).filter(([key]) => key !== 'head_dim'));
    expect(gptSpecFromHfConfig(absent).dHead).toBe(128);
    const biased = count({ ...c, attention_bias: true }).parameters - count(c).parameters;
    expect(biased).toBe(36 * (32 * 128 + 2 * 8 * 128 + 4096));
  });
});

describe('gemma: a tied head unless said otherwise, head_dim 256', () => {
  // google/gemma-7b's config.json: no tie_word_embeddings key at all.
  const c = {
    model_type: 'gemma',
    attention_bias: false,
    head_dim: 256,
    hidden_act: 'gelu',
    hidden_size: 3072,
    intermediate_size: 24576,
    max_position_embeddings: 8192,
    num_attention_heads: 16,
    num_hidden_layers: 28,
    num_key_value_heads: 16,
    rms_norm_eps: 1e-6,
    vocab_size: 256000,
  };

  it('gemma‑7b: 8,537,680,896, the head tied to the embedding', () => {
    const d = c.hidden_size;
    const block = attention(d, 16, 16, 256) + swiglu(d, c.intermediate_size) + 2 * d;
    const byHand = 28 * block + d + c.vocab_size * d;
    expect(count(c).parameters).toBe(byHand);
    expect(byHand).toBe(8_537_680_896);
    expect(part(count(c).parts, 'lm_head')).toBeUndefined();
    expect(count({ ...c, tie_word_embeddings: false }).parameters - byHand).toBe(c.vocab_size * d);
  });
});

describe('gemma2: four norms a block, before and after attention and the MLP (Gemma2DecoderLayer)', () => {
  const c = example('google/gemma-2-2b');

  it('gemma‑2‑2b: 2,614,341,888 (Gemma 2 report: 2,024,517,888 without the embedding)', () => {
    const d = c.hidden_size;
    const block = attention(d, 8, 4, 256) + swiglu(d, c.intermediate_size) + 4 * d;
    const nonEmbedding = 26 * block + d;
    expect(nonEmbedding).toBe(2_024_517_888);
    expect(count(c).parameters).toBe(nonEmbedding + c.vocab_size * d);
    const norms = count(c).parts.filter((p) => p.name.startsWith('norm.') && p.name !== 'norm.final');
    expect(norms.map((p) => p.name)).toEqual(['norm.attn', 'norm.attn.post', 'norm.mlp', 'norm.mlp.post']);
  });
});

describe('gemma3_text: Gemma 2’s four norms, and q/k norms of head_dim (Gemma3Attention)', () => {
  // google/gemma-3-1b-pt's config.json.
  const c = {
    model_type: 'gemma3_text',
    attention_bias: false,
    head_dim: 256,
    hidden_size: 1152,
    intermediate_size: 6912,
    max_position_embeddings: 32768,
    num_attention_heads: 4,
    num_hidden_layers: 26,
    num_key_value_heads: 1,
    query_pre_attn_scalar: 256,
    rms_norm_eps: 1e-6,
    sliding_window: 512,
    sliding_window_pattern: 6,
    vocab_size: 262144,
  };
  const byHand = (d: number, ff: number, layers: number, heads: number, kv: number) =>
    layers * (attention(d, heads, kv, 256) + 2 * 256 + swiglu(d, ff) + 4 * d) + d;

  it('gemma‑3‑1b: 999,885,952 (Gemma 3 report: 302M embedding, 698M other)', () => {
    const nonEmbedding = byHand(1152, 6912, 26, 4, 1);
    expect(count(c).parameters).toBe(nonEmbedding + 262_144 * 1152);
    expect(count(c).parameters).toBe(999_885_952);
    expect(rounds(nonEmbedding, '698M') && rounds(262_144 * 1152, '302M')).toBe(true);
  });

  it('sliding-window layers change no count', () => {
    const windows = {
      sliding_window: 4096,
      sliding_window_pattern: 2,
      layer_types: Array(26).fill('sliding_attention'),
    };
    expect(count({ ...c, ...windows }).parameters).toBe(count(c).parameters);
  });

  it('gemma‑3‑4b’s text_config, its defaults written in: 3,209M without the embedding (Gemma 3 report)', () => {
    const config = { ...c, hidden_size: 2560, intermediate_size: 10240, num_hidden_layers: 34 };
    const text = { ...config, num_attention_heads: 8, num_key_value_heads: 4, vocab_size: 262_208 };
    const nonEmbedding = byHand(2560, 10240, 34, 8, 4);
    expect(count(text).parameters).toBe(nonEmbedding + 262_208 * 2560);
    expect(rounds(nonEmbedding, '3,209M')).toBe(true);
  });
});

describe('phi3: fused qkv_proj and gate_up_proj, the same neurons as apart (Phi3Attention, Phi3MLP)', () => {
  // microsoft/Phi-3-mini-4k-instruct's config.json.
  const c = {
    model_type: 'phi3',
    attention_bias: false,
    hidden_size: 3072,
    intermediate_size: 8192,
    max_position_embeddings: 4096,
    num_attention_heads: 32,
    num_hidden_layers: 32,
    num_key_value_heads: 32,
    original_max_position_embeddings: 4096,
    rms_norm_eps: 1e-5,
    rope_scaling: null,
    sliding_window: 2047,
    tie_word_embeddings: false,
    vocab_size: 32064,
  };

  it('Phi‑3‑mini: 3,821,079,552 (Abdin et al. 2024: 3.8B)', () => {
    const d = c.hidden_size;
    const qkvProj = (32 * 96 + 2 * 32 * 96) * d; // one matrix: op_size rows
    const gateUpProj = 2 * c.intermediate_size * d;
    const block = qkvProj + d * d + gateUpProj + c.intermediate_size * d + 2 * d;
    const byHand = 32 * block + d + 2 * c.vocab_size * d;
    expect(count(c).parameters).toBe(byHand);
    expect(byHand).toBe(3_821_079_552);
    expect(rounds(byHand, '3.8B')).toBe(true);
    const { parts } = count(c);
    expect(part(parts, 'attn.q')!.neurons + part(parts, 'attn.k')!.neurons + part(parts, 'attn.v')!.neurons).toBe(
      32 * (32 * 96 + 2 * 32 * 96),
    );
  });
});

describe('olmo2: norms after attention and the MLP, q/k norms over all heads (Olmo2Attention)', () => {
  // allenai/OLMo-2-1124-7B's config.json.
  const c = {
    model_type: 'olmo2',
    attention_bias: false,
    hidden_size: 4096,
    intermediate_size: 11008,
    max_position_embeddings: 4096,
    num_attention_heads: 32,
    num_hidden_layers: 32,
    num_key_value_heads: 32,
    rms_norm_eps: 1e-6,
    tie_word_embeddings: false,
    vocab_size: 100352,
  };

  it('OLMo‑2‑1124‑7B: 7,298,617,344 (the Hub: 7.3B)', () => {
    const d = c.hidden_size;
    const qkNorms = 32 * 128 + 32 * 128; // q_norm over heads × head_dim, k_norm over key/value heads × head_dim
    const block = attention(d, 32, 32, 128) + qkNorms + swiglu(d, c.intermediate_size) + 2 * d;
    const byHand = 32 * block + d + 2 * c.vocab_size * d;
    expect(count(c).parameters).toBe(byHand);
    expect(byHand).toBe(7_298_617_344);
    expect(rounds(byHand, '7.3B')).toBe(true);
  });

  it('its k_norm spans the key/value heads only, and no norm sits before attention', () => {
    const { parts } = count({ ...c, num_key_value_heads: 8 });
    expect(part(parts, 'norm.k')!.parameters).toBe(32 * 8 * 128);
    expect(part(parts, 'norm.q')!.parameters).toBe(32 * 32 * 128);
    expect(part(parts, 'norm.attn')).toBeUndefined();
  });
});

describe('llama 3: grouped-query attention and a 128,256-token vocabulary', () => {
  // meta-llama/Meta-Llama-3-8B's config.json.
  const c = {
    model_type: 'llama',
    attention_bias: false,
    hidden_size: 4096,
    intermediate_size: 14336,
    max_position_embeddings: 8192,
    num_attention_heads: 32,
    num_hidden_layers: 32,
    num_key_value_heads: 8,
    rms_norm_eps: 1e-5,
    rope_theta: 500000.0,
    tie_word_embeddings: false,
    vocab_size: 128256,
  };

  it('Llama 3 8B: 8,030,261,248 (model card: 8B)', () => {
    const d = c.hidden_size;
    const byHand = 32 * (attention(d, 32, 8, 128) + swiglu(d, 14336) + 2 * d) + d + 2 * 128_256 * d;
    expect(count(c).parameters).toBe(byHand);
    expect(byHand).toBe(8_030_261_248);
  });
});
