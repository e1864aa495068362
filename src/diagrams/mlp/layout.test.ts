import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutMatrix } from './layoutMatrix.js';
import { layoutNetwork } from './layoutNetwork.js';

const box = { width: 600, height: 260 };

describe('layoutNetwork', () => {
  it('draws the 3 → 2 → 2 MLP whole: 7 circles, 3·2 + 2·2 synapses, no gaps', () => {
    const layout = layoutNetwork([3, 2, 2], box);
    expect(layout.nodes).toHaveLength(7);
    expect(layout.links).toHaveLength(10);
    expect(layout.gaps).toEqual([]);
    expect(layout.labels.map((l) => l.text)).toEqual(['input', 'layer 1', 'layer 2']);
  });

  it('puts columns left to right and every shape inside the box', () => {
    const layout = layoutNetwork([3, 3, 3, 3, 3], box);
    const xs = [...new Set(layout.nodes.map((n) => n.x))];
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    for (const n of layout.nodes) {
      expect(n.x - n.r).toBeGreaterThanOrEqual(0);
      expect(n.x + n.r).toBeLessThanOrEqual(box.width);
      expect(n.y - n.r).toBeGreaterThanOrEqual(0);
      expect(n.y + n.r).toBeLessThanOrEqual(box.height);
    }
  });

  it('summarises a 49,152-neuron layer as a few circles and a labelled gap', () => {
    const layout = layoutNetwork([12_288, 49_152, 12_288], box);
    expect(layout.nodes.length).toBeLessThanOrEqual(3 * 8);
    expect(layout.gaps.map((g) => g.label)).toEqual(['+12,281', '+49,145', '+12,281']);
  });

  it('stays bounded for any widths', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 65_536 }), { minLength: 2, maxLength: 9 }), (sizes) => {
        const layout = layoutNetwork(sizes, box);
        expect(layout.nodes.length).toBeLessThanOrEqual(sizes.length * 8);
        expect(layout.links.length).toBeLessThanOrEqual((sizes.length - 1) * 64);
      }),
    );
  });
});

describe('layoutMatrix', () => {
  it('draws a 2 × 3 matrix whole, its cells a quarter of the square a side', () => {
    const m = layoutMatrix(2, 3, 100);
    expect(m.cells).toHaveLength(6);
    expect(m.width).toBe(75);
    expect(m.height).toBe(50);
    expect(m.rowGap).toBeUndefined();
  });

  it('draws a 1 × 1 matrix smaller than a 4 × 4 one, and that one no smaller than 65,536²', () => {
    const [one, four, huge] = [layoutMatrix(1, 1, 100), layoutMatrix(4, 4, 100), layoutMatrix(65_536, 65_536, 100)];
    expect(one.width).toBeLessThan(four.width);
    expect(four.width).toBeLessThanOrEqual(huge.width);
    expect(huge.width).toBeCloseTo(100, 9);
  });

  it('samples a 49,152 × 12,288 matrix with a gap each way', () => {
    const m = layoutMatrix(49_152, 12_288, 100);
    expect(m.cells.length).toBeLessThanOrEqual(81);
    expect(m.rowGap?.label).toBe('+49,143 rows');
    expect(m.colGap?.label).toBe('+12,279 columns');
  });
});
