import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countAttentionCircuits, countGpt, countGptBlock, type GptSpec, type Part } from './index.js';
import { sumOfParts } from './test-helpers.js';

const part = (parts: Part[], name: string) => parts.find((p) => p.name === name);
const names = (spec: GptSpec) => countGptBlock(spec).parts.map((p) => p.name);
const LLAMA_LIKE: GptSpec = {
  dModel: 256,
  nLayers: 3,
  nHeads: 8,
  nKvHeads: 2,
  dHead: 48,
  dFF: 512,
  mlp: 'gated',
  bias: false,
  norm: 'rmsnorm',
  positions: 'rotary',
};

describe('an explicit head width is used by every projection it sizes', () => {
  it('Q has heads × d_head neurons, K and V key/value heads × d_head, O takes heads × d_head synapses', () => {
    const { parts } = countGptBlock(LLAMA_LIKE);
    expect(part(parts, 'attn.q')).toMatchObject({ neurons: 8 * 48, synapsesPerNeuron: 256 });
    expect(part(parts, 'attn.k')).toMatchObject({ neurons: 2 * 48, synapsesPerNeuron: 256 });
    expect(part(parts, 'attn.v')).toMatchObject({ neurons: 2 * 48, synapsesPerNeuron: 256 });
    expect(part(parts, 'attn.o')).toMatchObject({ neurons: 256, synapsesPerNeuron: 8 * 48 });
    expect(part(countGptBlock({ ...LLAMA_LIKE, qkNorm: 'head' }).parts, 'norm.q')!.parameters).toBe(48);
  });
});

describe('attention biases', () => {
  it('on queries, keys and values only (Qwen2): one per Q, K and V neuron, none on the output', () => {
    const none = countGptBlock(LLAMA_LIKE);
    const qkv = countGptBlock({ ...LLAMA_LIKE, attentionBias: 'qkv' });
    const all = countGptBlock({ ...LLAMA_LIKE, attentionBias: true });
    expect(qkv.parameters - none.parameters).toBe(8 * 48 + 2 * 2 * 48);
    expect(all.parameters - qkv.parameters).toBe(256);
    expect(part(qkv.parts, 'attn.o')!.parameters).toBe(256 * 8 * 48);
    expect(qkv.synapses).toBe(none.synapses);
  });
});

describe('norms', () => {
  it('q/k norms per head (Qwen3, Gemma 3) add d_head twice a block; over all heads (OLMo 2) the Q and K widths', () => {
    const base = countGpt(LLAMA_LIKE).parameters;
    expect(countGpt({ ...LLAMA_LIKE, qkNorm: 'head' }).parameters - base).toBe(3 * 2 * 48);
    expect(countGpt({ ...LLAMA_LIKE, qkNorm: 'full' }).parameters - base).toBe(3 * (8 * 48 + 2 * 48));
    expect(
      countGpt({ ...LLAMA_LIKE, qkNorm: 'full', norm: 'layernorm' }).parts.find((p) => p.name === 'norm.k'),
    ).toMatchObject({ neurons: 0, parameters: 3 * 2 * 2 * 48 });
  });

  it('after attention and the MLP (OLMo 2) counts as before them; before and after (Gemma 2) doubles', () => {
    const pre = countGpt(LLAMA_LIKE).parameters;
    expect(countGpt({ ...LLAMA_LIKE, blockNorms: 'post' }).parameters).toBe(pre);
    expect(countGpt({ ...LLAMA_LIKE, blockNorms: 'sandwich' }).parameters - pre).toBe(3 * 2 * 256);
    expect(names({ ...LLAMA_LIKE, blockNorms: 'post', qkNorm: 'full' })).toEqual([
      'attn.q',
      'attn.k',
      'attn.v',
      'attn.o',
      'norm.q',
      'norm.k',
      'norm.attn.post',
      'mlp.gate',
      'mlp.up',
      'mlp.down',
      'norm.mlp.post',
    ]);
    expect(names({ ...LLAMA_LIKE, blockNorms: 'sandwich' }).filter((n) => n.startsWith('norm.'))).toEqual([
      'norm.attn',
      'norm.attn.post',
      'norm.mlp',
      'norm.mlp.post',
    ]);
  });
});

describe('attention sinks (gpt-oss)', () => {
  it('are one parameter per head a block, and no neurons', () => {
    const plain = countGpt(LLAMA_LIKE);
    const sinks = countGpt({ ...LLAMA_LIKE, attentionSinks: true });
    expect(sinks.parameters - plain.parameters).toBe(3 * 8);
    expect(sinks.neurons).toBe(plain.neurons);
    expect(part(sinks.parts, 'attn.sinks')).toMatchObject({ neurons: 0, parameters: 3 * 8 });
  });
});

