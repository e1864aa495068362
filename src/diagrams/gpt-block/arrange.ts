import { line } from 'd3-shape';
import { FRAME, tallest } from './frame.js';
import { LINE, scaleLines, textWidth } from './labels.js';
import type { Scale } from './placeMatrix.js';
import { SIZES } from './placeMatrix.js';
import { placeSegment, type PlacedSegment } from './placeSegment.js';
import type { SegmentPlan } from './plan.js';
import type { AddShape, BlockLayout, FlowShape, TextShape, TextSpan } from './shapes.js';

/** What both arrangements label: the stream's width and the size of one d_model square. */
export interface Labels {
  stream: TextSpan[];
  note: [TextSpan[], TextSpan[]];
}

type Arranged = Omit<BlockLayout, 'orientation' | 'unit'>;

const arrow = (id: string, points: [number, number][], kind: FlowShape['kind'] = 'flow'): FlowShape => ({
  id,
  d: line()(points)!,
  kind,
  arrow: true,
});

function headings(plan: SegmentPlan, x: number, top: number): TextShape[] {
  return [
    { id: `${plan.id}-title`, x, y: top + 15, anchor: 'start', strong: true, spans: [{ text: plan.title }] },
    { id: `${plan.id}-detail`, x, y: top + 31, anchor: 'start', spans: plan.detail },
  ];
}

function collect(segments: PlacedSegment[], flows: FlowShape[], adds: AddShape[], texts: TextShape[]) {
  return {
    matrices: segments.flatMap((s) => s.matrices),
    norms: segments.map((s) => s.norm),
    ops: segments.flatMap((s) => s.ops),
    flows: [...flows, ...segments.flatMap((s) => s.flows)],
    adds,
    texts,
  };
}

/** Attention then the MLP, left to right, reading from and adding into a horizontal stream below them. */
export function arrangeWide(plans: SegmentPlan[], scale: Scale, boxWidth: number, labels: Labels): Arranged {
  const baseline = FRAME.header + tallest(plans, scale.unit);
  const railY = baseline + SIZES.backDrop;
  const segments: PlacedSegment[] = [];
  const flows: FlowShape[] = [];
  const adds: AddShape[] = [];
  const texts: TextShape[] = [];
  let x = FRAME.left;
  for (const plan of plans) {
    const s = placeSegment(plan, x, baseline, scale);
    segments.push(s);
    texts.push(...headings(plan, x, 0));
    const normX = s.norm.rect.x + s.norm.rect.width / 2;
    flows.push(
      arrow(`${plan.id}-read`, [
        [normX, railY],
        [normX, s.norm.rect.y + s.norm.rect.height + 1],
      ]),
    );
    const backX = s.exit.x + SIZES.back / 2;
    flows.push(
      arrow(`${plan.id}-write`, [
        [s.exit.x, s.exit.y],
        [backX, s.exit.y],
        [backX, railY - 7],
      ]),
    );
    adds.push({ id: `${plan.id}-add`, cx: backX, cy: railY });
    x = s.right + FRAME.segmentGap;
  }
  const width = Math.max(boxWidth, x - FRAME.segmentGap + FRAME.arrow);
  flows.unshift(
    arrow(
      'stream',
      [
        [0, railY],
        [width - 2, railY],
      ],
      'stream',
    ),
  );
  const labelY = railY + 19;
  const whole = [...labels.note[0], ...labels.note[1]];
  const beside = textWidth(labels.stream) + textWidth(whole) + 24 <= width;
  texts.push(
    { id: 'stream', x: 0, y: labelY, anchor: 'start', spans: labels.stream },
    ...(beside
      ? [{ id: 'scale', x: width, y: labelY, anchor: 'end' as const, spans: whole }]
      : scaleLines(labels.note, 0, labelY + LINE, width)),
  );
  const height = railY + FRAME.streamLabel + (beside ? 0 : LINE);
  return { width, height, ...collect(segments, flows, adds, texts) };
}

/** Attention above the MLP, each reading from and adding into a vertical stream on the left. */
export function arrangeNarrow(plans: SegmentPlan[], scale: Scale, boxWidth: number, labels: Labels): Arranged {
  const segments: PlacedSegment[] = [];
  const flows: FlowShape[] = [];
  const adds: AddShape[] = [];
  const texts: TextShape[] = [{ id: 'stream', x: FRAME.narrowLeft, y: 14, anchor: 'start', spans: labels.stream }];
  let top = FRAME.narrowTop;
  for (const plan of plans) {
    const baseline = top + FRAME.header + tallest([plan], scale.unit);
    const s = placeSegment(plan, FRAME.narrowLeft, baseline, scale);
    segments.push(s);
    texts.push(...headings(plan, FRAME.narrowLeft, top));
    const busY = s.norm.rect.y + s.norm.rect.height / 2;
    flows.push(
      arrow(`${plan.id}-read`, [
        [FRAME.railX, busY],
        [s.norm.rect.x - 1, busY],
      ]),
    );
    const backX = s.exit.x + SIZES.back / 2;
    const backY = baseline + SIZES.backDrop;
    const back: [number, number][] = [
      [s.exit.x, s.exit.y],
      [backX, s.exit.y],
      [backX, backY],
      [FRAME.railX + 7, backY],
    ];
    flows.push(arrow(`${plan.id}-write`, back));
    adds.push({ id: `${plan.id}-add`, cx: FRAME.railX, cy: backY });
    top = baseline + FRAME.below + FRAME.narrowGap;
  }
  const notes = scaleLines(labels.note, FRAME.narrowLeft, top + 8, boxWidth - FRAME.narrowLeft);
  texts.push(...notes);
  const height = top + FRAME.streamLabel + (notes.length - 1) * LINE;
  flows.unshift(
    arrow(
      'stream',
      [
        [FRAME.railX, 0],
        [FRAME.railX, height - 2],
      ],
      'stream',
    ),
  );
  return { width: boxWidth, height, ...collect(segments, flows, adds, texts) };
}
