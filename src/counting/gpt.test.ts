import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countAttentionCircuits, countGpt, countGptBlock, type GptSpec, type Part } from './index.js';
import { sumOfParts } from './test-helpers.js';

const GPT3: GptSpec = { dModel: 12_288, nLayers: 96, nHeads: 96 };
const part = (parts: Part[], name: string) => parts.find((p) => p.name === name)!;
const sumOf = (parts: Part[], prefix: string, key: 'neurons' | 'synapses') =>
  parts.filter((p) => p.name.startsWith(prefix)).reduce((a, p) => a + p[key], 0);

describe("the seed's GPT‑3 figures (d_model = 12,288, 96 blocks)", () => {
  const block = countGptBlock(GPT3);

  it('MLP per block: 49,152 key + 12,288 value neurons, 1,207,959,552 synapses', () => {
    expect(part(block.parts, 'mlp.key')).toMatchObject({ neurons: 49_152, synapsesPerNeuron: 12_288 });
    expect(part(block.parts, 'mlp.value')).toMatchObject({ neurons: 12_288, synapsesPerNeuron: 49_152 });
    expect(sumOf(block.parts, 'mlp.', 'synapses')).toBe(1_207_959_552);
  });

  // The seed prints 61,440 attention neurons "= 12,288 × 4"; the product is 49,152.
  it('attention per block: 4 × 12,288 = 49,152 neurons of 12,288 synapses, 603,979,776 synapses', () => {
    expect(sumOf(block.parts, 'attn.', 'neurons')).toBe(4 * 12_288);
    expect(sumOf(block.parts, 'attn.', 'synapses')).toBe(603_979_776);
    for (const name of ['attn.q', 'attn.k', 'attn.v', 'attn.o']) {
      expect(part(block.parts, name).synapsesPerNeuron).toBe(12_288);
    }
  });

  // The seed's 11,796,480 neurons and 14,745 synapses per neuron carry its 61,440 slip forward.
  it('the 96 blocks: 173,946,175,488 synapses, 96 × (61,440 + 49,152) neurons, 16,384 synapses per neuron', () => {
    const model = countGpt(GPT3);
    expect(model.synapses).toBe(173_946_175_488);
    expect(model.neurons).toBe(96 * (61_440 + 49_152));
    expect(model.synapsesPerNeuron).toBe((4 * 12_288) / 3);
  });

  it('parameters add biases, norms and embeddings: 174,604,259,328 (the paper’s “175B”)', () => {
    // Per block 13·d (9·d biases, 4·d LayerNorm), final norm 2·d, 50,257 tokens and 2,048 positions of d each.
    const d = 12_288;
    expect(countGpt(GPT3).parameters).toBe(173_946_175_488 + 96 * 13 * d + 2 * d + 50_257 * d + 2_048 * d);
  });
});

describe('countGpt against published PyTorch / Hugging Face counts', () => {
  it('GPT‑2 small (gpt2): 124,439,808 parameters', () => {
    expect(countGpt({ dModel: 768, nLayers: 12, nHeads: 12, contextLength: 1024 }).parameters).toBe(124_439_808);
  });

  it('Llama‑2 7B: gated MLP, RMSNorm, no biases, rotary, untied head: 6,738,415,616', () => {
    const llama: GptSpec = {
      dModel: 4096,
      nLayers: 32,
      nHeads: 32,
      dFF: 11_008,
      mlp: 'gated',
      bias: false,
      norm: 'rmsnorm',
      vocabSize: 32_000,
      positions: 'rotary',
      tiedEmbeddings: false,
    };
    expect(countGpt(llama).parameters).toBe(6_738_415_616);
  });

  it('Mistral 7B: grouped-query attention with 8 key/value heads: 7,241,732,096', () => {
    const mistral: GptSpec = {
      dModel: 4096,
      nLayers: 32,
      nHeads: 32,
      nKvHeads: 8,
      dFF: 14_336,
      mlp: 'gated',
      bias: false,
      norm: 'rmsnorm',
      vocabSize: 32_000,
      positions: 'rotary',
      tiedEmbeddings: false,
    };
    const count = countGpt(mistral);
    expect(count.parameters).toBe(7_241_732_096);
    expect(part(count.parts, 'attn.k')).toMatchObject({ neurons: 32 * 1024, synapsesPerNeuron: 4096 });
  });
});

