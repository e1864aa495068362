import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countGpt, countGptBlock, LLAMA_PRESETS, type Count, type GptSpec, type MoeSpec, type Part } from './index.js';
import { sumOfParts } from './test-helpers.js';

const part = (parts: Part[], name: string) => parts.find((p) => p.name === name);
const totals = ({ neurons, synapses, parameters }: Count) => ({ neurons, synapses, parameters });

/** What one token uses, summed from the parts: a routed part's `active`, any other part whole. */
function activeOfParts(count: Count) {
  const used = count.parts.map((p) => p.active ?? p);
  const sum = (key: 'neurons' | 'synapses' | 'parameters') => used.reduce((a, p) => a + p[key], 0);
  return { neurons: sum('neurons'), synapses: sum('synapses'), parameters: sum('parameters') };
}

// Mixtral 8×7B is Mistral 7B's shape (32 blocks of 4,096, 8 key/value heads, SwiGLU of 14,336)
// with 8 such MLPs a block as experts, 2 of them per token (its config.json: num_local_experts 8, num_experts_per_tok 2).
const MISTRAL = LLAMA_PRESETS.find((p) => p.id === 'mistral-7b')!.spec;
const MIXTRAL: GptSpec = { ...MISTRAL, moe: { nExperts: 8, topK: 2 } };

describe('Mixtral 8×7B, by hand', () => {
  const d = 4096;
  const attention = d * d + 2 * (8 * 128 * d) + d * d; // Q and O 4,096 rows; K and V 8 heads × 128
  const expert = 3 * d * 14_336; // gate, up and down
  const router = 8 * d; // one score per expert from d_model
  const outside = 2 * 32_000 * d + d; // embedding table, LM head, final norm
  const perBlock = (experts: number) => attention + 2 * d + router + experts * expert;

  it('counts every expert in the totals: 46,702,792,704 parameters (Mistral AI: “46.7B total”)', () => {
    const count = countGpt(MIXTRAL);
    expect(count.parameters).toBe(32 * perBlock(8) + outside);
    expect(count.parameters).toBe(46_702_792_704);
    expect(part(count.parts, 'moe.experts.gate')).toMatchObject({ neurons: 32 * 8 * 14_336, synapsesPerNeuron: d });
    expect(part(count.parts, 'moe.router')).toMatchObject({
      neurons: 32 * 8,
      synapsesPerNeuron: d,
      parameters: 32 * router,
    });
    sumOfParts(count);
  });

  it('counts two experts a block in what one token uses: 12,879,925,248 (Mistral AI: “12.9B active”)', () => {
    const { active, parts } = countGpt(MIXTRAL);
    expect(active.parameters).toBe(32 * perBlock(2) + outside);
    expect(active.parameters).toBe(12_879_925_248);
    expect(part(parts, 'moe.experts.down')!.active).toEqual({
      neurons: 32 * 2 * d,
      synapses: 32 * 2 * d * 14_336,
      parameters: 32 * 2 * d * 14_336,
    });
    const blockNeurons = (experts: number) => d + 2 * 1024 + d + 8 + experts * (2 * 14_336 + d); // Q, K, V, O, router
    expect(active.neurons).toBe(32 * blockNeurons(2) + 32_000);
  });

  it('a sparse block’s active count is one block’s attention and router plus two experts', () => {
    const block = countGptBlock(MIXTRAL);
    expect(block.parameters).toBe(perBlock(8));
    expect(block.active.parameters).toBe(perBlock(2));
  });
});

describe('invariants', () => {
  const dense = fc.record({
    dModel: fc.integer({ min: 1, max: 32 }).map((x) => 16 * x),
    nLayers: fc.integer({ min: 1, max: 24 }),
    nHeads: fc.constantFrom(1, 2, 4, 8, 16),
    dFF: fc.integer({ min: 1, max: 2048 }),
    mlp: fc.constantFrom('plain', 'gated') as fc.Arbitrary<'plain' | 'gated'>,
    bias: fc.boolean(),
    tiedEmbeddings: fc.boolean(),
  });

  it('one expert with top‑1 is the dense model plus its router: one neuron of d synapses a block', () => {
    fc.assert(
      fc.property(dense, fc.boolean(), (spec, routerBias) => {
        const plain = countGpt(spec);
        const one = countGpt({ ...spec, moe: { nExperts: 1, topK: 1, routerBias } });
        expect(one.neurons - plain.neurons).toBe(spec.nLayers);
        expect(one.synapses - plain.synapses).toBe(spec.nLayers * spec.dModel);
        expect(one.parameters - plain.parameters).toBe(spec.nLayers * (spec.dModel + (routerBias ? 1 : 0)));
        expect(one.active).toEqual(totals(one));
      }),
    );
  });

  const moe = (nLayers: number): fc.Arbitrary<MoeSpec> =>
    fc.integer({ min: 1, max: 64 }).chain((nExperts) =>
      fc.record({
        nExperts: fc.constant(nExperts),
        topK: fc.integer({ min: 1, max: nExperts }),
        dExpert: fc.integer({ min: 1, max: 512 }),
        nShared: fc.integer({ min: 0, max: 2 }),
        routerBias: fc.boolean(),
        denseLayers: fc.subarray([...Array(nLayers).keys()]),
      }),
    );
  const sparse = dense.chain((spec) => moe(spec.nLayers).map((m) => ({ ...spec, moe: m })));

  it('what one token uses is at most the totals, and equal when it uses every expert', () => {
    fc.assert(
      fc.property(sparse, (spec) => {
        const count = countGpt(spec);
        for (const key of ['neurons', 'synapses', 'parameters'] as const) {
          expect(count.active[key]).toBeLessThanOrEqual(count[key]);
        }
        const all = countGpt({ ...spec, moe: { ...spec.moe, topK: spec.moe.nExperts } });
        expect(all.active).toEqual(totals(all));
      }),
    );
  });

  it('parts sum to the totals, and their active shares to active', () => {
    fc.assert(
      fc.property(sparse, (spec) => {
        const count = countGpt(spec);
        sumOfParts(count);
        expect(count.active).toEqual(activeOfParts(count));
        sumOfParts(countGptBlock(spec));
      }),
    );
  });

  it('each expert more per token adds one expert per sparse block to active, and nothing to the totals', () => {
    fc.assert(
      fc.property(sparse, (spec) => {
        fc.pre(spec.moe.topK < spec.moe.nExperts);
        const k = countGpt(spec);
        const more = countGpt({ ...spec, moe: { ...spec.moe, topK: spec.moe.topK + 1 } });
        const sparseBlocks = spec.nLayers - spec.moe.denseLayers!.length;
        const d = spec.dModel;
        const w = spec.moe.dExpert!;
        const expert =
          spec.mlp === 'gated' ? 3 * d * w + (spec.bias ? 2 * w + d : 0) : 2 * d * w + (spec.bias ? w + d : 0);
        expect(more.active.parameters - k.active.parameters).toBe(sparseBlocks * expert);
        expect(totals(more)).toEqual(totals(k));
      }),
    );
  });

  it('a dense model uses all of itself for every token', () => {
    fc.assert(
      fc.property(dense, (spec) => {
        const count = countGpt(spec);
        expect(count.active).toEqual(totals(count));
        expect(count.parts.every((p) => p.active === undefined)).toBe(true);
      }),
    );
  });
});

