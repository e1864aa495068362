import { scaleLinear } from '../scales.js';
import { snapToStep } from '../../state/schema.js';

/** The pad's axis range, as the x₁ and x₂ sliders have it. */
export interface PadRange {
  min: number;
  max: number;
  step: number;
}

export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface PadLayout {
  size: number;
  /** The square the input can be in, inside the margin. */
  box: { x: number; y: number; side: number };
  handle: { x: number; y: number };
  /** Grid lines at the quarters of the range: a vertical line at x, a horizontal one at y; the middle pair are the axes. */
  grid: { x: number; y: number; axis: boolean }[];
  /** Where a key and its opposite hand over (a·x₁ + b·x₂ + c·x₃ = 0) at the current x₃. */
  switches: Segment[];
}

const MARGIN = 10;

function scales(size: number, range: PadRange) {
  return {
    x: scaleLinear([range.min, range.max], [MARGIN, size - MARGIN]),
    y: scaleLinear([range.min, range.max], [size - MARGIN, MARGIN]),
  };
}

/** The stretch of the line a·u + b·v + d = 0 (b ≠ 0) inside the square [lo, hi]², or null if it misses. */
export function clipLine(a: number, b: number, d: number, lo: number, hi: number): [number, number][] | null {
  const inside = (t: number) => t >= lo - 1e-9 && t <= hi + 1e-9;
  const points: [number, number][] = [];
  for (const u of [lo, hi]) {
    const v = -(a * u + d) / b;
    if (inside(v)) points.push([u, v]);
  }
  if (a !== 0) {
    for (const v of [lo, hi]) {
      const u = -(b * v + d) / a;
      if (inside(u)) points.push([u, v]);
    }
  }
  const distinct = points.filter((p, i) => points.findIndex((q) => Math.hypot(q[0] - p[0], q[1] - p[1]) < 1e-9) === i);
  return distinct.length >= 2 ? [distinct[0]!, distinct[1]!] : null;
}

/**
 * The input pad: a square of (x₁, x₂) with a handle at the input, and the
 * lines along which keys switch on and off for the current x₃, so the reader
 * sees where dragging will change which keys fire.
 */
export function layoutPad(
  input: { x1: number; x2: number; x3: number },
  planes: readonly (readonly [number, number, number])[],
  range: PadRange,
  size: number,
): PadLayout {
  const { x, y } = scales(size, range);
  const quarter = (range.max - range.min) / 4;
  const mid = (range.min + range.max) / 2;
  const switches = planes.flatMap(([a, b, c]) => {
    const line = clipLine(a, b, c * input.x3, range.min, range.max);
    if (line === null) return [];
    const [[u1, v1], [u2, v2]] = line as [[number, number], [number, number]];
    return [{ x1: x(u1), y1: y(v1), x2: x(u2), y2: y(v2) }];
  });
  return {
    size,
    box: { x: MARGIN, y: MARGIN, side: size - 2 * MARGIN },
    handle: { x: x(input.x1), y: y(input.x2) },
    grid: [-1, 0, 1].map((k) => ({ x: x(mid + k * quarter), y: y(mid + k * quarter), axis: k === 0 })),
    switches,
  };
}

/** The input under a pointer at (px, py) in the pad's pixels, snapped to the sliders' grid and clamped to the range. */
export function padValue(px: number, py: number, size: number, range: PadRange): [number, number] {
  const { x, y } = scales(size, range);
  return [snapToStep(range, x.invert(px)), snapToStep(range, y.invert(py))];
}

/**
 * The input after a key press on the pad, or undefined for keys it leaves alone.
 * Left/right move x₁ and up/down move x₂ by one step (five with Shift);
 * Page Up/Down move x₂ by ten steps; Home centres the handle.
 */
export function padKey(
  [x1, x2]: readonly [number, number],
  key: string,
  shift: boolean,
  range: PadRange,
): [number, number] | undefined {
  const by = (shift ? 5 : 1) * range.step;
  const snap = (v: number) => snapToStep(range, v);
  switch (key) {
    case 'ArrowRight':
      return [snap(x1 + by), x2];
    case 'ArrowLeft':
      return [snap(x1 - by), x2];
    case 'ArrowUp':
      return [x1, snap(x2 + by)];
    case 'ArrowDown':
      return [x1, snap(x2 - by)];
    case 'PageUp':
      return [x1, snap(x2 + 10 * range.step)];
    case 'PageDown':
      return [x1, snap(x2 - 10 * range.step)];
    case 'Home':
      return [snap((range.min + range.max) / 2), snap((range.min + range.max) / 2)];
    default:
      return undefined;
  }
}
