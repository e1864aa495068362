import { line } from 'd3-shape';
import { matrixFootprint, matrixHeight, placeMatrix, SIZES, type Scale } from './placeMatrix.js';
import type { MatrixItem, OpItem, SegmentPlan, StackItem } from './plan.js';
import type { FlowShape, MatrixShape, NormShape, OpShape } from './shapes.js';

type Item = SegmentPlan['items'][number];

const opWidth = (op: OpItem) => Math.round(SIZES.op.pad + op.label.length * SIZES.op.perChar);
const stackUnits = (s: StackItem) => Math.max(...s.items.map((m) => m.cols));

const gapAfter = (item: Item) => (item.kind === 'stack' ? SIZES.fan : SIZES.gap);

function footprint(item: Item, unit: number): number {
  if (item.kind === 'op') return opWidth(item);
  if (item.kind === 'matrix') return matrixFootprint(item, unit);
  return Math.max(...item.items.map((m) => matrixFootprint(m, unit)));
}

/**
 * A segment's size as `fixed + unit × units` across and `fixedHeight + unit × rows`
 * up, to solve for the unit that fits (matrices at their minimum count as fixed).
 */
export function measureSegment(plan: SegmentPlan) {
  let fixed = SIZES.norm.width + SIZES.afterNorm + SIZES.back;
  plan.items.slice(0, -1).forEach((item) => (fixed += gapAfter(item)));
  let units = 0;
  let rows = 0;
  let fixedHeight = 0;
  for (const item of plan.items) {
    if (item.kind === 'op') {
      fixed += opWidth(item);
      continue;
    }
    fixed += SIZES.bias.gap + SIZES.bias.width + SIZES.min;
    const members = item.kind === 'stack' ? item.items : [item];
    units += item.kind === 'stack' ? stackUnits(item) : item.cols;
    const height = members.reduce((a, m) => a + m.rows, 0);
    if (height > rows) {
      rows = height;
      fixedHeight = (members.length - 1) * SIZES.stackGap;
    }
  }
  return { fixed, units, rows, fixedHeight };
}

const path = (points: [number, number][]) => line()(points)!;
const flow = (id: string, points: [number, number][], arrow = true): FlowShape => ({
  id,
  d: path(points),
  kind: 'flow',
  arrow,
});
const middle = (m: MatrixShape) => m.body.y + m.body.height / 2;
const centre = (m: MatrixShape) => m.body.x + m.body.width / 2;
const rightOf = (m: MatrixShape) => m.bias.x + m.bias.width;

/** An item as placed: a stack keeps its members, bottom one last. */
type Placed =
  | { kind: 'matrix'; item: MatrixItem; shapes: [MatrixShape] }
  | { kind: 'stack'; shapes: MatrixShape[] }
  | { kind: 'op'; shape: OpShape };

function placeItems(plan: SegmentPlan, x: number, baseline: number, scale: Scale): Placed[] {
  let cursor = x;
  const placed = plan.items.map((item): Placed => {
    const at = cursor;
    cursor += footprint(item, scale.unit) + gapAfter(item);
    if (item.kind === 'matrix') return { kind: 'matrix', item, shapes: [placeMatrix(item, at, baseline, scale)] };
    if (item.kind === 'op') {
      const rect = { x: at, y: 0, width: opWidth(item), height: SIZES.op.height };
      return { kind: 'op', shape: { id: item.id, label: item.label, rect } };
    }
    let bottom = baseline;
    const shapes = [...item.items].reverse().map((m) => {
      const shape = placeMatrix(m, at, bottom, scale);
      bottom -= matrixHeight(m, scale.unit) + SIZES.stackGap;
      return shape;
    });
    return { kind: 'stack', shapes: shapes.reverse() };
  });
  // A weightless step sits level with the middle of the lowest matrix beside it.
  placed.forEach((p, i) => {
    if (p.kind !== 'op') return;
    const beside = [placed[i - 1], placed[i + 1]].flatMap((n) => (n === undefined || n.kind === 'op' ? [] : n.shapes));
    const half = Math.min(...beside.map((m) => m.body.height)) / 2;
    p.shape.rect.y = baseline - Math.max(half, SIZES.op.height / 2 + 2) - SIZES.op.height / 2;
  });
  return placed;
}

