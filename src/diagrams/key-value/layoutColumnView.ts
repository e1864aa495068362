import { scaleLinear } from '../scales.js';
import { range } from 'd3-array';
import { arrow, type Arrow } from './arrow.js';
import { centred, inside, overlaps, type LabelBox } from './labelBoxes.js';

type Point = readonly [number, number];

export interface ColumnViewInput {
  /** Column i of W_value: the direction key i writes. */
  columns: readonly Point[];
  /** Head-to-tail steps: key i's column scaled by its output, from the end of the step before. */
  terms: readonly { key: number; from: Point; to: Point }[];
  output: Point;
  /** Half-width of the plot in output units; fixed, so lengths compare across inputs. */
  reach: number;
}

export interface ColumnViewLayout {
  size: number;
  origin: { x: number; y: number };
  /** Pixels per output unit. */
  unit: number;
  /** Whole-unit grid lines: offsets in pixels from the origin, with the value they stand for. */
  ticks: { value: number; at: number }[];
  /** The names of the axes, y₁ and y₂ (end-anchored, at their baseline). */
  axisNames: readonly [{ x: number; y: number }, { x: number; y: number }];
  /**
   * The direction of each column of W_value, from the origin to the plot's edge, with its key's name beside the end;
   * `labelled` false where that name would sit on an axis name or a step's name (shown again when the steps are hidden).
   */
  rays: { key: number; edgeX: number; edgeY: number; labelX: number; labelY: number; labelled: boolean }[];
  /** The scaled columns, head to tail; keys whose output is 0 draw nothing, and steps too short for a name go without. */
  steps: { key: number; arrow: Arrow; labelX: number; labelY: number; labelled: boolean }[];
  output: Arrow;
  /** Dashed lines from the output's tip to each axis: the value neurons' outputs are its coordinates. */
  projections: { row: number; x1: number; y1: number; x2: number; y2: number }[];
}

const MARGIN = 18;
const EDGE = 6;
const RAY_LABEL = { back: 10, side: 9 };
const STEP_LABEL = 10;
const MIN_LABELLED = 14;
/** Boxes of the names as drawn (src/widgets/key-value/key-value.css: axis names 13 px, steps 11 px bold, rays 10 px), with a little air. */
const BOX = { axis: { width: 22, height: 19 }, step: { width: 22, height: 19 }, ray: { width: 18, height: 15 } };

/**
 * The direction view: a square plot of the output plane (y₁ across, y₂ up).
 * Every key neuron writes its column of W_value scaled by its output; the
 * scaled columns, laid head to tail, end at the output vector.
 */
export function layoutColumnView({ columns, terms, output, reach }: ColumnViewInput, size: number): ColumnViewLayout {
  const x = scaleLinear([-reach, reach], [MARGIN, size - MARGIN]);
  const y = scaleLinear([-reach, reach], [size - MARGIN, MARGIN]);
  const origin = { x: x(0), y: y(0) };
  const unit = x(1) - x(0);

  const rays = columns.map(([a, b], key) => {
    // The direction on screen (y grows downwards), as a unit vector.
    const length = Math.hypot(a, b);
    const [dx, dy] = [a / length, -b / length];
    const t = (size / 2 - EDGE) / Math.max(Math.abs(dx), Math.abs(dy));
    const edgeX = origin.x + dx * t;
    const edgeY = origin.y + dy * t;
    // Back from the edge, and off to the clockwise side, clear of the axis names on the other.
    return {
      key,
      edgeX,
      edgeY,
      labelX: edgeX - dx * RAY_LABEL.back - dy * RAY_LABEL.side,
      labelY: edgeY - dy * RAY_LABEL.back + dx * RAY_LABEL.side,
    };
  });

  const end = size - 4;
  const axisNames = [
    { x: end, y: origin.y - 7 },
    { x: origin.x - 7, y: 14 },
  ] as const;
  const tip = { x: x(output[0]), y: y(output[1]) };
  const placed: LabelBox[] = [
    ...axisNames.map(({ x, y }) => centred(x - BOX.axis.width / 2, y - 5, BOX.axis.width, BOX.axis.height)),
    // The output's name, “y”, up and right of its tip (ColumnView).
    centred(tip.x + 12, tip.y - 11, BOX.step.width, BOX.step.height),
  ];

  const steps = terms
    .filter((t) => t.from[0] !== t.to[0] || t.from[1] !== t.to[1])
    .map((t) => {
      const a = arrow(x(t.from[0]), y(t.from[1]), x(t.to[0]), y(t.to[1]));
      const dx = a.tx - a.x1;
      const dy = a.ty - a.y1;
      const length = Math.hypot(dx, dy);
      // The path turns one way only (chainOrder), with y inside the turn: labels go on the outside, to the step's
      // right, unless another name is there already; then on its left, or further out.
      const at = (side: number) => ({
        labelX: (a.x1 + a.tx) / 2 - (dy / length) * STEP_LABEL * side,
        labelY: (a.y1 + a.ty) / 2 + (dx / length) * STEP_LABEL * side,
      });
      const labelled = length >= MIN_LABELLED;
      const boxOf = (p: { labelX: number; labelY: number }) =>
        centred(p.labelX, p.labelY, BOX.step.width, BOX.step.height);
      const free = (p: { labelX: number; labelY: number }) =>
        inside(boxOf(p), size) && !placed.some((box) => overlaps(box, boxOf(p)));
      const place = [1, -1, 1.8, -1.8].map(at).find(free) ?? at(1);
      if (labelled) placed.push(boxOf(place));
      return { key: t.key, arrow: a, ...place, labelled };
    });

  const labelledRays = rays.map((ray) => {
    const box = centred(ray.labelX, ray.labelY, BOX.ray.width, BOX.ray.height);
    return { ...ray, labelled: !placed.some((other) => overlaps(other, box)) };
  });
  return {
    size,
    origin,
    unit,
    axisNames,
    ticks: range(-Math.floor(reach), Math.floor(reach) + 1).map((value) => ({ value, at: unit * value })),
    rays: labelledRays,
    steps,
    output: arrow(origin.x, origin.y, tip.x, tip.y, 11, 9),
    projections: [
      { row: 0, x1: tip.x, y1: tip.y, x2: tip.x, y2: origin.y },
      { row: 1, x1: tip.x, y1: tip.y, x2: origin.x, y2: tip.y },
    ],
  };
}
