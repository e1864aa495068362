import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CELLS, GATES } from '../../counting/index.js';
import { GATE_GROUPS } from './gates.js';
import { drawnSize, layoutUnrolled, type UnrolledSpec } from './layoutUnrolled.js';

const tiny: UnrolledSpec = { cell: 'rnn', input: 3, hidden: 2, layers: 1, bidirectional: false, steps: 4 };
const flow = (layout: ReturnType<typeof layoutUnrolled>, id: string) => layout.flows.find((f) => f.id === id)!;

describe('layoutUnrolled', () => {
  it('draws a 2-unit RNN over 4 steps whole: the same 2 neurons in every column', () => {
    const layout = layoutUnrolled(tiny, 600);
    expect(layout.columns).toEqual([1, 2, 3, 4]);
    expect(layout.gates.map((g) => g.id)).toEqual(['layer1:h']);
    const [row] = layout.gates;
    expect(row!.neurons).toHaveLength(2 * 4);
    expect(row!.ellipsis).toEqual([]);
    // Each column's copy sits at the same place within its cell: the neurons are reused, not new.
    const cells = layout.parts[0]!.cells;
    const offsets = cells.map((cell, step) => row!.neurons.slice(2 * step, 2 * step + 2).map((n) => n.cx - cell.x));
    for (const o of offsets) expect(o).toEqual(offsets[0]);
    expect(layout.labels.filter((l) => l.kind === 'input').map((l) => `${l.text}${l.sub}`)).toEqual([
      'x1',
      'x2',
      'x3',
      'x4',
    ]);
  });

  it('feeds h_t forward into the next column, starting from the initial state', () => {
    const layout = layoutUnrolled(tiny, 600);
    const h = flow(layout, 'layer1:h').segments;
    const cells = layout.parts[0]!.cells;
    expect(h).toHaveLength(4);
    expect(h[0]!.x2).toBeCloseTo(cells[0]!.x);
    for (let t = 1; t < 4; t++) {
      expect(h[t]!.x1).toBeCloseTo(cells[t - 1]!.x + cells[t - 1]!.width);
      expect(h[t]!.x2).toBeCloseTo(cells[t]!.x);
      expect(h[t]!.head).toBe(true);
    }
    expect(flow(layout, 'layer1:in').segments).toHaveLength(4);
    expect(flow(layout, 'out').segments).toHaveLength(4);
  });

  it.each(CELLS)('draws %s as its gate groups, each a row of H neurons', (cell) => {
    const layout = layoutUnrolled({ ...tiny, cell, hidden: 3 }, 600);
    expect(layout.gates.map((g) => g.gate)).toEqual(GATE_GROUPS[cell].map((g) => g.id));
    expect(layout.gates).toHaveLength(GATES[cell]);
    for (const row of layout.gates) expect(row.neurons).toHaveLength(3 * 4);
    expect(layout.flows.some((f) => f.kind === 'state')).toBe(cell === 'lstm');
  });

  it('runs the LSTM cell state through every cell', () => {
    const layout = layoutUnrolled({ ...tiny, cell: 'lstm' }, 600);
    const c = flow(layout, 'layer1:c').segments;
    // The initial state, then through each cell and on to the next.
    expect(c).toHaveLength(1 + 4 + 3);
    expect(c.filter((s) => !s.head)).toHaveLength(4);
  });

  it('stacks layers upwards, and draws the reverse direction under the forward one, passing h_t leftwards', () => {
    const layout = layoutUnrolled({ ...tiny, cell: 'gru', layers: 2, bidirectional: true }, 700);
    expect(layout.parts.map((p) => p.id)).toEqual(['layer1', 'layer1.reverse', 'layer2', 'layer2.reverse']);
    const top = (id: string) => layout.parts.find((p) => p.id === id)!.cells[0]!.y;
    expect(top('layer2')).toBeLessThan(top('layer2.reverse'));
    expect(top('layer2.reverse')).toBeLessThan(top('layer1'));
    const reverse = flow(layout, 'layer1.reverse:h').segments;
    for (const s of reverse) expect(s.x2).toBeLessThan(s.x1);
    const cells = layout.parts[1]!.cells;
    const last = cells[cells.length - 1]!;
    expect(reverse[0]!.x2).toBeCloseTo(last.x + last.width);
    // Layer 2 reads layer 1 from below.
    const input2 = flow(layout, 'layer2:in').segments[0]!;
    expect(input2.y1).toBeCloseTo(top('layer1'));
    expect(input2.y2).toBeGreaterThan(top('layer2.reverse'));
  });

  it('samples a row of 4,096 neurons as a few and a "⋯"', () => {
    const layout = layoutUnrolled({ ...tiny, hidden: 4096 }, 600);
    expect(layout.drawn).toBeLessThan(9);
    expect(layout.gates[0]!.neurons).toHaveLength(layout.drawn * 4);
    expect(layout.gates[0]!.ellipsis).toHaveLength(3 * 4);
  });

  it('draws every I and H past a handful the same, so dragging them need not lay out again', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4096 }),
        fc.integer({ min: 1, max: 4096 }),
        fc.integer({ min: 280, max: 1100 }),
        (input, hidden, width) => {
          const spec = { ...tiny, cell: 'lstm' as const, input, hidden };
          const drawn = { ...spec, input: drawnSize(input), hidden: drawnSize(hidden) };
          expect(layoutUnrolled(drawn, width)).toEqual(layoutUnrolled(spec, width));
        },
      ),
      { numRuns: 50 },
    );
  });

  it('puts x_t’s I values under each step, as input nodes feeding layer 1', () => {
    const layout = layoutUnrolled(tiny, 600);
    expect(layout.inputs.dots).toHaveLength(3 * 4);
    const arrow = flow(layout, 'layer1:in').segments[0]!;
    const [first] = layout.inputs.dots;
    expect(arrow.y1).toBeLessThan(first!.cy);
    expect(arrow.y2).toBeCloseTo(layout.parts[0]!.cells[0]!.y + layout.parts[0]!.cells[0]!.height);
    expect(layoutUnrolled({ ...tiny, input: 4096 }, 600).inputs.ellipsis.length).toBeGreaterThan(0);
  });

  it('on a phone, draws the first steps and the last with a gap, keeping cells wide enough', () => {
    const layout = layoutUnrolled({ ...tiny, steps: 8 }, 300);
    expect(layout.columns).toContain(null);
    expect(layout.columns[0]).toBe(1);
    expect(layout.columns[layout.columns.length - 1]).toBe(8);
    for (const cell of layout.parts[0]!.cells) expect(cell.width).toBeGreaterThanOrEqual(40);
    expect(layout.skipped.length).toBeGreaterThan(0);
  });

  it('keeps every shape inside the box and the DOM small, for any settings', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CELLS),
        fc.integer({ min: 1, max: 4096 }),
        fc.integer({ min: 1, max: 4096 }),
        fc.integer({ min: 1, max: 4 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 280, max: 1100 }),
        (cell, input, hidden, layers, bidirectional, steps, width) => {
          const layout = layoutUnrolled({ cell, input, hidden, layers, bidirectional, steps }, width);
          const cells = layout.parts.flatMap((p) => p.cells);
          const neurons = layout.gates.flatMap((g) => g.neurons);
          const left = Math.min(...cells.map((c) => c.x), ...neurons.map((n) => n.cx - n.r));
          const right = Math.max(...cells.map((c) => c.x + c.width), ...neurons.map((n) => n.cx + n.r));
          const bottom = Math.max(...cells.map((c) => c.y + c.height));
          expect([left >= 0, right <= width + 1e-9, bottom <= layout.height]).toEqual([true, true, true]);
          // One path per part, gate row (three), flow and label: well under 600 nodes.
          const nodes = layout.parts.length + 3 * layout.gates.length + layout.flows.length + 2 * layout.labels.length;
          expect(nodes).toBeLessThan(400);
        },
      ),
      { numRuns: 100 },
    );
  });
});
