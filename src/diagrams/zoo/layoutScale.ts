import { scaleLog } from '../scales.js';
import { formatCompact, formatRatio, formatPowerShort } from '../../format/numbers.js';

/** One thing to place on the scale: a model, or a nervous system (`brain`). `value` null: its source gives no figure. */
export interface ScaleItem {
  id: string;
  label: string;
  value: number | null;
  kind: 'model' | 'brain';
  /** What one token uses, for a mixture of experts whose per-token count is below its total. */
  active?: number;
}

/** A placed item: its label at the left, a stem from the axis start to its mark at `x`, its value after it. */
export interface ScaleRow extends ScaleItem {
  value: number;
  y: number;
  x: number;
  /** The label as drawn: shortened with “…” when the label column cannot hold it. */
  text: string;
  valueLabel: string;
  /** Where the per-token mark sits, for an item with an `active` count. */
  activeX?: number;
}

/** A power of ten; `label` on the ones worth printing. */
export interface ScaleTick {
  value: number;
  x: number;
  label?: string;
}

export interface ScaleLayout {
  rows: ScaleRow[];
  ticks: ScaleTick[];
  width: number;
  height: number;
  /** Narrow boxes put each label above its stem, giving the plot the whole width. */
  stacked: boolean;
  rowHeight: number;
  /** Where each row's label sits: x, and its offset from the row's centre. */
  label: { x: number; dy: number; anchor: 'start' | 'end' };
  /** The offset of each row's stem and mark from the row's centre. */
  markDy: number;
  plotLeft: number;
  plotRight: number;
  /** The baseline of the tick labels, above the first row. */
  axisY: number;
  /** Items with no figure for this measure, to name in words. */
  missing: ScaleItem[];
}

const ROW_HEIGHT = 22;
const STACKED_ROW_HEIGHT = 34;
/** Below this width labels go above their stems. */
export const STACKED_BELOW = 520;
const AXIS_BAND = 24;
const VALUE_ROOM = 46;
/** Below this many pixels a decade, only every third power of ten (1K, 1M, 1B, 1T) is labelled. */
const MIN_DECADE = 46;
/** A generous average advance of a 12 px UI-font character, to size the label column without measuring. */
export const CHAR_WIDTH = 6.8;

const shorten = (text: string, chars: number) => (text.length <= chars ? text : `${text.slice(0, chars - 1)}…`);

/** 10^e as a short label: 3 → "1K", 11 → "100B", 15 → "1,000T". */
export const powerLabel = formatPowerShort;

/** A value short enough to sit after its mark: 86000000000 → "86B", 392.09 → "392.1". */
export const shortValue = (value: number): string => formatCompact(value) ?? formatRatio(value);

/**
 * Items on one logarithmic axis, largest first, one row each. The domain
 * runs from the power of ten at or below the smallest value to the one at
 * or above the largest, so every mark sits between labelled decades.
 */
export function layoutScale(
  items: readonly ScaleItem[],
  box: {
    width: number;
    /** How much larger than 12 px the labels are drawn (a presentation draws them at 15 px: 1.25). */
    textScale?: number;
    /** Rows packed this close instead (a presentation fits every row on one screen). */
    rowHeight?: number;
  },
): ScaleLayout {
  const charWidth = CHAR_WIDTH * (box.textScale ?? 1);
  const valueRoom = VALUE_ROOM * (box.textScale ?? 1);
  const shown = items
    .filter((item): item is ScaleItem & { value: number } => item.value !== null && item.value > 0)
    .sort((a, b) => b.value - a.value);
  const missing = items.filter((item) => item.value === null || item.value <= 0);
  const stacked = box.width < STACKED_BELOW;
  const longest = Math.max(4, ...shown.map((item) => item.label.length));
  const labelRight = stacked
    ? 0
    : Math.round(Math.min(box.width * 0.42, 220 * (box.textScale ?? 1), Math.max(60, longest * charWidth)));
  const plotLeft = stacked ? 6 : labelRight + 10;
  const chars = Math.round((stacked ? box.width - plotLeft : labelRight) / charWidth);
  const rowHeight = stacked ? STACKED_ROW_HEIGHT : (box.rowHeight ?? ROW_HEIGHT);
  const plotRight = Math.max(plotLeft + 40, box.width - valueRoom);

  const values = shown.flatMap((item) => (item.active === undefined ? [item.value] : [item.value, item.active]));
  const low = values.length === 0 ? 0 : Math.floor(Math.log10(Math.min(...values)));
  const high = values.length === 0 ? 1 : Math.max(low + 1, Math.ceil(Math.log10(Math.max(...values))));
  const x = scaleLog([10 ** low, 10 ** high], [plotLeft, plotRight]);
  const every = (plotRight - plotLeft) / (high - low) >= MIN_DECADE ? 1 : 3;
  const ticks: ScaleTick[] = [];
  for (let e = low; e <= high; e++) {
    ticks.push({ value: 10 ** e, x: x(10 ** e), label: e % every === 0 ? powerLabel(e) : undefined });
  }

  const rows = shown.map((item, i) => ({
    ...item,
    y: AXIS_BAND + i * rowHeight + rowHeight / 2,
    x: x(item.value),
    text: shorten(item.label, chars),
    valueLabel: shortValue(item.value),
    ...(item.active === undefined ? {} : { activeX: x(item.active) }),
  }));
  return {
    rows,
    ticks,
    width: box.width,
    height: AXIS_BAND + rows.length * rowHeight + 6,
    stacked,
    rowHeight,
    label: stacked ? { x: plotLeft, dy: -7, anchor: 'start' } : { x: labelRight, dy: 0, anchor: 'end' },
    markDy: stacked ? 7 : 0,
    plotLeft,
    plotRight,
    axisY: AXIS_BAND - 8,
    missing,
  };
}