describe('dense blocks, shared experts and the shared experts’ gate', () => {
  const spec: GptSpec = {
    dModel: 64,
    nLayers: 5,
    nHeads: 4,
    dFF: 256,
    mlp: 'gated',
    bias: false,
    moe: { nExperts: 16, topK: 4, dExpert: 32, nShared: 2, dShared: 48, sharedGate: true, denseLayers: [0, 1] },
  };

  it('dense blocks have mlp.* parts of dFF, sparse ones moe.* parts, each over its own blocks', () => {
    const { parts } = countGpt(spec);
    expect(part(parts, 'mlp.up')).toMatchObject({ neurons: 2 * 256, synapsesPerNeuron: 64 });
    expect(part(parts, 'moe.experts.up')).toMatchObject({ neurons: 3 * 16 * 32, synapsesPerNeuron: 64 });
    expect(part(parts, 'moe.shared.down')).toMatchObject({ neurons: 3 * 2 * 64, synapsesPerNeuron: 48 });
    expect(part(parts, 'moe.shared_gate')).toMatchObject({ neurons: 3, synapsesPerNeuron: 64 });
    expect(part(parts, 'attn.q')!.neurons).toBe(5 * 64);
  });

  it('a token uses the dense blocks, the router, the shared experts and their gate whole, and 4 of 16 experts', () => {
    const count = countGpt(spec);
    const routed = 3 * 64 * 32; // one expert: gate, up and down
    expect(count.parameters - count.active.parameters).toBe(3 * (16 - 4) * routed);
    expect(countGptBlock(spec).parts.map((p) => p.name)).toEqual([
      'norm.attn',
      'attn.q',
      'attn.k',
      'attn.v',
      'attn.o',
      'norm.mlp',
      'moe.router',
      'moe.experts.gate',
      'moe.experts.up',
      'moe.experts.down',
      'moe.shared.gate',
      'moe.shared.up',
      'moe.shared.down',
      'moe.shared_gate',
    ]);
  });

  it('with every block dense, experts change nothing', () => {
    const allDense = countGpt({ ...spec, moe: { ...spec.moe!, denseLayers: [0, 1, 2, 3, 4] } });
    const plain = { ...spec, moe: undefined };
    expect(totals(allDense)).toEqual(totals(countGpt(plain)));
    expect(countGptBlock({ ...spec, moe: { ...spec.moe!, denseLayers: [0, 1, 2, 3, 4] } }).parts).toEqual(
      countGptBlock(plain).parts,
    );
  });
});

describe('experts that cannot be counted throw a SizeError naming the field', () => {
  const base: GptSpec = { dModel: 64, nLayers: 4, nHeads: 4 };
  it.each<[MoeSpec, RegExp]>([
    [{ nExperts: 0, topK: 1 }, /^moe\.nExperts must be at least 1/],
    [{ nExperts: 8, topK: 0 }, /^moe\.topK must be at least 1/],
    [{ nExperts: 8, topK: 9 }, /^moe\.topK \(9\) must be at most moe\.nExperts \(8\)/],
    [{ nExperts: 8, topK: 2, dExpert: 1.5 }, /^moe\.dExpert must be a whole number/],
    [{ nExperts: 8, topK: 2, nShared: -1 }, /^moe\.nShared must be at least 0/],
    [{ nExperts: 8, topK: 2, denseLayers: [4] }, /^moe\.denseLayers\[0\] \(4\) must be below nLayers \(4\)/],
    [{ nExperts: 8, topK: 2, denseLayers: [1, 1] }, /^moe\.denseLayers\[1\] \(1\) is listed twice/],
    [{ nExperts: 8, topK: 2, denseLayers: [-1] }, /^moe\.denseLayers\[0\] must be at least 0/],
    [{ nExperts: 8, topK: 2, sharedGate: true }, /^moe\.sharedGate needs shared experts/],
    [{ nExperts: 2 ** 40, topK: 1 }, /MAX_SAFE_INTEGER/],
  ])('%j', (moe, message) => {
    expect(() => countGpt({ ...base, moe })).toThrow(message);
  });
});