describe('invariants', () => {
  const d = fc.integer({ min: 1, max: 64 }).map((x) => 64 * x);
  it('a plain block has 12·d² synapses and its parts sum to its totals', () => {
    fc.assert(
      fc.property(d, fc.constantFrom(1, 2, 4, 8, 16, 32, 64), (dModel, nHeads) => {
        const block = countGptBlock({ dModel, nLayers: 1, nHeads });
        expect(block.synapses).toBe(12 * dModel * dModel);
        sumOfParts(block);
      }),
    );
  });

  it('a model is nLayers blocks, plus an untied head, for neurons and synapses; its parts sum to its totals', () => {
    fc.assert(
      fc.property(d, fc.integer({ min: 1, max: 128 }), fc.boolean(), (dModel, nLayers, tiedEmbeddings) => {
        const spec = { dModel, nLayers, nHeads: 8, tiedEmbeddings };
        const model = countGpt(spec);
        const block = countGptBlock(spec);
        const head = tiedEmbeddings ? 0 : 50_257;
        expect(model.neurons).toBe(nLayers * block.neurons + head);
        expect(model.synapses).toBe(nLayers * block.synapses + head * dModel);
        sumOfParts(model);
      }),
    );
  });

  it('an untied head is a layer of vocab neurons of d synapses; a tied head adds nothing', () => {
    const tied = countGpt({ dModel: 64, nLayers: 2, nHeads: 4 });
    const untied = countGpt({ dModel: 64, nLayers: 2, nHeads: 4, tiedEmbeddings: false });
    expect(untied.parameters - tied.parameters).toBe(50_257 * 64);
    expect(untied.synapses - tied.synapses).toBe(50_257 * 64);
    expect(untied.neurons - tied.neurons).toBe(50_257);
    expect(part(untied.parts, 'lm_head')).toMatchObject({ neurons: 50_257, synapsesPerNeuron: 64 });
    expect(tied.parts.some((p) => p.name === 'lm_head')).toBe(false);
  });

  it('the QK/OV circuit view halves the neurons and keeps the parameters', () => {
    const circuits = countAttentionCircuits(GPT3);
    expect(circuits.neurons).toBe(2 * 12_288);
    expect(circuits.synapses).toBe(2 * 12_288 * 12_288);
    expect(circuits.parameters).toBe(sumOf(countGptBlock(GPT3).parts, 'attn.', 'synapses') + 4 * 12_288);
  });

  it('each circuit carries the parameters of its own two projections, where Q, K, V and O differ in size', () => {
    // Grouped-query attention: 8 heads of 16 for queries, 2 key/value heads, biases on q, k and v only.
    const d = 128;
    const circuits = countAttentionCircuits({ dModel: d, nLayers: 1, nHeads: 8, nKvHeads: 2, attentionBias: 'qkv' });
    const q = d * 128 + 128;
    const k = d * 32 + 32;
    const v = d * 32 + 32;
    const o = 128 * d;
    const byName = Object.fromEntries(circuits.parts.map((p) => [p.name, p.parameters]));
    expect(byName).toEqual({ 'attn.qk': q + k, 'attn.ov': o + v });
  });
});

describe('bad specs', () => {
  it.each([
    [{ dModel: 0, nLayers: 1, nHeads: 1 }, /^dModel must be at least 1/],
    [{ dModel: 100, nLayers: 1, nHeads: 3 }, /^nHeads \(3\) must divide dModel \(100\)/],
    [{ dModel: 64, nLayers: 1.5, nHeads: 1 }, /^nLayers must be a whole number/],
    [{ dModel: 64, nLayers: 1, nHeads: 8, nKvHeads: 3 }, /^nKvHeads \(3\) must divide nHeads/],
    [{ dModel: 64, nLayers: 1, nHeads: 8, dFF: -1 }, /^dFF /],
    [{ dModel: 64, nLayers: 1, nHeads: 8, mlp: 'moe' as 'plain' }, /^mlp must be one of 'plain', 'gated'/],
    [{ dModel: 64, nLayers: 1, nHeads: 8, norm: 'batchnorm' as 'rmsnorm' }, /^norm /],
    [{ dModel: 64, nLayers: 1, nHeads: 8, positions: 'alibi' as 'none' }, /^positions /],
    [{ dModel: 64, nLayers: 1, nHeads: 8, vocabSize: 0 }, /^vocabSize /],
    [{ dModel: 64, nLayers: 1, nHeads: 8, tiedEmbeddings: 1 as unknown as boolean }, /^tiedEmbeddings /],
    [{ dModel: 2 ** 26, nLayers: 2 ** 10, nHeads: 1 }, /MAX_SAFE_INTEGER/],
  ])('%j throws %s', (spec, message) => {
    expect(() => countGpt(spec as GptSpec)).toThrow(message);
  });

  it('accepts a d_head that does not divide d_model when given explicitly (GPT‑3 13B as printed)', () => {
    const block = countGptBlock({ dModel: 5140, nLayers: 40, nHeads: 40, dHead: 128 });
    expect(part(block.parts, 'attn.q')).toMatchObject({ neurons: 5120, synapsesPerNeuron: 5140 });
    expect(part(block.parts, 'attn.o')).toMatchObject({ neurons: 5140, synapsesPerNeuron: 5120 });
  });
});
