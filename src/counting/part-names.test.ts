import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countAttentionCircuits,
  countGpt,
  countGptBlock,
  findPart,
  groupOf,
  partNamed,
  PART_LABELS,
  presets,
  sumGroup,
  type GptCount,
  type GptPartGroup,
  type GptSpec,
} from './index.js';

const SMALL: GptSpec = { dModel: 64, nLayers: 3, nHeads: 4 };

/** Specs that between them use every option that adds or renames a part. */
const VARIANTS: GptSpec[] = [
  SMALL,
  { ...SMALL, tiedEmbeddings: false, positions: 'rotary' },
  { ...SMALL, mlp: 'gated', norm: 'rmsnorm', blockNorms: 'sandwich', qkNorm: 'full', attentionSinks: true },
  { ...SMALL, blockNorms: 'post', qkNorm: 'head' },
  { ...SMALL, moe: { nExperts: 4, topK: 2, nShared: 1, sharedGate: true, denseLayers: [0] } },
  { ...SMALL, mlp: 'gated', moe: { nExperts: 4, topK: 1, nShared: 2, routerBias: true } },
  {
    ...SMALL,
    latentAttention: { qLoraRank: 16, kvLoraRank: 8, qkNopeHeadDim: 8, qkRopeHeadDim: 4, vHeadDim: 8 },
  },
  { ...SMALL, latentAttention: { kvLoraRank: 8, qkNopeHeadDim: 8, qkRopeHeadDim: 4, vHeadDim: 8 } },
];

/** Every count the library gives of a GPT: the variants' and every transformer preset's, whole and by block. */
function everyCount(): GptCount[] {
  const specs = [...VARIANTS, ...presets.flatMap((p) => (p.kind === 'gpt' ? [p.spec] : []))];
  return specs.flatMap((spec) => [
    countGpt(spec),
    countGptBlock(spec),
    ...(spec.latentAttention === undefined ? [countAttentionCircuits(spec)] : []),
  ]);
}

const GROUPS: readonly GptPartGroup[] = ['attn', 'mlp', 'moe', 'norm', 'embed', 'lm_head'];
const FIELDS = ['neurons', 'synapses', 'parameters'] as const;

describe('part names', () => {
  const counts = everyCount();
  const produced = new Set(counts.flatMap((c) => c.parts.map((p) => p.name)));

  it('every name the library gives has a label, and every label names a part the library gives', () => {
    expect([...produced].filter((name) => !(name in PART_LABELS))).toEqual([]);
    expect(Object.keys(PART_LABELS).filter((name) => !produced.has(name as never))).toEqual([]);
  });

  it('labels tell the parts apart: no two parts share one, none is empty', () => {
    const labels = Object.values(PART_LABELS);
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels.filter((label) => label.trim() === '')).toEqual([]);
  });

  it('a name’s group is its first segment, every group one of the six', () => {
    expect(groupOf('norm.attn.post')).toBe('norm');
    expect(groupOf('moe.experts.gate')).toBe('moe');
    expect(groupOf('lm_head')).toBe('lm_head');
    expect([...produced].map(groupOf).filter((g) => !GROUPS.includes(g))).toEqual([]);
  });

  it('a misspelt part name or group is a type error', () => {
    const block = countGptBlock(SMALL);
    // @ts-expect-error: no part is named 'attn.qq'.
    expect(() => partNamed(block, 'attn.qq')).toThrow(/no part named "attn.qq"/);
    // @ts-expect-error: there is no group 'atn'.
    expect(sumGroup(block, 'atn').parts).toEqual([]);
    // @ts-expect-error: the label table has no 'mlp.keys'.
    expect(PART_LABELS['mlp.keys']).toBeUndefined();
  });
});

