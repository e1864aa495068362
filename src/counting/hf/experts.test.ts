import { describe, expect, it } from 'vitest';
import { ConfigError, gptSpecFromHfConfig } from '../index.js';
import { attention, count, example, part, rounds, swiglu } from './test-helpers.js';

/**
 * The mixtures of experts against their transformers modelling code: a real
 * model's config.json values; the totals and what one token uses (`active`,
 * counting the embedding table whole) worked out here from the architecture.
 */
describe('mixtral: num_local_experts SwiGLU experts of intermediate_size and a router, no biases', () => {
  const c = example('mistralai/Mixtral-8x7B-v0.1');
  const d = c.hidden_size;
  const byHand = (experts: number) =>
    32 * (attention(d, 32, 8, 128) + 8 * d + experts * swiglu(d, 14_336) + 2 * d) + d + 2 * 32_000 * d;

  it('Mixtral‑8x7B: 46,702,792,704, 12,879,925,248 a token (Mistral AI: 46.7B total, 12.9B active)', () => {
    const { parameters, active } = count(c);
    expect(parameters).toBe(byHand(8));
    expect(active.parameters).toBe(byHand(2));
    expect(rounds(parameters, '46.7B') && rounds(active.parameters, '12.9B')).toBe(true);
  });
});

describe('qwen2_moe: a shared expert and its one-neuron gate beside the routed ones (Qwen2MoeSparseMoeBlock)', () => {
  // Qwen/Qwen1.5-MoE-A2.7B's config.json.
  const c = {
    model_type: 'qwen2_moe',
    decoder_sparse_step: 1,
    hidden_size: 2048,
    intermediate_size: 5632,
    max_position_embeddings: 8192,
    moe_intermediate_size: 1408,
    norm_topk_prob: false,
    num_attention_heads: 16,
    num_experts: 60,
    num_experts_per_tok: 4,
    num_hidden_layers: 24,
    num_key_value_heads: 16,
    rms_norm_eps: 1e-6,
    shared_expert_intermediate_size: 5632,
    sliding_window: 32768,
    tie_word_embeddings: false,
    use_sliding_window: false,
    vocab_size: 151936,
  };
  const d = 2048;
  const qkvBias = 3 * d;
  const sparse = (experts: number) =>
    attention(d, 16, 16, 128) + qkvBias + 2 * d + 60 * d + experts * swiglu(d, 1408) + swiglu(d, 5632) + d;
  const outside = d + 2 * 151_936 * d;

  it('Qwen1.5‑MoE‑A2.7B: 14,315,784,192, 2,689,173,504 a token (model card: 14.3B, 2.7B activated)', () => {
    const { parameters, active, parts } = count(c);
    expect(parameters).toBe(24 * sparse(60) + outside);
    expect(active.parameters).toBe(24 * sparse(4) + outside);
    expect(rounds(parameters, '14.3B') && rounds(active.parameters, '2.7B')).toBe(true);
    expect(part(parts, 'moe.shared_gate')).toMatchObject({ neurons: 24, synapsesPerNeuron: d });
    expect(part(parts, 'attn.o')!.parameters).toBe(24 * d * d);
  });

  it('blocks in mlp_only_layers, or off the decoder_sparse_step, have one MLP of intermediate_size', () => {
    const dense = attention(d, 16, 16, 128) + qkvBias + 2 * d + swiglu(d, 5632);
    expect(count({ ...c, mlp_only_layers: [0, 5] }).parameters).toBe(22 * sparse(60) + 2 * dense + outside);
    // Step 2: blocks 1, 3, 5, … are sparse, 0, 2, 4, … dense.
    expect(count({ ...c, decoder_sparse_step: 2 }).parameters).toBe(12 * sparse(60) + 12 * dense + outside);
    expect(count({ ...c, num_experts: 0 }).parameters).toBe(24 * dense + outside);
    expect(count({ ...c, qkv_bias: false }).parameters).toBe(24 * (sparse(60) - qkvBias) + outside);
  });
});