/** Arrows into and out of each weightless step; a stack's members each send one in. */
function steps(plan: SegmentPlan, placed: Placed[]): FlowShape[] {
  const flows: FlowShape[] = [];
  placed.forEach((a, i) => {
    const b = placed[i + 1];
    if (b === undefined || (a.kind !== 'op' && b.kind !== 'op')) return;
    const op = a.kind === 'op' ? a.shape.rect : (b as { shape: OpShape }).shape.rect;
    const y = op.y + op.height / 2;
    if (a.kind === 'op') {
      const to = b.kind === 'op' ? b.shape.rect.x : b.shapes[0]!.body.x;
      flows.push(
        flow(`${plan.id}-after-${op.x}`, [
          [op.x + op.width + 1, y],
          [to - 1, y],
        ]),
      );
      return;
    }
    if (a.kind === 'matrix') {
      flows.push(
        flow(`${a.item.part}-out`, [
          [rightOf(a.shapes[0]) + 1, y],
          [op.x - 1, y],
        ]),
      );
      return;
    }
    for (const m of a.shapes)
      flows.push(
        flow(`${m.part}-out`, [
          [rightOf(m) + 1, middle(m)],
          [op.x - 1, y],
        ]),
      );
  });
  return flows;
}

/** The bus from the norm to every matrix that reads the normalised stream: ticks up into single readers, a riser beside a stack. */
function feeds(plan: SegmentPlan, placed: Placed[], from: number, busY: number): FlowShape[] {
  const flows: FlowShape[] = [];
  let end = from;
  for (const p of placed) {
    if (p.kind === 'matrix' && p.item.reads) {
      const m = p.shapes[0];
      end = centre(m);
      flows.push(
        flow(`${m.part}-in`, [
          [end, busY],
          [end, m.body.y + m.body.height + 1],
        ]),
      );
    }
    if (p.kind === 'stack') {
      const riser = p.shapes[0]!.body.x - 6;
      end = Math.max(end, riser);
      flows.push(
        flow(
          `${plan.id}-riser`,
          [
            [riser, busY],
            [riser, middle(p.shapes[0]!)],
          ],
          false,
        ),
      );
      for (const m of p.shapes)
        flows.push(
          flow(`${m.part}-in`, [
            [riser, middle(m)],
            [m.body.x - 1, middle(m)],
          ]),
        );
    }
  }
  return [
    flow(
      `${plan.id}-bus`,
      [
        [from, busY],
        [end, busY],
      ],
      false,
    ),
    ...flows,
  ];
}

export interface PlacedSegment {
  matrices: MatrixShape[];
  norm: NormShape;
  ops: OpShape[];
  flows: FlowShape[];
  /** Where the branch's output leaves its last matrix, to go back to the stream. */
  exit: { x: number; y: number };
  /** Right end of the segment, including the room for the line back. */
  right: number;
}

/**
 * Lays out one branch left to right from `x`: its norm, then its matrices
 * standing on `baseline` (so their heights compare as bars), fed from a bus
 * below the baseline, with arrows through the weightless steps.
 */
export function placeSegment(plan: SegmentPlan, x: number, baseline: number, scale: Scale): PlacedSegment {
  const busY = baseline + SIZES.busDrop;
  const norm = { part: plan.norm, rect: { x, y: busY - SIZES.norm.height / 2, ...SIZES.norm } };
  const placed = placeItems(plan, x + SIZES.norm.width + SIZES.afterNorm, baseline, scale);
  const matrices = placed.flatMap((p) => (p.kind === 'op' ? [] : p.shapes));
  const last = matrices[matrices.length - 1]!;
  return {
    matrices,
    norm,
    ops: placed.flatMap((p) => (p.kind === 'op' ? [p.shape] : [])),
    flows: [...feeds(plan, placed, x + SIZES.norm.width, busY), ...steps(plan, placed)],
    exit: { x: rightOf(last), y: baseline - Math.min(last.body.height, SIZES.op.height) / 2 },
    right: rightOf(last) + SIZES.back,
  };
}
