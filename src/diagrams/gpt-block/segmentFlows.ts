import { line } from 'd3-shape';
import type { MatrixItem, SegmentPlan } from './plan.js';
import type { FlowShape, MatrixShape, OpShape } from './shapes.js';

const path = (points: [number, number][]) => line()(points)!;
const flow = (id: string, points: [number, number][], arrow = true): FlowShape => ({
  id,
  d: path(points),
  kind: 'flow',
  arrow,
});
export const middle = (m: MatrixShape) => m.body.y + m.body.height / 2;
export const centre = (m: MatrixShape) => m.body.x + m.body.width / 2;
export const rightOf = (m: MatrixShape) => m.bias.x + m.bias.width;

/** An item as placed: a stack keeps its members, bottom one last. */
export type Placed =
  | { kind: 'matrix'; item: MatrixItem; shapes: [MatrixShape] }
  | { kind: 'stack'; shapes: MatrixShape[] }
  | { kind: 'op'; shape: OpShape };

/** Arrows into and out of each weightless step; a stack's members each send one in. */
export function steps(plan: SegmentPlan, placed: Placed[]): FlowShape[] {
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
export function feeds(plan: SegmentPlan, placed: Placed[], from: number, busY: number): FlowShape[] {
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
