import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countAttentionCircuits, countGptBlock, groupOf, type GptSpec } from '../../counting/index.js';
import { layoutBlock } from './layoutBlock.js';
import type { BlockLayout, MatrixShape, Rect } from './shapes.js';

const desktop = { width: 700, maxHeight: 420 };
const phone = { width: 300, maxHeight: 420 };

function input(spec: GptSpec, circuits = false) {
  const block = countGptBlock(spec);
  const parts = circuits
    ? [...block.parts.filter((p) => groupOf(p.name) !== 'attn'), ...countAttentionCircuits(spec).parts]
    : block.parts;
  return { parts, dModel: spec.dModel, dHead: spec.dModel / spec.nHeads };
}

const matrix = (layout: BlockLayout, part: string): MatrixShape => layout.matrices.find((m) => m.part === part)!;
const bottom = (r: Rect) => r.y + r.height;

function expectInside(layout: BlockLayout) {
  for (const m of layout.matrices) {
    for (const r of [m.body, m.bias]) {
      expect(r.x).toBeGreaterThanOrEqual(0);
      expect(r.x + r.width).toBeLessThanOrEqual(layout.width + 1e-9);
      expect(r.y).toBeGreaterThanOrEqual(0);
      expect(bottom(r)).toBeLessThanOrEqual(layout.height);
    }
  }
  for (const r of [...layout.norms.map((n) => n.rect), ...layout.ops.map((o) => o.rect)]) {
    expect(r.x).toBeGreaterThanOrEqual(0);
    expect(r.x + r.width).toBeLessThanOrEqual(layout.width);
  }
}

