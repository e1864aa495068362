import { scaleLinear } from '../scales.js';
import { line } from 'd3-shape';
import type { TracePoint } from '../../models/lif.js';

export interface Box {
  width: number;
  height: number;
}

/** What the spike diagram shows: input trains, the membrane potential, the output spikes. */
export interface SpikeScene {
  inputs: readonly { id: string; label: string; times: readonly number[] }[];
  trace: readonly TracePoint[];
  outputs: readonly number[];
  threshold: number;
  /** Length of the time axis, ms. */
  duration: number;
  /** Shaded stretches of time worth marking, e.g. the first and last 20 ms. */
  bands: readonly { start: number; end: number }[];
}

export interface TickShape {
  x: number;
  /** The spike's time, ms. */
  t: number;
}

export interface RowShape {
  id: string;
  label: string;
  /** Top and bottom of the row. */
  y0: number;
  y1: number;
  ticks: TickShape[];
}

export interface SpikeLayout {
  /** Left edge of the time axis; labels sit to its left. */
  x0: number;
  x1: number;
  inputs: RowShape[];
  output: RowShape;
  bands: { x: number; width: number }[];
  potential: {
    y0: number;
    y1: number;
    /** SVG path of V(t); values above the top are drawn at the top, as a spike. */
    path: string;
    thresholdY: number;
    zeroY: number;
    labelY: number;
  };
  axis: { y: number; ticks: { x: number; label: string }[] };
}

const GUTTER = 62;
const RIGHT = 14;
const ROW = 30;
const GAP = 10;
const AXIS = 24;
/** Top of the potential chart, as a multiple of the threshold: room for a spike above θ. */
const V_TOP = 1.4;

const row = (id: string, label: string, y0: number, times: readonly number[], x: (t: number) => number): RowShape => ({
  id,
  label,
  y0,
  y1: y0 + ROW,
  ticks: times.map((t) => ({ x: x(t), t })),
});

/**
 * Rows of spike ticks on one time axis: each input above, the membrane
 * potential V(t) with its threshold θ in the middle, the output spikes below.
 * The potential chart takes whatever height the rows leave.
 */
export function layoutSpikes(scene: SpikeScene, box: Box): SpikeLayout {
  const x = scaleLinear([0, scene.duration], [GUTTER, box.width - RIGHT]);
  const inputs = scene.inputs.map((input, i) => row(input.id, input.label, i * ROW, input.times, x));
  const chartTop = inputs.length * ROW + GAP;
  const chartBottom = box.height - AXIS - ROW - GAP;
  const y = scaleLinear([0, V_TOP * scene.threshold], [chartBottom, chartTop], { clamp: true });
  const path =
    line<TracePoint>()
      .x((p) => x(p.t))
      .y((p) => y(p.v))(scene.trace as TracePoint[]) ?? '';
  const output = row('output', 'output', chartBottom + GAP, scene.outputs, x);
  return {
    x0: x(0),
    x1: x(scene.duration),
    inputs,
    output,
    bands: scene.bands.map((b) => ({ x: x(b.start), width: x(b.end) - x(b.start) })),
    potential: {
      y0: chartTop,
      y1: chartBottom,
      path,
      thresholdY: y(scene.threshold),
      zeroY: y(0),
      labelY: (chartTop + chartBottom) / 2,
    },
    axis: {
      y: output.y1 + 4,
      ticks: x.ticks(box.width < 420 ? 5 : 10).map((t) => ({ x: x(t), label: String(t) })),
    },
  };
}

/** Milliseconds per pixel of the time axis, to turn a drag into a time. */
export function msPerPixel(scene: Pick<SpikeScene, 'duration'>, box: Box): number {
  return scene.duration / (box.width - GUTTER - RIGHT);
}