describe('multi-head latent attention (DeepSeek‑V3)', () => {
  // DeepSeek‑V3's config.json: hidden 7,168, 128 heads, q_lora_rank 1,536, kv_lora_rank 512,
  // qk_nope_head_dim 128, qk_rope_head_dim 64, v_head_dim 128, no attention biases, RMSNorm.
  const d = 7168;
  const heads = 128;
  const latent = { qLoraRank: 1536, kvLoraRank: 512, qkNopeHeadDim: 128, qkRopeHeadDim: 64, vHeadDim: 128 };
  const spec: GptSpec = { ...LLAMA_LIKE, dModel: d, nHeads: heads, nKvHeads: heads, latentAttention: latent };
  delete spec.dHead;

  it('projects down to the latents, normalises them and projects up to the heads', () => {
    const { parts } = countGptBlock(spec);
    expect(part(parts, 'attn.q_a')).toMatchObject({ neurons: 1536, synapsesPerNeuron: d });
    expect(part(parts, 'norm.q_a')!.parameters).toBe(1536);
    expect(part(parts, 'attn.q_b')).toMatchObject({ neurons: heads * (128 + 64), synapsesPerNeuron: 1536 });
    expect(part(parts, 'attn.kv_a')).toMatchObject({ neurons: 512 + 64, synapsesPerNeuron: d });
    expect(part(parts, 'norm.kv_a')!.parameters).toBe(512);
    expect(part(parts, 'attn.kv_b')).toMatchObject({ neurons: heads * (128 + 128), synapsesPerNeuron: 512 });
    expect(part(parts, 'attn.o')).toMatchObject({ neurons: d, synapsesPerNeuron: heads * 128 });
    const attention = parts.filter((p) => p.name.startsWith('attn.') || p.name.endsWith('_a'));
    const byHand = 1536 * d + 1536 + heads * 192 * 1536 + (512 + 64) * d + 512 + heads * 256 * 512 + d * heads * 128;
    expect(attention.reduce((a, p) => a + p.parameters, 0)).toBe(byHand);
    expect(byHand).toBe(187_107_328);
    sumOfParts(countGptBlock(spec));
  });

  it('without a query latent (DeepSeek‑V2‑Lite) projects queries straight from d_model, with no bias', () => {
    const direct = { ...latent, qLoraRank: undefined };
    const { parts } = countGptBlock({ ...spec, latentAttention: direct, attentionBias: true });
    expect(part(parts, 'attn.q')).toMatchObject({
      neurons: heads * 192,
      synapsesPerNeuron: d,
      parameters: heads * 192 * d,
    });
    expect(part(parts, 'attn.q_a')).toBeUndefined();
    expect(part(parts, 'attn.kv_a')!.parameters).toBe((512 + 64) * (d + 1));
  });

  it('biases sit on the two down-projections and the output', () => {
    const diff = countGptBlock({ ...spec, attentionBias: true }).parameters - countGptBlock(spec).parameters;
    expect(diff).toBe(1536 + (512 + 64) + d);
  });

  it('has no separate key and value projections to make circuits of, and has its own norms', () => {
    expect(() => countAttentionCircuits(spec)).toThrow(/^latentAttention has no separate key and value projections/);
    expect(() => countGpt({ ...spec, qkNorm: 'head' })).toThrow(/^qkNorm must be 'none' with latent attention/);
    expect(() => countGpt({ ...spec, latentAttention: { ...latent, kvLoraRank: 0 } })).toThrow(
      /^latentAttention\.kvLoraRank must be at least 1/,
    );
  });
});

describe('every variant keeps the invariants', () => {
  it('parts sum to the totals, whatever the attention', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(true, false, 'qkv' as const),
        fc.constantFrom('none', 'head', 'full') as fc.Arbitrary<'none' | 'head' | 'full'>,
        fc.constantFrom('pre', 'post', 'sandwich') as fc.Arbitrary<'pre' | 'post' | 'sandwich'>,
        fc.boolean(),
        fc.integer({ min: 1, max: 128 }),
        (attentionBias, qkNorm, blockNorms, attentionSinks, dHead) => {
          const spec = { ...LLAMA_LIKE, attentionBias, qkNorm, blockNorms, attentionSinks, dHead };
          sumOfParts(countGpt(spec));
          sumOfParts(countGptBlock(spec));
        },
      ),
    );
  });
});