describe('layoutBlock', () => {
  const gpt3 = layoutBlock(input({ dModel: 12_288, nLayers: 1, nHeads: 96 }), desktop);

  it('draws the six weight matrices of a block and its two norms, side by side on a wide screen', () => {
    expect(gpt3.orientation).toBe('wide');
    expect(gpt3.matrices.map((m) => m.part)).toEqual(['attn.q', 'attn.k', 'attn.v', 'attn.o', 'mlp.key', 'mlp.value']);
    expect(gpt3.norms.map((n) => n.part)).toEqual(['norm.attn', 'norm.mlp']);
    expect(gpt3.ops.map((o) => o.id)).toEqual(['attend', 'gelu']);
    expect(gpt3.adds).toHaveLength(2);
    expectInside(gpt3);
  });

  it('draws to scale: the key layer 4× as tall as Q, the value layer 4× as wide as tall, standing on one baseline', () => {
    const q = matrix(gpt3, 'attn.q').body;
    const key = matrix(gpt3, 'mlp.key').body;
    const value = matrix(gpt3, 'mlp.value').body;
    expect(q.width).toBeCloseTo(q.height);
    expect(key.height).toBeCloseTo(4 * q.height);
    expect(key.width).toBeCloseTo(q.width);
    expect(value.width).toBeCloseTo(4 * value.height);
    expect(value.height).toBeCloseTo(q.height);
    const baseline = bottom(matrix(gpt3, 'attn.v').body);
    for (const part of ['attn.o', 'mlp.key', 'mlp.value'])
      expect(bottom(matrix(gpt3, part).body)).toBeCloseTo(baseline);
    expect(q.width).toBeCloseTo(gpt3.unit * 12_288);
  });

  it('stacks Q over K over V, which read the same input side by side', () => {
    const [q, k, v] = ['attn.q', 'attn.k', 'attn.v'].map((part) => matrix(gpt3, part).body);
    expect(q!.x).toBe(v!.x);
    expect(bottom(q!)).toBeLessThan(k!.y);
    expect(bottom(k!)).toBeLessThan(v!.y);
    expect(matrix(gpt3, 'attn.o').body.x).toBeGreaterThan(v!.x + v!.width);
  });

  it('splits the MLP into d_model squares: 4 in the key layer, 4 in the value layer (12 in the block)', () => {
    expect(matrix(gpt3, 'mlp.key').grid).toHaveLength(3);
    expect(matrix(gpt3, 'mlp.value').grid).toHaveLength(3);
    expect(matrix(gpt3, 'attn.q').grid).toHaveLength(0);
  });

  it('follows a custom d_ff: d_ff = 2 · d_model makes the key layer twice as tall as Q', () => {
    const layout = layoutBlock(input({ dModel: 768, nLayers: 1, nHeads: 12, dFF: 1536 }), desktop);
    expect(matrix(layout, 'mlp.key').body.height).toBeCloseTo(2 * matrix(layout, 'attn.q').body.height);
    expect(matrix(layout, 'mlp.key').grid).toHaveLength(1);
  });

  it('marks heads: GPT‑2’s 12 heads split Q, K and V by rows and O by columns', () => {
    const layout = layoutBlock(input({ dModel: 768, nLayers: 1, nHeads: 12 }), desktop);
    const q = matrix(layout, 'attn.q');
    expect(q.heads).toHaveLength(11);
    expect(q.heads.every((l) => l.y1 === l.y2)).toBe(true);
    expect(matrix(layout, 'attn.o').heads.every((l) => l.x1 === l.x2)).toBe(true);
    expect(matrix(layout, 'mlp.key').heads).toHaveLength(0);
  });

  it('leaves out head lines that would sit closer than 3 px (96 heads), keeping the DOM small', () => {
    expect(matrix(gpt3, 'attn.q').heads).toHaveLength(0);
  });

  it('stacks attention above the MLP beside a vertical stream on a phone, inside its width', () => {
    const layout = layoutBlock(input({ dModel: 768, nLayers: 1, nHeads: 12 }), phone);
    expect(layout.orientation).toBe('narrow');
    expect(layout.width).toBe(phone.width);
    expectInside(layout);
    expect(matrix(layout, 'mlp.key').body.y).toBeGreaterThan(bottom(matrix(layout, 'attn.q').body));
  });

  it('draws two circuits instead of four projections under the toggle', () => {
    const layout = layoutBlock(input({ dModel: 768, nLayers: 1, nHeads: 12 }, true), desktop);
    expect(layout.matrices.map((m) => m.name)).toEqual(['QK', 'OV', 'key', 'value']);
    expect(layout.matrices.every((m) => m.heads.length === 0)).toBe(true);
    expect(layout.texts.find((t) => t.id === 'attn-title')!.spans[0]!.text).toBe('Attention as two circuits');
  });

  it('labels the stream and the scale with the library’s numbers', () => {
    const text = (id: string) =>
      gpt3.texts
        .find((t) => t.id === id)!
        .spans.map((s) => s.text)
        .join('');
    expect(text('stream')).toBe('residual stream, d_model = 12,288');
    expect(text('scale')).toBe('each square: 12,288 × 12,288 = 150,994,944 synapses');
    expect(text('mlp-detail')).toBe('key 49,152 × 12,288 · value 12,288 × 49,152');
  });

  it('stays inside its box and small for any size, with the same shapes at d_model 64 and 16,384', () => {
    const sizes = fc.record({
      k: fc.integer({ min: 1, max: 256 }),
      heads: fc.constantFrom(1, 2, 4, 8),
      ff: fc.integer({ min: 1, max: 1024 }),
      width: fc.integer({ min: 280, max: 1100 }),
      circuits: fc.boolean(),
    });
    fc.assert(
      fc.property(sizes, ({ k, heads, ff, width, circuits }) => {
        const layout = layoutBlock(input({ dModel: 64 * k, nLayers: 1, nHeads: heads, dFF: 64 * ff }, circuits), {
          width,
          maxHeight: 420,
        });
        expectInside(layout);
        expect(layout.height).toBeLessThanOrEqual(Math.max(420, 1.7 * width) + 20);
        const lines = layout.matrices.reduce((a, m) => a + m.grid.length + m.heads.length, 0);
        expect(lines).toBeLessThanOrEqual(200);
      }),
    );
    const small = layoutBlock(input({ dModel: 64, nLayers: 1, nHeads: 4 }), desktop);
    const large = layoutBlock(input({ dModel: 16_384, nLayers: 1, nHeads: 4 }), desktop);
    expect(large.matrices.map((m) => m.body)).toEqual(small.matrices.map((m) => m.body));
  });
});
