import { describe, expect, it } from 'vitest';
import { blockLit, recurrentFocus } from './focus.js';
import { layoutWeightMatrix } from './layoutMatrix.js';

const lstm = { layer: 1, gates: ['i', 'f', 'g', 'o'], hidden: 650, rows: 2600, inputs: 650, directions: 1 };

describe('layoutWeightMatrix', () => {
  it('draws a band of rows per gate, split into input and recurrent columns', () => {
    const m = layoutWeightMatrix(lstm);
    expect(m.blocks.map((b) => `${b.gate}${b.side}`)).toEqual(['iih', 'ihh', 'fih', 'fhh', 'gih', 'ghh', 'oih', 'ohh']);
    const [ih, hh] = m.blocks;
    expect(ih!.x + ih!.width).toBeCloseTo(hh!.x);
    expect(ih!.width).toBeCloseTo(hh!.width);
    for (const b of m.blocks) expect(b.x + b.width).toBeLessThanOrEqual(m.width);
    expect(m.labels.filter((l) => l.kind === 'columns').map((l) => l.text)).toEqual(['650', '650']);
    expect(m.labels.find((l) => l.kind === 'rows')!.text).toBe('layer 1: 2,600 rows');
  });

  it('shows every weight of a small matrix: 2 rows of 3 + 2 synapses', () => {
    const m = layoutWeightMatrix({ layer: 1, gates: ['h'], hidden: 2, rows: 2, inputs: 3, directions: 1 });
    const horizontal = m.grid.filter((l) => l.y1 === l.y2);
    const vertical = m.grid.filter((l) => l.x1 === l.x2);
    expect(horizontal).toHaveLength(1);
    expect(vertical).toHaveLength(2 + 1);
    expect(layoutWeightMatrix(lstm).grid).toEqual([]);
  });

  it('leans the columns towards their sizes, keeping each side legible', () => {
    const wide = layoutWeightMatrix({ ...lstm, inputs: 4096, hidden: 1 });
    const [ih, hh] = wide.blocks;
    expect(ih!.width / (ih!.width + hh!.width)).toBeCloseTo(0.7);
    const bidirectional = layoutWeightMatrix({ ...lstm, layer: 2, inputs: 1300, directions: 2 });
    expect(bidirectional.labels.find((l) => l.kind === 'rows')!.text).toBe('layer 2: 2 × 2,600 rows');
  });

  it('lights a gate’s band on both sides, and one side for an input or recurrent term', () => {
    const gate = recurrentFocus.parse('layer1:f');
    expect([blockLit(gate, 1, 'f', 'ih'), blockLit(gate, 1, 'f', 'hh'), blockLit(gate, 1, 'i', 'ih')]).toEqual([
      true,
      true,
      false,
    ]);
    const recurrent = recurrentFocus.parse('layer2#recurrent');
    expect([
      blockLit(recurrent, 2, 'g', 'hh'),
      blockLit(recurrent, 2, 'g', 'ih'),
      blockLit(recurrent, 1, 'g', 'hh'),
    ]).toEqual([true, false, false]);
  });
});
