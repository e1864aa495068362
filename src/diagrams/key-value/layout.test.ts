import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arrow } from './arrow.js';
import { layoutColumnView } from './layoutColumnView.js';
import { clipLine, layoutPad, padKey, padValue } from './layoutPad.js';
import { layoutRowView } from './layoutRowView.js';
import { VALUE_COLUMNS, W_VALUE as wValue } from '../../models/keyValue.js';

const h = [0.7, 2.1, 0.9, 0, 0, 0, 0.5, 0];

describe('layoutRowView', () => {
  const layout = layoutRowView({ h, inputs: 3, wValue, bound: 3, signed: false }, 340);

  it('draws one bar per key, as tall as its output, on one baseline; a silent key has no height', () => {
    expect(layout.bars).toHaveLength(8);
    const perUnit = layout.bars[1]!.height / 2.1;
    layout.bars.forEach((bar, i) => {
      expect(bar.height).toBeCloseTo(h[i]! * perUnit, 9);
      expect(bar.y + bar.height).toBeCloseTo(layout.baseline.y, 9);
    });
    expect(layout.bars[3]!.height).toBe(0);
  });

  it('puts each column of W_value right under its key, and every value row under the bars', () => {
    expect(layout.cells).toHaveLength(16);
    for (const cell of layout.cells) {
      expect(cell.x + cell.width / 2).toBeCloseTo(layout.bars[cell.col]!.cx, 9);
      expect(cell.y).toBeGreaterThan(layout.synapseY.at(-1)!);
    }
    expect(layout.synapseY).toHaveLength(3);
  });

  it('fits its box at phone and desktop widths, bars left to right', () => {
    for (const width of [300, 340, 520]) {
      const l = layoutRowView({ h, inputs: 3, wValue, bound: 3, signed: false }, width);
      const xs = l.bars.map((b) => b.x);
      expect(xs).toEqual([...xs].sort((a, b) => a - b));
      for (const shape of [...l.bars, ...l.cells]) {
        expect(shape.x).toBeGreaterThanOrEqual(0);
        expect(shape.x + shape.width).toBeLessThanOrEqual(width);
        expect(shape.y).toBeGreaterThanOrEqual(0);
        expect(shape.y + shape.height).toBeLessThanOrEqual(l.height);
      }
      for (const row of l.rows) expect(row.outputX).toBeLessThan(width - 40);
    }
  });

  it('hangs negative outputs below a baseline in the middle when there is no activation', () => {
    const signed = layoutRowView({ h: [-1.5, 1.5, 0, 0, 0, 0, 0, 0], inputs: 3, wValue, bound: 3, signed: true }, 340);
    const [down, up] = signed.bars;
    expect(down!.y).toBeCloseTo(signed.baseline.y, 9);
    expect(up!.y + up!.height).toBeCloseTo(signed.baseline.y, 9);
    expect(down!.height).toBeCloseTo(up!.height, 9);
    expect(down!.labelY).toBeGreaterThan(down!.y + down!.height);
  });

  it('gives each key a target over its column and each value neuron one over its row', () => {
    layout.keyHits.forEach((hit, i) => {
      expect(hit.x).toBeLessThan(layout.bars[i]!.x);
      expect(hit.x + hit.width).toBeGreaterThan(layout.bars[i]!.x + layout.bars[i]!.width);
    });
    expect(layout.valueHits.map((v) => v.row)).toEqual([0, 1]);
    expect(layout.valueHits[0]!.y).toBeGreaterThanOrEqual(layout.keyHits[0]!.y + layout.keyHits[0]!.height);
  });
});

describe('arrow', () => {
  it('ends at the tip, with the shaft stopping where the head begins', () => {
    const a = arrow(0, 0, 100, 0);
    expect([a.tx, a.ty]).toEqual([100, 0]);
    expect([a.x2, a.y2]).toEqual([91, 0]);
    expect(a.head).toBe('100,0 91,3.5 91,-3.5');
  });

  it('shrinks the head of a short arrow so it stays on the arrow', () => {
    const a = arrow(0, 0, 0, 5);
    expect(a.y2).toBeGreaterThan(0);
    expect(a.y2).toBeLessThan(5);
  });
});

