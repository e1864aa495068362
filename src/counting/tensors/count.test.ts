import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countConv,
  countGpt,
  countLinear,
  countTensors,
  LLAMA_PRESETS,
  SizeError,
  type TensorShapes,
} from '../index.js';
import { sumOfParts } from '../test-helpers.js';
import { llamaShapes as llamaTensors, type LlamaSizes } from '../../weights/testFiles.js';

const llamaSpec = ({ d, layers, heads, kvHeads, ff, vocab, tied = false }: LlamaSizes) =>
  ({
    dModel: d,
    nLayers: layers,
    nHeads: heads,
    nKvHeads: kvHeads,
    dFF: ff,
    vocabSize: vocab,
    mlp: 'gated',
    bias: false,
    norm: 'rmsnorm',
    positions: 'rotary',
    tiedEmbeddings: tied,
  }) as const;

const totals = (count: { neurons: number; synapses: number; parameters: number }) => ({
  neurons: count.neurons,
  synapses: count.synapses,
  parameters: count.parameters,
});

describe('countTensors', () => {
  it('a weight [out, in] with its bias is the linear layer of those sizes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 1, max: 5000 }), (m, n) => {
        const count = countTensors({ 'fc.weight': [m, n], 'fc.bias': [m] });
        expect(totals(count)).toEqual(totals(countLinear({ inFeatures: n, outFeatures: m })));
        sumOfParts(count);
      }),
    );
  });

  it('a kernel [out, in/groups, k…] is out neurons of (in/groups)·∏k synapses, as the conv layer', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 1, max: 64 }),
        fc.integer({ min: 1, max: 64 }),
        fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 3 }),
        (groups, inPerGroup, outPerGroup, kernel) => {
          const [inChannels, outChannels] = [groups * inPerGroup, groups * outPerGroup];
          const count = countTensors({ 'conv.weight': [outChannels, inPerGroup, ...kernel] });
          const conv = countConv({ inChannels, outChannels, kernelSize: kernel, groups, bias: false });
          expect(totals(count)).toEqual(totals(conv));
          expect(count.parts[0]!.kind).toBe('conv');
        },
      ),
    );
  });

  // Tied, so that no output head is in the file: countGpt's totals leave an untied head's neurons out (DESIGN.md counts them).
  it('a Llama checkpoint counts as the library counts the same Llama from its config', () => {
    const sizes = fc.record({
      headWidth: fc.integer({ min: 1, max: 16 }),
      heads: fc.integer({ min: 1, max: 8 }),
      groups: fc.integer({ min: 1, max: 4 }),
      layers: fc.integer({ min: 1, max: 6 }),
      ff: fc.integer({ min: 1, max: 300 }),
      vocab: fc.integer({ min: 1, max: 1000 }),
    });
    fc.assert(
      fc.property(sizes, ({ headWidth, heads, groups, layers, ff, vocab }) => {
        const d = headWidth * heads * groups;
        const llama = { d, heads: heads * groups, kvHeads: heads, layers, ff, vocab, tied: true };
        const count = countTensors(llamaTensors(llama));
        expect(totals(count)).toEqual(totals(countGpt(llamaSpec(llama))));
        expect(count.layers.map((l) => l.key)).toEqual([
          null,
          ...Array.from({ length: layers }, (_, i) => `model.layers.${i}`),
        ]);
        sumOfParts(count);
      }),
    );
  });

  it('Llama‑2 7B from its tensor shapes has its published parameter count', () => {
    const preset = LLAMA_PRESETS.find((p) => p.id === 'llama-2-7b')!;
    const shapes = llamaTensors({ d: 4096, layers: 32, heads: 32, kvHeads: 32, ff: 11_008, vocab: 32_000 });
    expect(countTensors(shapes).parameters).toBe(preset.published!.parameters);
  });

  it('the token embedding is a lookup: parameters, no neurons; the untied head is V neurons of d synapses', () => {
    const count = countTensors({ 'model.embed_tokens.weight': [32_000, 64], 'lm_head.weight': [32_000, 64] });
    const [embed, head] = count.parts;
    expect(embed).toMatchObject({ kind: 'lookup', neurons: 0, synapses: 0, parameters: 32_000 * 64 });
    expect(head).toMatchObject({ kind: 'matrix', neurons: 32_000, synapsesPerNeuron: 64 });
    for (const name of [
      'transformer.wte.weight',
      'tok_embeddings.weight',
      'token_embd.weight',
      'gpt_neox.embed_in.weight',
    ]) {
      expect(countTensors({ [name]: [100, 8] }).neurons, name).toBe(0);
    }
    expect(countTensors({ 'embed_out.weight': [100, 8] }).neurons, 'GPT-NeoX’s head').toBe(100);
  });

  it('GPT-2’s Conv1D weights, stored [in, out], are read the right way round from their biases', () => {
    const d = 768;
    const shapes: TensorShapes = {
      'h.0.attn.c_attn.weight': [d, 3 * d],
      'h.0.attn.c_attn.bias': [3 * d],
      'h.0.mlp.c_fc.weight': [d, 4 * d],
      'h.0.mlp.c_fc.bias': [4 * d],
      'h.0.mlp.c_proj.weight': [4 * d, d],
      'h.0.mlp.c_proj.bias': [d],
    };
    const [qkv, , fc1, , fc2] = countTensors(shapes).parts;
    expect(qkv).toMatchObject({ neurons: 3 * d, synapsesPerNeuron: d, orientation: 'bias' });
    expect(fc1).toMatchObject({ neurons: 4 * d, synapsesPerNeuron: d, orientation: 'bias' });
    expect(fc2).toMatchObject({ neurons: d, synapsesPerNeuron: 4 * d, orientation: 'bias' });
  });

  it('GPT-2 small from its checkpoint’s tensors matches its config’s count', () => {
    const d = 768;
    const shapes: Record<string, number[]> = { 'wte.weight': [50_257, d], 'wpe.weight': [1024, d] };
    for (let i = 0; i < 12; i++) {
      const vectors = ['ln_1.weight', 'ln_1.bias', 'ln_2.weight', 'ln_2.bias', 'attn.c_attn.bias', 'mlp.c_fc.bias'];
      for (const name of vectors)
        shapes[`h.${i}.${name}`] = [name === 'attn.c_attn.bias' ? 3 * d : name === 'mlp.c_fc.bias' ? 4 * d : d];
      Object.assign(shapes, {
        [`h.${i}.attn.c_attn.weight`]: [d, 3 * d],
        [`h.${i}.attn.c_proj.weight`]: [d, d],
        [`h.${i}.attn.c_proj.bias`]: [d],
        [`h.${i}.mlp.c_fc.weight`]: [d, 4 * d],
        [`h.${i}.mlp.c_proj.weight`]: [4 * d, d],
        [`h.${i}.mlp.c_proj.bias`]: [d],
      });
    }
    Object.assign(shapes, { 'ln_f.weight': [d], 'ln_f.bias': [d] });
    const count = countTensors(shapes);
    const config = countGpt({ dModel: d, nLayers: 12, nHeads: 12, contextLength: 1024 });
    expect(totals(count)).toEqual(totals(config));
    expect(count.layers[0]!.key).toBe(null);
    expect(count.layers.at(-1)!.key).toBe('h.11');
  });

  it('stacked experts [E, out, in] are E·out neurons: the same as E experts stored one by one', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 16 }),
        fc.integer({ min: 1, max: 64 }),
        fc.integer({ min: 1, max: 64 }),
        (experts, width, inner) => {
          const stacked = countTensors({
            'model.layers.0.mlp.experts.gate_up_proj': [experts, 2 * inner, width],
            'model.layers.0.mlp.experts.down_proj': [experts, width, inner],
          });
          const oneByOne: Record<string, number[]> = {};
          for (let e = 0; e < experts; e++) {
            oneByOne[`model.layers.0.block_sparse_moe.experts.${e}.w1.weight`] = [inner, width];
            oneByOne[`model.layers.0.block_sparse_moe.experts.${e}.w3.weight`] = [inner, width];
            oneByOne[`model.layers.0.block_sparse_moe.experts.${e}.w2.weight`] = [width, inner];
          }
          expect(totals(stacked)).toEqual(totals(countTensors(oneByOne)));
          expect(stacked.neurons).toBe(experts * (2 * inner + width));
          expect(stacked.layers[0]!.experts).toBe(experts);
          sumOfParts(stacked);
        },
      ),
    );
  });

  it('with topK, active counts take topK of each layer’s routed experts and everything else', () => {
    const layer = (e: number) => ({
      'model.layers.0.self_attn.q_proj.weight': [8, 8],
      'model.layers.0.mlp.gate.weight': [e, 8],
      'model.layers.0.mlp.experts.gate_up_proj': [e, 12, 8],
      'model.layers.0.mlp.experts.down_proj': [e, 8, 6],
      'model.layers.0.mlp.shared_experts.up_proj.weight': [6, 8],
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 64 }).chain((e) => fc.tuple(fc.constant(e), fc.integer({ min: 1, max: e }))),
        ([e, topK]) => {
          const count = countTensors(layer(e), { topK });
          const dense = 8 * 8 + e * 8 + 6 * 8;
          expect(count.active).toEqual({
            neurons: 8 + e + 6 + topK * (12 + 8),
            synapses: dense + topK * (12 * 8 + 8 * 6),
            parameters: dense + topK * (12 * 8 + 8 * 6),
          });
          for (const key of ['neurons', 'synapses', 'parameters'] as const) {
            expect(count.active![key]).toBeLessThanOrEqual(count[key]);
          }
          if (topK === e) expect(count.active).toEqual(totals(count));
        },
      ),
    );
  });

  it('Mixtral 8×7B, stored expert by expert, counts its totals and its top‑2 active share from the architecture', () => {
    const [d, kv, ff, experts, vocab, layers] = [4096, 1024, 14_336, 8, 32_000, 32];
    // Llama's layers with each MLP swapped for a router and eight experts of Llama's MLP shape.
    const shapes = llamaTensors({ d, layers, heads: 32, kvHeads: 8, ff, vocab });
    for (let i = 0; i < layers; i++) {
      const p = `model.layers.${i}`;
      for (const proj of ['gate_proj', 'up_proj', 'down_proj']) delete shapes[`${p}.mlp.${proj}.weight`];
      shapes[`${p}.block_sparse_moe.gate.weight`] = [experts, d];
      for (let e = 0; e < experts; e++) {
        Object.assign(shapes, {
          [`${p}.block_sparse_moe.experts.${e}.w1.weight`]: [ff, d],
          [`${p}.block_sparse_moe.experts.${e}.w2.weight`]: [d, ff],
          [`${p}.block_sparse_moe.experts.${e}.w3.weight`]: [ff, d],
        });
      }
    }

    const attention = 2 * d * d + 2 * kv * d;
    const expert = 3 * ff * d;
    const always = attention + experts * d + 2 * d;
    const outside = 2 * vocab * d + d;
    const count = countTensors(shapes, { topK: 2 });
    expect(count.parameters).toBe(layers * (always + experts * expert) + outside);
    expect(count.active!.parameters).toBe(layers * (always + 2 * expert) + outside);
    expect(count.active!.neurons).toBe(layers * (2 * d + 2 * kv + experts + 2 * (2 * ff + d)) + vocab);
    expect(count.layers[1]!.experts).toBe(experts);
  });

  it('gpt-oss’s experts, stored [E, in, out], are turned round by their biases', () => {
    const [e, d, inner] = [32, 2880, 2880 / 2 + 16];
    const count = countTensors({
      'model.layers.0.mlp.experts.gate_up_proj': [e, d, 2 * inner],
      'model.layers.0.mlp.experts.gate_up_proj_bias': [e, 2 * inner],
      'model.layers.0.mlp.experts.down_proj': [e, inner, d],
      'model.layers.0.mlp.experts.down_proj_bias': [e, d],
    });
    const [gateUp, gateUpBias, down] = count.parts;
    expect(gateUp).toMatchObject({
      kind: 'experts',
      neurons: e * 2 * inner,
      synapsesPerNeuron: d,
      orientation: 'bias',
    });
    expect(gateUpBias).toMatchObject({ kind: 'bias', neurons: 0, parameters: e * 2 * inner, experts: e });
    expect(down).toMatchObject({ neurons: e * d, synapsesPerNeuron: inner, orientation: 'bias' });
  });

  it('stacked experts with no bias are read from their gate_up/down pair, or else rows first, and say so', () => {
    const [e, d, inner] = [16, 80, 24];
    const llama4 = countTensors({
      'layers.0.feed_forward.experts.gate_up_proj': [e, d, 2 * inner],
      'layers.0.feed_forward.experts.down_proj': [e, inner, d],
    });
    expect(llama4.parts.map((p) => [p.neurons, p.orientation])).toEqual([
      [e * 2 * inner, 'pair'],
      [e * d, 'pair'],
    ]);
    const mixtral = countTensors({
      'layers.0.mlp.experts.gate_up_proj': [e, 2 * inner, d],
      'layers.0.mlp.experts.down_proj': [e, d, inner],
    });
    expect(mixtral.parts.map((p) => [p.neurons, p.orientation])).toEqual([
      [e * 2 * inner, 'pair'],
      [e * d, 'pair'],
    ]);
    const alone = countTensors({ 'layers.0.mlp.experts.up_proj': [e, inner, d] });
    expect(alone.parts[0]).toMatchObject({ neurons: e * inner, orientation: 'assumed' });
  });

  it('rowsFirst (GGUF) reads every weight rows first, whatever its bias or pair would say', () => {
    const [e, d, inner] = [8, 64, 24];
    const shapes = {
      'blk.0.ffn_up_exps.weight': [e, inner, d],
      'blk.0.attn_qkv.weight': [3 * d, d],
      'blk.0.attn_qkv.bias': [d],
    };
    const gguf = countTensors(shapes, { rowsFirst: true });
    expect(gguf.parts.map((p) => [p.neurons, p.orientation])).toEqual([
      [e * inner, 'rows'],
      [3 * d, 'rows'],
      [0, undefined],
    ]);
    expect(countTensors(shapes).parts.map((p) => p.orientation)).toEqual(['assumed', 'bias', undefined]);
  });

  it('reads GGUF names: token_embd is a lookup, output a head, blk.N layers, _exps routed and _shexp shared', () => {
    const count = countTensors(
      {
        'token_embd.weight': [1000, 64],
        'blk.0.attn_q.weight': [64, 64],
        'blk.0.ffn_gate_inp.weight': [8, 64],
        'blk.0.ffn_up_exps.weight': [8, 32, 64],
        'blk.0.ffn_up_shexp.weight': [32, 64],
        'blk.0.attn_norm.weight': [64],
        'output_norm.weight': [64],
        'output.weight': [1000, 64],
      },
      { topK: 2 },
    );
    expect(count.parts.map((p) => p.kind)).toEqual([
      'lookup',
      'matrix',
      'matrix',
      'experts',
      'matrix',
      'vector',
      'vector',
      'matrix',
    ]);
    expect(count.neurons).toBe(64 + 8 + 8 * 32 + 32 + 1000);
    expect(count.active!.neurons).toBe(64 + 8 + 2 * 32 + 32 + 1000);
    expect(count.layers.map((l) => [l.key, l.parts.length])).toEqual([
      [null, 3],
      ['blk.0', 5],
    ]);
  });

  it('groups layers in number order, each with its totals, tensors outside any layer first', () => {
    const shapes: Record<string, number[]> = {};
    for (const i of [10, 2, 1]) shapes[`transformer.h.${i}.mlp.c_fc.weight`] = [i, 3];
    shapes['transformer.ln_f.weight'] = [3];
    const count = countTensors(shapes);
    expect(count.layers.map((l) => [l.key, l.neurons, l.synapses, l.parameters])).toEqual([
      [null, 0, 0, 3],
      ['transformer.h.1', 1, 3, 3],
      ['transformer.h.2', 2, 6, 6],
      ['transformer.h.10', 10, 30, 30],
    ]);
  });

  it('quantisation scales are neither neurons nor parameters; biases of any rank are parameters only', () => {
    const count = countTensors({
      'model.layers.0.mlp.down_proj.weight': [256, 512],
      'model.layers.0.mlp.down_proj.weight_scale_inv': [2, 4],
      'model.layers.0.mlp.experts.down_proj_scales': [4, 256, 16],
      'model.layers.0.self_attn.q_proj.bias': [256],
    });
    expect(count.parts.map((p) => p.kind)).toEqual(['matrix', 'quantisation', 'quantisation', 'bias']);
    expect(totals(count)).toEqual({ neurons: 256, synapses: 256 * 512, parameters: 256 * 512 + 256 });
  });

  it('a shape that is not a list of whole numbers is a SizeError naming the tensor', () => {
    const bad: [unknown, RegExp][] = [
      ['4096', /shape of w must be a list/],
      [[4096, -1], /w\[1\] must be at least 0/],
      [[4096, 1.5], /w\[1\] must be a whole number/],
      [[4096, '8'], /w\[1\] must be a number/],
      [[2 ** 40, 2 ** 20], /past Number.MAX_SAFE_INTEGER/],
    ];
    for (const [shape, message] of bad) {
      expect(() => countTensors({ w: shape } as unknown as TensorShapes)).toThrow(SizeError);
      expect(() => countTensors({ w: shape } as unknown as TensorShapes)).toThrow(message);
    }
    expect(() => countTensors(null as unknown as TensorShapes)).toThrow(/shapes must be an object/);
  });

  it('topK must fit the experts there are, and experts stored one by one must be alike to pick from', () => {
    const stacked = { 'layers.0.experts.w': [4, 8, 8] };
    expect(() => countTensors(stacked, { topK: 5 })).toThrow(/topK \(5\) is more than the 4 experts of layers.0/);
    expect(() => countTensors(stacked, { topK: 0 })).toThrow(SizeError);
    const unlike = { 'layers.0.experts.0.w.weight': [4, 8], 'layers.0.experts.1.w.weight': [5, 8] };
    expect(() => countTensors(unlike, { topK: 1 })).toThrow(/experts of layers.0 a token uses: they differ in size/);
    expect(countTensors(unlike).neurons).toBe(9);
  });
});
