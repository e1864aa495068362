import { describe, expect, it } from 'vitest';
import { CHAR_WIDTH, layoutScale, powerLabel, shortValue, STACKED_BELOW, type ScaleItem } from './layoutScale.js';

const items: ScaleItem[] = [
  { id: 'lenet', label: 'LeNet‑5', value: 236, kind: 'model' },
  { id: 'human', label: 'Human', value: 86e9, kind: 'brain' },
  { id: 'gpt3', label: 'GPT‑3 175B', value: 10_616_832, kind: 'model' },
  { id: 'bee', label: 'Honey bee', value: null, kind: 'brain' },
];

describe('layoutScale', () => {
  const layout = layoutScale(items, { width: 800 });

  it('puts the largest first, one row each, and names the items with no figure', () => {
    expect(layout.rows.map((r) => r.id)).toEqual(['human', 'gpt3', 'lenet']);
    expect(layout.rows.map((r) => r.y)).toEqual([0, 1, 2].map((i) => layout.rows[0]!.y + i * layout.rowHeight));
    expect(layout.missing.map((m) => m.id)).toEqual(['bee']);
    expect(layout.height).toBeGreaterThan(layout.rows[2]!.y + layout.rowHeight / 2);
  });

  it('spans whole decades, from 100 (below 236) to 100B (above 86B), on a log scale', () => {
    expect(layout.ticks[0]).toMatchObject({ value: 100, x: layout.plotLeft });
    expect(layout.ticks.at(-1)).toMatchObject({ value: 1e11, x: layout.plotRight });
    const gaps = layout.ticks.slice(1).map((t, i) => t.x - layout.ticks[i]!.x);
    for (const gap of gaps) expect(gap).toBeCloseTo(gaps[0]!, 6);
    const [human, gpt3] = layout.rows;
    expect(human!.x).toBeCloseTo(layout.plotLeft + (Math.log10(86e9) - 2) * gaps[0]!, 6);
    expect(gpt3!.x).toBeLessThan(human!.x);
  });

  it('sizes the label column to the longest label, shortening what the column cannot hold', () => {
    expect(layout.stacked).toBe(false);
    expect(layout.label).toEqual({ x: Math.round('GPT‑3 175B'.length * CHAR_WIDTH), dy: 0, anchor: 'end' });
    expect(layout.plotLeft).toBe(layout.label.x + 10);
    expect(layout.plotRight).toBeLessThanOrEqual(800 - 40);
    expect(layout.ticks.every((t) => t.label !== undefined)).toBe(true);
    const long = layoutScale([{ id: 'x', label: 'meta-llama/Llama-2-7b-chat-hf (yours)', value: 5, kind: 'model' }], {
      width: 600,
    });
    expect(long.label.x).toBe(220);
    expect(long.rows[0]!.text).toBe(`${long.rows[0]!.label.slice(0, Math.round(220 / CHAR_WIDTH) - 1)}…`);
    expect(long.rows[0]!.label).toBe('meta-llama/Llama-2-7b-chat-hf (yours)');
  });

  it('on a phone puts labels above the stems, gives the plot the width and labels every third decade', () => {
    const narrow = layoutScale(items, { width: STACKED_BELOW - 200 });
    expect(narrow.stacked).toBe(true);
    expect(narrow.label).toEqual({ x: narrow.plotLeft, dy: -7, anchor: 'start' });
    expect(narrow.markDy).toBeGreaterThan(0);
    expect(narrow.rowHeight).toBeGreaterThan(layout.rowHeight);
    expect(narrow.plotLeft).toBeLessThan(10);
    expect(narrow.ticks.filter((t) => t.label).map((t) => t.label)).toEqual(['1K', '1M', '1B']);
    for (const row of narrow.rows) expect(row.x).toBeLessThanOrEqual(narrow.plotRight);
  });

  it('copes with nothing to show', () => {
    const empty = layoutScale([{ id: 'bee', label: 'Honey bee', value: null, kind: 'brain' }], { width: 400 });
    expect(empty.rows).toEqual([]);
    expect(empty.ticks.length).toBe(2);
  });
});

describe('labels', () => {
  it('powers of ten read as 1, 10, 100, 1K … 100B, 1T, 1,000T', () => {
    expect([0, 2, 3, 5, 9, 11, 12, 15].map(powerLabel)).toEqual([
      '1',
      '100',
      '1K',
      '100K',
      '1B',
      '100B',
      '1T',
      '1,000T',
    ]);
  });

  it('values are short: compact above 10,000, one decimal below', () => {
    expect(shortValue(86e9)).toBe('86B');
    expect(shortValue(54_500_000 / 139_000)).toBe('392.1');
    expect(shortValue(16_384)).toBe('16.4K');
  });

  it('puts a per-token mark on its model’s stem, left of the total, and widens the axis to hold it', () => {
    const sparse = layoutScale([{ id: 'moe', label: 'Sparse', value: 5e6, active: 40, kind: 'model' }], { width: 800 });
    const moe = sparse.rows[0]!;
    expect(moe.activeX).toBeGreaterThanOrEqual(sparse.plotLeft);
    expect(moe.activeX).toBeLessThan(moe.x);
    expect(sparse.ticks[0]!.value).toBe(10);
    expect(layoutScale(items, { width: 800 }).rows.every((r) => r.activeX === undefined)).toBe(true);
  });
});