describe('layoutColumnView', () => {
  const columns = VALUE_COLUMNS;
  const terms = [
    { key: 6, from: [0, 0], to: [0, -0.5] },
    { key: 0, from: [0, -0.5], to: [0.7, -0.5] },
    { key: 1, from: [0.7, -0.5], to: [2.8, 1.6] },
    { key: 2, from: [2.8, 1.6], to: [2.8, 2.5] },
  ] as const;
  const layout = layoutColumnView({ columns, terms, output: [2.8, 2.5], reach: 5 }, 340);

  it('lays the steps head to tail from the origin to the tip of the output arrow', () => {
    expect(layout.steps.map((s) => s.key)).toEqual([6, 0, 1, 2]);
    expect([layout.steps[0]!.arrow.x1, layout.steps[0]!.arrow.y1]).toEqual([layout.origin.x, layout.origin.y]);
    layout.steps.slice(1).forEach((s, n) => {
      expect([s.arrow.x1, s.arrow.y1]).toEqual([layout.steps[n]!.arrow.tx, layout.steps[n]!.arrow.ty]);
    });
    const last = layout.steps.at(-1)!.arrow;
    expect([last.tx, last.ty]).toEqual([layout.output.tx, layout.output.ty]);
  });

  it('draws y₁ across and y₂ up, at one fixed scale', () => {
    expect(layout.output.tx).toBeGreaterThan(layout.origin.x);
    expect(layout.output.ty).toBeLessThan(layout.origin.y);
    expect(layout.output.tx - layout.origin.x).toBeCloseTo(2.8 * layout.unit, 1);
    expect(layout.projections.map((p) => [p.x2, p.y2])).toEqual([
      [layout.output.tx, layout.origin.y],
      [layout.origin.x, layout.output.ty],
    ]);
  });

  it('runs each direction to the edge and keeps everything inside the square', () => {
    expect(layout.rays).toHaveLength(8);
    for (const ray of layout.rays) {
      const atEdge = Math.max(Math.abs(ray.edgeX - 170), Math.abs(ray.edgeY - 170));
      expect(atEdge).toBeCloseTo(164, 6);
      for (const v of [ray.labelX, ray.labelY]) {
        expect(v).toBeGreaterThan(0);
        expect(v).toBeLessThan(340);
      }
    }
  });

  it('names only the steps long enough to carry a name', () => {
    expect(layout.steps.map((s) => s.labelled)).toEqual([true, true, true, true]);
    const tiny = layoutColumnView(
      { columns, terms: [{ key: 0, from: [0, 0], to: [0.1, 0] }], output: [0.1, 0], reach: 5 },
      340,
    );
    expect(tiny.steps[0]!.labelled).toBe(false);
  });
});

describe('the input pad', () => {
  const range = { min: -1, max: 1, step: 0.05 };

  it('puts the handle where the input is, and reads a pointer back to the same input', () => {
    fc.assert(
      fc.property(fc.integer({ min: -20, max: 20 }), fc.integer({ min: -20, max: 20 }), (i, j) => {
        const [x1, x2] = [i / 20, j / 20];
        const { handle } = layoutPad({ x1, x2, x3: 0 }, [], range, 184);
        expect(padValue(handle.x, handle.y, 184, range)).toEqual([x1, x2]);
      }),
    );
    expect(padValue(-50, 500, 184, range)).toEqual([-1, -1]);
  });

  it('moves x₁ with left/right and x₂ with up/down, a step at a time or five with Shift, within the range', () => {
    expect(padKey([0.5, 0.5], 'ArrowRight', false, range)).toEqual([0.55, 0.5]);
    expect(padKey([0.5, 0.5], 'ArrowDown', true, range)).toEqual([0.5, 0.25]);
    expect(padKey([1, 0.5], 'ArrowRight', false, range)).toEqual([1, 0.5]);
    expect(padKey([0.3, -0.3], 'Home', false, range)).toEqual([0, 0]);
    expect(padKey([0.3, -0.3], 'a', false, range)).toBeUndefined();
  });

  it('draws where each key pair switches at the current x₃, clipped to the pad', () => {
    expect(clipLine(1, 1, 0, -1, 1)).toEqual([
      [-1, 1],
      [1, -1],
    ]);
    expect(clipLine(1, 1, 3, -1, 1)).toBeNull();
    const planes = [
      [1, 1, 1],
      [1, 1, -1],
      [1, -1, -1],
      [1, -1, 1],
    ] as const;
    expect(layoutPad({ x1: 0, x2: 0, x3: 0 }, planes, range, 184).switches).toHaveLength(4);
    expect(layoutPad({ x1: 0, x2: 0, x3: 1 }, planes, range, 184).switches).toHaveLength(4);
  });
});
