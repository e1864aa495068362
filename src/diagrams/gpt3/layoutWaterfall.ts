import { scaleLinear } from '../scales.js';
import { formatCount, HIDDEN } from '../../format/numbers.js';
import { formatTicks as axisLabels } from '../../format/numbers.js';

export interface WaterfallEntry {
  /** Focus id: the step's id (`biases`, `tokens`, …), or `synapses` / `parameters`. */
  id: string;
  label: string;
  value: number;
}

export interface WaterfallInput {
  /** Where the walk starts: the blocks' synapses. */
  start: WaterfallEntry;
  /** What is added, in order; values ≥ 0. */
  steps: readonly WaterfallEntry[];
  /** Where it ends: start plus every step. */
  total: WaterfallEntry;
  /** A figure to compare the total with, e.g. the paper's printed "175.0B". */
  reference?: { label: string; value: number };
  /**
   * While the counts are hidden (predict, then reveal): the steps are named,
   * with a "?" for each value, and no bar, axis or reference gives them away.
   */
  hidden?: boolean;
}

export interface WaterfallRow {
  id: string;
  kind: 'start' | 'step' | 'total';
  label: string;
  /** Exact: "173,946,175,488", "+617,558,016". */
  valueText: string;
  /** Baseline of the label and value. */
  textY: number;
  x: number;
  width: number;
  barY: number;
  barHeight: number;
  /** Bars from 0 pass through the axis break. */
  broken: boolean;
  /** Top and bottom of the row, for its highlight band. */
  top: number;
  bottom: number;
}

export interface WaterfallLayout {
  width: number;
  height: number;
  /** Labels stacked above their bars (phones) or beside them. */
  narrow: boolean;
  rows: WaterfallRow[];
  /** Dotted lines carrying each running total down to the next bar. */
  connectors: { x: number; y1: number; y2: number }[];
  /** Where the axis jumps from the compressed 0 … start to the zoomed start … end. */
  breakX: number;
  /** Ends of the axis line. */
  axisX: [number, number];
  ticks: { x: number; label: string; anchor: 'start' | 'middle' | 'end' }[];
  /** Baseline of the tick labels; the axis line runs 14 px above it. */
  axisY: number;
  /**
   * The reference figure: a dashed line, in pieces that skip the text lines
   * of a phone layout (there the values sit where the line runs).
   */
  reference?: {
    x: number;
    segments: { y1: number; y2: number }[];
    label: string;
    anchor: 'start' | 'end';
    labelX: number;
  };
}

/** Share of the bar width given to 0 … start; the rest zooms in on what the steps add. */
const COMPRESSED = 0.3;
/** A step that adds something stays visible however small. */
const MIN_BAR = 1.5;

/**
 * A waterfall from the synapses to the parameters. The steps are tiny beside
 * the start (0.4% for GPT‑3), so the axis is broken: 0 … start is squeezed
 * into the left 30% and start … end fills the rest, one piecewise-linear scale.
 */
export function layoutWaterfall(input: WaterfallInput, box: { width: number }): WaterfallLayout {
  const { start, steps, total, hidden = false } = input;
  const reference = hidden ? undefined : input.reference;
  const narrow = box.width < 560;
  const x0 = narrow ? 0 : 170;
  const x1 = box.width - (narrow ? 0 : 140);
  const rowHeight = narrow ? 40 : 28;
  const barHeight = narrow ? 12 : 14;
  const top0 = reference ? 20 : 0;
  const hi = Math.max(total.value, reference?.value ?? 0);
  const breakX = x0 + COMPRESSED * (x1 - x0);
  const x = scaleLinear([0, start.value, hi], [x0, breakX, x1]);

  const rows: WaterfallRow[] = [];
  const connectors: WaterfallLayout['connectors'] = [];
  const entries = [
    { ...start, kind: 'start' as const, from: 0, to: start.value },
    ...steps.map((s, i) => {
      const from = start.value + steps.slice(0, i).reduce((a, t) => a + t.value, 0);
      return { ...s, kind: 'step' as const, from, to: from + s.value };
    }),
    { ...total, kind: 'total' as const, from: 0, to: total.value },
  ];
  entries.forEach((entry, i) => {
    const top = top0 + i * rowHeight;
    const barY = narrow ? top + 20 : top + (rowHeight - barHeight) / 2;
    // A bar widened to stay visible keeps its true end, so it never passes the axis.
    const width = entry.to > entry.from ? Math.max(MIN_BAR, x(entry.to) - x(entry.from)) : 0;
    const left = entry.to > entry.from ? x(entry.to) - width : x(entry.from);
    rows.push({
      id: entry.id,
      kind: entry.kind,
      label: entry.label,
      valueText: `${entry.kind === 'step' ? '+' : ''}${hidden ? HIDDEN : formatCount(entry.value)}`,
      textY: narrow ? top + 14 : barY + barHeight / 2 + 4,
      x: left,
      width: hidden ? 0 : width,
      barY,
      barHeight,
      broken: entry.kind !== 'step',
      top,
      bottom: top + rowHeight,
    });
    if (entry.kind !== 'total' && !hidden) {
      const nextBarY = narrow ? top + rowHeight + 20 : barY + rowHeight;
      connectors.push({ x: x(entry.to), y1: barY + barHeight, y2: nextBarY });
    }
  });

  const axisTop = top0 + entries.length * rowHeight + 4;
  const zoom = scaleLinear([start.value, hi], [breakX, x1]);
  const zoomTicks = zoom.ticks(narrow ? 2 : 4).filter((v) => zoom(v) - breakX > 24);
  const labels = axisLabels(zoomTicks);
  // Labels at the ends of the axis are anchored inwards, so none spills out of the box.
  const anchorAt = (tx: number) => (tx > x1 - 24 && x1 > box.width - 24 ? ('end' as const) : ('middle' as const));
  const ticks = hidden
    ? []
    : [
        { x: x0, label: '0', anchor: 'start' as const },
        ...zoomTicks.map((v, i) => ({ x: zoom(v), label: labels[i]!, anchor: anchorAt(zoom(v)) })),
      ];

  let referenceMark: WaterfallLayout['reference'];
  if (reference) {
    const rx = x(reference.value);
    const anchor = rx > (x0 + x1) / 2 ? 'end' : 'start';
    const segments = narrow
      ? rows.map((r) => ({ y1: r.barY - 4, y2: r.barY + r.barHeight + 4 }))
      : [{ y1: 14, y2: axisTop }];
    referenceMark = {
      x: rx,
      segments,
      label: reference.label,
      anchor,
      labelX: anchor === 'end' ? rx - 4 : rx + 4,
    };
  }
  return {
    width: box.width,
    height: axisTop + 22,
    narrow,
    rows,
    connectors,
    breakX,
    axisX: [x0, x1],
    ticks,
    axisY: axisTop + 16,
    reference: referenceMark,
  };
}
