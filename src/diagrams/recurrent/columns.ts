import { sample, slotsOf } from '../sample.js';

/** A drawn time step (`step` from 1), or the narrow column standing for the steps not drawn (`step: null`). */
export interface Column {
  step: number | null;
  x: number;
  width: number;
}

export interface ColumnFit {
  columns: Column[];
  /** Space between columns, and before the first and after the last (where the initial state enters). */
  gap: number;
  /** Width of the label gutter on the left, starting at gutterX. */
  gutter: number;
  gutterX: number;
}

const MIN_CELL = 40;
const MAX_CELL = 120;
const SKIP_WIDTH = 16;

/**
 * Columns for `steps` time steps across `width`: all of them when each cell
 * gets at least MIN_CELL, else the first few and the last with a gap between
 * (the counts never depend on how many steps are drawn). The whole picture is
 * centred when the cells reach their widest.
 */
export function fitColumns(steps: number, width: number): ColumnFit {
  const gutter = 36;
  const available = width - gutter;
  let fit: { slots: ReturnType<typeof slotsOf>; gap: number; cell: number; skips: number };
  for (let max = steps; ; max--) {
    const slots = slotsOf(sample(steps, max));
    const skips = slots.filter((s) => s.kind === 'gap').length;
    const cells = slots.length - skips;
    const gap = Math.max(12, Math.min(28, (available / slots.length) * 0.25));
    const cell = Math.min(MAX_CELL, (available - (slots.length + 1) * gap - skips * SKIP_WIDTH) / cells);
    fit = { slots, gap, cell, skips };
    if (cell >= MIN_CELL || max <= 3) break;
  }
  const { slots, gap, cell, skips } = fit;
  const total = gutter + (slots.length + 1) * gap + (slots.length - skips) * cell + skips * SKIP_WIDTH;
  const gutterX = Math.max(0, (width - total) / 2);
  let x = gutterX + gutter + gap;
  const columns = slots.map((slot) => {
    const column: Column =
      slot.kind === 'item' ? { step: slot.index + 1, x, width: cell } : { step: null, x, width: SKIP_WIDTH };
    x += column.width + gap;
    return column;
  });
  return { columns, gap, gutter, gutterX };
}
