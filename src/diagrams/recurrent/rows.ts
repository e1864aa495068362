import type { slotsOf } from '../sample.js';
import type { Column } from './columns.js';
import type { Direction } from './focus.js';
import type { Circle, Segment } from './paths.js';
import type { DotRow } from './shapes.js';

type Slot = ReturnType<typeof slotsOf>[number];

/**
 * Arrows from each column to the next at height y (leftwards for the reverse
 * direction), starting with the initial state coming in from outside. `through`
 * also draws the line across each cell, as the LSTM's cell state runs through.
 */
export function across(
  columns: readonly Column[],
  gap: number,
  y: number,
  direction: Direction,
  through: boolean,
): Segment[] {
  const ordered = direction === 'forward' ? columns : [...columns].reverse();
  const sign = direction === 'forward' ? 1 : -1;
  const enter = (c: Column) => (direction === 'forward' ? c.x : c.x + c.width);
  const leave = (c: Column) => (direction === 'forward' ? c.x + c.width : c.x);
  const first = ordered[0]!;
  const segments: Segment[] = [{ x1: enter(first) - sign * (gap - 3), y1: y, x2: enter(first), y2: y, head: true }];
  ordered.forEach((c, i) => {
    if (through && c.step !== null) segments.push({ x1: enter(c), y1: y, x2: leave(c), y2: y, head: false });
    const next = ordered[i + 1];
    if (next) segments.push({ x1: leave(c), y1: y, x2: enter(next), y2: y, head: true });
  });
  return segments;
}

/** Dots at height y across each column, centred; a gap slot becomes a small "⋯". */
export function dotRow(
  columns: readonly Column[],
  slots: readonly Slot[],
  spacing: number,
  y: number,
  r: number,
): DotRow {
  const dots: Circle[] = [];
  const ellipsis: Circle[] = [];
  for (const column of columns) {
    const left = column.x + (column.width - slots.length * spacing) / 2;
    slots.forEach((slot, j) => {
      const cx = left + (j + 0.5) * spacing;
      if (slot.kind === 'item') dots.push({ cx, cy: y, r });
      else for (const dx of [-0.3, 0, 0.3]) ellipsis.push({ cx: cx + dx * spacing, cy: y, r: Math.max(0.7, r * 0.32) });
    });
  }
  return { dots, ellipsis };
}