describe('sumGroup', () => {
  it('splits a GPT‑3 block as the original post does: MLP 61,440 neurons and 1,207,959,552 synapses, attention 4 × 12,288 neurons and 603,979,776 synapses', () => {
    const block = countGptBlock({ dModel: 12_288, nLayers: 96, nHeads: 96 });
    const mlp = sumGroup(block, 'mlp');
    const attn = sumGroup(block, 'attn');
    expect(mlp.parts.map((p) => p.name)).toEqual(['mlp.key', 'mlp.value']);
    expect(attn.parts.map((p) => p.name)).toEqual(['attn.q', 'attn.k', 'attn.v', 'attn.o']);
    expect(sumGroup(block, 'norm').parts.map((p) => p.name)).toEqual(['norm.attn', 'norm.mlp']);
    expect(mlp).toMatchObject({ neurons: 4 * 12_288 + 12_288, synapses: 1_207_959_552 });
    expect(attn).toMatchObject({ neurons: 4 * 12_288, synapses: 603_979_776 });
  });

  it('each group sums exactly its own parts, and the groups add up to the whole count', () => {
    for (const count of everyCount()) {
      const sums = GROUPS.map((group) => sumGroup(count, group));
      for (const [i, sum] of sums.entries()) {
        const own = count.parts.filter((p) => groupOf(p.name) === GROUPS[i]);
        expect(sum.parts).toEqual(own);
        for (const key of FIELDS) expect(sum[key]).toBe(own.reduce((a, p) => a + p[key], 0));
        expect(sum.active.neurons).toBe(own.reduce((a, p) => a + (p.active ?? p).neurons, 0));
      }
      for (const key of FIELDS) expect(sums.reduce((a, s) => a + s[key], 0)).toBe(count[key]);
      expect(sums.reduce((a, s) => a + s.active.synapses, 0)).toBe(count.active.synapses);
    }
  });

  it('a group the model lacks sums to zero: a tied LM head, a dense model’s experts', () => {
    const tied = countGpt(SMALL);
    expect(sumGroup(tied, 'lm_head')).toMatchObject({ neurons: 0, synapses: 0, parameters: 0, parts: [] });
    expect(sumGroup(tied, 'moe').parts).toEqual([]);
    const untied = sumGroup(countGpt({ ...SMALL, tiedEmbeddings: false }), 'lm_head');
    expect(untied).toMatchObject({ neurons: 50_257, synapses: 50_257 * 64 });
  });

  it('attention and MLP of any plain block: 4·d² and 8·d², from the group sums alone', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 256 }), fc.constantFrom(1, 2, 4), (x, nHeads) => {
        const d = 4 * x;
        const block = countGptBlock({ dModel: d, nLayers: 1, nHeads });
        expect(sumGroup(block, 'attn').synapses).toBe(4 * d * d);
        expect(sumGroup(block, 'mlp').synapses).toBe(8 * d * d);
      }),
    );
  });
});

describe('partNamed and findPart', () => {
  const block = countGptBlock({ dModel: 12_288, nLayers: 96, nHeads: 96 });

  it('find a part by its name, wherever it sits among the parts', () => {
    expect(partNamed(block, 'mlp.key')).toMatchObject({ name: 'mlp.key', neurons: 49_152, synapsesPerNeuron: 12_288 });
    expect(partNamed(block, 'attn.o')).toBe(block.parts.find((p) => p.name === 'attn.o'));
    const reversed = { parts: [...block.parts].reverse() };
    expect(partNamed(reversed, 'attn.q')).toBe(partNamed(block, 'attn.q'));
  });

  it('a part the model lacks: undefined from findPart, an error naming it from partNamed', () => {
    const tied = countGpt(SMALL);
    expect(findPart(tied, 'lm_head')).toBeUndefined();
    expect(() => partNamed(tied, 'lm_head')).toThrow(/no part named "lm_head"/);
    expect(findPart(countGpt({ ...SMALL, tiedEmbeddings: false }), 'lm_head')).toMatchObject({ neurons: 50_257 });
  });
});