describe('qwen3_moe: Qwen3’s attention, routed experts only (Qwen3MoeSparseMoeBlock)', () => {
  const c = example('Qwen/Qwen3-30B-A3B');
  const d = c.hidden_size;
  const byHand = (experts: number) =>
    48 * (attention(d, 32, 4, 128) + 2 * 128 + 2 * d + 128 * d + experts * swiglu(d, 768)) + d + 2 * 151_936 * d;

  it('Qwen3‑30B‑A3B: 30,532,122,624, 3,353,032,704 a token (model card: 30.5B, 3.3B activated)', () => {
    const { parameters, active } = count(c);
    expect(parameters).toBe(byHand(128));
    expect(active.parameters).toBe(byHand(8));
    expect(rounds(parameters, '30.5B')).toBe(true);
    // The card's 3.3B is cut, not rounded: 3.353B.
    expect(Math.floor(active.parameters / 1e8) / 10).toBe(3.3);
  });

  it('no head_dim means hidden_size ÷ num_attention_heads, as Qwen3MoeConfig has none', () => {
    const absent = Object.fromEntries(Object.entries(c).filter(([key]) => key !== 'head_dim'));
    expect(gptSpecFromHfConfig(absent).dHead).toBe(2048 / 32);
  });
});

describe('deepseek_v3: latent attention, three dense blocks, one shared expert (DeepseekV3DecoderLayer)', () => {
  const c = example('deepseek-ai/DeepSeek-V3');
  const d = c.hidden_size;
  const heads = c.num_attention_heads;
  const latentAttention =
    d * 1536 + 1536 + 1536 * heads * (128 + 64) + d * (512 + 64) + 512 + 512 * heads * (128 + 128) + heads * 128 * d;
  const dense = latentAttention + 2 * d + swiglu(d, 18_432);
  const sparse = (experts: number) => latentAttention + 2 * d + 256 * d + experts * swiglu(d, 2048) + swiglu(d, 2048);
  const outside = d + 2 * 129_280 * d;

  it('DeepSeek‑V3: 671,026,404,352, 37,552,282,624 a token (DeepSeek: 671B total, 37B activated)', () => {
    const { parameters, active } = count(c);
    expect(parameters).toBe(3 * dense + 58 * sparse(256) + outside);
    expect(active.parameters).toBe(3 * dense + 58 * sparse(8) + outside);
    expect(rounds(parameters, '671B')).toBe(true);
    // DeepSeek's 37B leaves the token embedding out, as one token reads one row of it.
    expect(rounds(active.parameters - 129_280 * d, '37B')).toBe(true);
  });

  it('counts neither the router’s e_score_correction_bias (a buffer) nor the multi-token-prediction block', () => {
    const { parts } = count(c);
    expect(part(parts, 'moe.router')!.parameters).toBe(58 * 256 * d);
    expect(count({ ...c, num_nextn_predict_layers: 3 }).parameters).toBe(count(c).parameters);
  });

  it('n_shared_experts are one MLP n_shared_experts × moe_intermediate_size wide, as the weights hold them', () => {
    const { parts } = count({ ...c, n_shared_experts: 2 });
    expect(part(parts, 'moe.shared.up')).toMatchObject({ neurons: 58 * 2 * 2048, synapsesPerNeuron: d });
    expect(part(parts, 'moe.shared.down')).toMatchObject({ neurons: 58 * d, synapsesPerNeuron: 2 * 2048 });
    expect(part(count({ ...c, n_shared_experts: 0 }).parts, 'moe.shared.up')).toBeUndefined();
  });

  it('q_lora_rank null projects queries from hidden_size; attention_bias adds biases to the down-projections and o', () => {
    const direct = count({ ...c, q_lora_rank: null }).parameters;
    expect(count(c).parameters - direct).toBe(61 * (d * 1536 + 1536 + 1536 * heads * 192 - d * heads * 192));
    expect(count({ ...c, attention_bias: true }).parameters - count(c).parameters).toBe(61 * (1536 + 576 + d));
  });

  it('first_k_dense_replace past the blocks makes them all dense; moe_layer_freq other than 1 is refused', () => {
    const allDense = count({ ...c, first_k_dense_replace: 99 });
    expect(allDense.parameters).toBe(61 * dense + outside);
    expect(allDense.active).toEqual({
      neurons: allDense.neurons,
      synapses: allDense.synapses,
      parameters: allDense.parameters,
    });
    expect(() => count({ ...c, moe_layer_freq: 2 })).toThrow('moe_layer_freq must be 1');
  });
});

