import { formatCount } from '../../format/numbers.js';
import type { Slot } from './pick.js';
import {
  boxFaces,
  boxGrid,
  extentOf,
  polygonsPath,
  segmentsPath,
  type Axes,
  type Cells,
  type Point,
} from './project.js';
import type { BracketShape, ChannelShape, GapShape } from './types.js';

/** Width of a gap's "⋯ +n" between drawn channels. */
export const GAP_WIDTH = 40;
/** Space between channel cards: a share of a card's width, plus a few pixels. */
const SPACING = 0.35;
const MIN_SPACING = 4;
const MARGIN = 6;

/** The widest cell size at which a row of `slots` cards of `unit` width (per cell) fits `width`. */
export function cellForWidth(slots: Slot[], unitWidth: number, width: number): number {
  const items = slots.filter((s) => s.kind === 'item').length;
  const gaps = slots.length - items;
  const fixed = 2 * MARGIN + (slots.length - 1) * MIN_SPACING + gaps * GAP_WIDTH;
  return (width - fixed) / (unitWidth * (items + SPACING * (slots.length - 1)));
}

export interface Row {
  channels: ChannelShape[];
  gaps: GapShape[];
  origins: Map<number, Point>;
}

export function layoutRow(
  slots: Slot[],
  axes: Axes,
  size: Cells,
  top: number,
  width: number,
  labelY: number,
  inGroup: (i: number) => boolean,
  showGrid: boolean,
): Row {
  const { width: w, height: h, rise } = extentOf(axes, size);
  const spacing = SPACING * w + MIN_SPACING;
  const total = slots.reduce((sum, s) => sum + (s.kind === 'item' ? w : GAP_WIDTH), 0) + spacing * (slots.length - 1);
  let x = (width - total) / 2;
  const row: Row = { channels: [], gaps: [], origins: new Map() };
  const zero: Cells = { t: 0, u: 0, v: 0 };
  for (const slot of slots) {
    if (slot.kind === 'gap') {
      row.gaps.push({ x: x + GAP_WIDTH / 2, y: top + h / 2, label: `+${formatCount(slot.hidden)}` });
      x += GAP_WIDTH + spacing;
      continue;
    }
    const origin = { x, y: top + rise };
    row.origins.set(slot.index, origin);
    row.channels.push({
      index: slot.index,
      inGroup: inGroup(slot.index),
      faces: polygonsPath(boxFaces(origin, axes, zero, size)),
      grid: showGrid ? segmentsPath(boxGrid(origin, axes, zero, size)) : '',
      label: { x: x + w / 2, y: labelY, text: formatCount(slot.index + 1) },
      origin,
      x,
      y: top,
      width: w,
      height: h,
    });
    x += w + spacing;
  }
  return row;
}

export function bracketOver(
  side: BracketShape['side'],
  channels: ChannelShape[],
  y: number,
  label: string,
): BracketShape[] {
  const lit = channels.filter((c) => c.inGroup);
  if (lit.length === 0) return [];
  const last = lit[lit.length - 1]!;
  return [{ side, x1: lit[0]!.x, x2: last.x + last.width, y, label }];
}
