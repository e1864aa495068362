import { matrixFootprint, matrixHeight, placeMatrix, SIZES, type Scale } from './placeMatrix.js';
import type { OpItem, SegmentPlan, StackItem } from './plan.js';
import { feeds, rightOf, steps, type Placed } from './segmentFlows.js';
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