describe('gpt_oss: biased experts and router, attention sinks (GptOssExperts, GptOssTopKRouter, GptOssAttention)', () => {
  const c = example('openai/gpt-oss-20b');
  const d = c.hidden_size;
  const ff = c.intermediate_size;
  const attentionWithBiases = attention(d, 64, 8, 64) + 64 * 64 + 2 * 8 * 64 + d;
  const expert = 2 * ff * d + 2 * ff + ff * d + d; // gate_up_proj and its bias, down_proj and its bias
  const block = (experts: number) => attentionWithBiases + 64 + 2 * d + (32 * d + 32) + experts * expert;
  const outside = d + 2 * 201_088 * d;

  it('gpt‑oss‑20b: 20,914,757,184, 4,187,440,704 a token (OpenAI: 20.91B total, 3.61B active)', () => {
    const { parameters, active } = count(c);
    expect(parameters).toBe(24 * block(32) + outside);
    expect(active.parameters).toBe(24 * block(4) + outside);
    expect(rounds(parameters, '20.91B')).toBe(true);
    // OpenAI's 3.61B leaves the token embedding out.
    expect(rounds(active.parameters - 201_088 * d, '3.61B')).toBe(true);
  });

  it('sinks are one parameter a head; the router has a bias per expert', () => {
    const { parts } = count(c);
    expect(part(parts, 'attn.sinks')).toMatchObject({ neurons: 0, parameters: 24 * 64 });
    expect(part(parts, 'moe.router')).toMatchObject({ neurons: 24 * 32, parameters: 24 * (32 * d + 32) });
  });
});

describe('an expert config that cannot be counted throws a ConfigError naming the key', () => {
  const mixtral = example('mistralai/Mixtral-8x7B-v0.1');
  const qwen = example('Qwen/Qwen3-30B-A3B');
  const deepseek = example('deepseek-ai/DeepSeek-V3');

  it.each<[string, unknown, string]>([
    [
      'more experts a token than there are',
      { ...mixtral, num_experts_per_tok: 9 },
      'num_experts_per_tok (9) must be at most num_local_experts (8)',
    ],
    ['no expert count', { ...mixtral, num_local_experts: null }, 'num_local_experts is missing'],
    [
      'dense layers that are not a list',
      { ...qwen, mlp_only_layers: '0,1' },
      'mlp_only_layers must be a list of layer numbers, got "0,1"',
    ],
    [
      'dense layers that are not numbers',
      { ...qwen, mlp_only_layers: [0, 'one'] },
      'mlp_only_layers must be a list of layer numbers, but holds "one"',
    ],
    ['a sparse step of 0', { ...qwen, decoder_sparse_step: 0 }, 'decoder_sparse_step must be a whole number'],
    ['a latent of no width', { ...deepseek, kv_lora_rank: 0 }, 'kv_lora_rank must be a whole number of at least 1'],
    ['negative shared experts', { ...deepseek, n_shared_experts: -1 }, 'n_shared_experts must be a whole number'],
    ['experts past what a number holds', { ...deepseek, n_routed_experts: 2 ** 40 }, 'n_routed_experts makes a total'],
  ])('%s', (_, config, message) => {
    const attempt = () => gptSpecFromHfConfig(config);
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(message);
  });
});
