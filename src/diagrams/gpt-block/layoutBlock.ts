import { line } from 'd3-shape';
import type { Part } from '../../counting/index.js';
import { formatCount } from '../../format/numbers.js';
import { measureSegment, placeSegment, type PlacedSegment } from './placeSegment.js';
import { SIZES, type Scale } from './placeMatrix.js';
import { planBlock, type SegmentPlan } from './plan.js';
import type { AddShape, BlockLayout, FlowShape, TextShape } from './shapes.js';

/** The block as the counting library gives it: its parts (projections or circuits), d_model and d_head. */
export interface BlockInput {
  parts: readonly Part[];
  dModel: number;
  dHead: number;
}

export interface Box {
  width: number;
  maxHeight: number;
}

const FRAME = {
  /** Two lines of heading above the tallest matrix. */
  header: 46,
  below: SIZES.backDrop + 6,
  streamLabel: 26,
  left: 8,
  segmentGap: 22,
  arrow: 10,
  railX: 7,
  narrowLeft: 20,
  narrowTop: 24,
  narrowGap: 12,
  /** The largest a d_model-long side is drawn, so a small model does not fill the screen. */
  maxSide: 110,
  /** Side by side unless stacking draws the matrices this much larger. */
  wideAdvantage: 0.75,
} as const;

const path = (points: [number, number][]) => line()(points)!;

const tallest = (plans: SegmentPlan[], unit: number) =>
  Math.max(...plans.map(measureSegment).map((m) => Math.max(SIZES.min, m.rows * unit) + m.fixedHeight));

function wideUnit(plans: SegmentPlan[], box: Box): number {
  const m = plans.map(measureSegment);
  const fixed = m.reduce((a, s) => a + s.fixed, 0) + FRAME.left + FRAME.segmentGap + FRAME.arrow;
  const byWidth = (box.width - fixed) / m.reduce((a, s) => a + s.units, 0);
  const room = box.maxHeight - FRAME.header - FRAME.below - FRAME.streamLabel;
  const byHeight = Math.min(...m.map((s) => (room - s.fixedHeight) / s.rows));
  return Math.min(byWidth, byHeight);
}

function narrowUnit(plans: SegmentPlan[], box: Box): number {
  const m = plans.map(measureSegment);
  const byWidth = Math.min(...m.map((s) => (box.width - FRAME.narrowLeft - s.fixed) / s.units));
  const chrome =
    FRAME.narrowTop +
    FRAME.streamLabel +
    m.reduce((a, s) => a + FRAME.header + FRAME.below + FRAME.narrowGap + s.fixedHeight, 0);
  const byHeight = (box.maxHeight - chrome) / m.reduce((a, s) => a + s.rows, 0);
  return Math.min(byWidth, byHeight);
}

function headings(plan: SegmentPlan, x: number, top: number): TextShape[] {
  return [
    { id: `${plan.id}-title`, x, y: top + 15, anchor: 'start', strong: true, spans: [{ text: plan.title }] },
    { id: `${plan.id}-detail`, x, y: top + 31, anchor: 'start', spans: plan.detail },
  ];
}

const add = (id: string, cx: number, cy: number): AddShape => ({ id, cx, cy });
const arrowFlow = (id: string, points: [number, number][], kind: FlowShape['kind'] = 'flow'): FlowShape => ({
  id,
  d: path(points),
  kind,
  arrow: true,
});

function collect(segments: PlacedSegment[]) {
  return {
    matrices: segments.flatMap((s) => s.matrices),
    norms: segments.map((s) => s.norm),
    ops: segments.flatMap((s) => s.ops),
    flows: segments.flatMap((s) => s.flows),
  };
}

/**
 * The block drawn to scale: every weight matrix a rectangle of rows
 * (neurons) × columns (synapses per neuron), standing on a common baseline so
 * their heights compare as bars, on the residual stream with its two norms.
 * Wide boxes put attention and the MLP side by side on a horizontal stream;
 * narrow ones stack them beside a vertical stream. The DOM it implies is the
 * same at d_model = 64 and 16,384: only sizes and labels change.
 */
export function layoutBlock({ parts, dModel, dHead }: BlockInput, box: Box): BlockLayout {
  const plans = planBlock(parts);
  const wide = wideUnit(plans, box);
  const narrow = narrowUnit(plans, box);
  const orientation = wide >= FRAME.wideAdvantage * narrow ? 'wide' : 'narrow';
  const unit = Math.max(Math.min(orientation === 'wide' ? wide : narrow, FRAME.maxSide / dModel), 1e-9);
  const scale: Scale = { unit, dModel, dHead };
  const square = parts.find((p) => p.name === 'attn.q' || p.name === 'attn.qk')!;
  const scaleNote: TextShape['spans'] = [
    { text: `each square: ` },
    { text: formatCount(dModel), kind: 'neuron' },
    { text: ' × ' },
    { text: formatCount(dModel), kind: 'synapse' },
    { text: ` = ${formatCount(square.synapses)} synapses` },
  ];
  const streamTitle = { text: `residual stream, d_model = ${formatCount(dModel)}` };
  // The stream and each branch's way in and out; the branches' own flows come with their segments.
  const flows: FlowShape[] = [];
  const adds: AddShape[] = [];
  const texts: TextShape[] = [];

  if (orientation === 'wide') {
    const baseline = FRAME.header + tallest(plans, unit);
    const railY = baseline + SIZES.backDrop;
    const segments: PlacedSegment[] = [];
    let x = FRAME.left;
    for (const plan of plans) {
      const s = placeSegment(plan, x, baseline, scale);
      segments.push(s);
      texts.push(...headings(plan, x, 0));
      const normX = s.norm.rect.x + s.norm.rect.width / 2;
      flows.push(
        arrowFlow(`${plan.id}-read`, [
          [normX, railY],
          [normX, s.norm.rect.y + s.norm.rect.height + 1],
        ]),
      );
      const backX = s.exit.x + SIZES.back / 2;
      flows.push(
        arrowFlow(`${plan.id}-write`, [
          [s.exit.x, s.exit.y],
          [backX, s.exit.y],
          [backX, railY - 7],
        ]),
      );
      adds.push(add(`${plan.id}-add`, backX, railY));
      x = s.right + FRAME.segmentGap;
    }
    const width = Math.max(box.width, x - FRAME.segmentGap + FRAME.arrow);
    flows.unshift(
      arrowFlow(
        'stream',
        [
          [0, railY],
          [width - 2, railY],
        ],
        'stream',
      ),
    );
    const labelY = railY + 19;
    texts.push({ id: 'stream', x: 0, y: labelY, anchor: 'start', spans: [streamTitle] });
    texts.push({ id: 'scale', x: width, y: labelY, anchor: 'end', spans: scaleNote });
    const placed = collect(segments);
    return {
      orientation,
      width,
      height: railY + FRAME.streamLabel,
      unit,
      ...placed,
      flows: [...flows, ...placed.flows],
      adds,
      texts,
    };
  }

  const segments: PlacedSegment[] = [];
  let top = FRAME.narrowTop;
  for (const plan of plans) {
    const baseline = top + FRAME.header + tallest([plan], unit);
    const s = placeSegment(plan, FRAME.narrowLeft, baseline, scale);
    segments.push(s);
    texts.push(...headings(plan, FRAME.narrowLeft, top));
    const busY = s.norm.rect.y + s.norm.rect.height / 2;
    flows.push(
      arrowFlow(`${plan.id}-read`, [
        [FRAME.railX, busY],
        [s.norm.rect.x - 1, busY],
      ]),
    );
    const backX = s.exit.x + SIZES.back / 2;
    const backY = baseline + SIZES.backDrop;
    flows.push(
      arrowFlow(`${plan.id}-write`, [
        [s.exit.x, s.exit.y],
        [backX, s.exit.y],
        [backX, backY],
        [FRAME.railX + 7, backY],
      ]),
    );
    adds.push(add(`${plan.id}-add`, FRAME.railX, backY));
    top = baseline + FRAME.below + FRAME.narrowGap;
  }
  const height = top + FRAME.streamLabel;
  flows.unshift(
    arrowFlow(
      'stream',
      [
        [FRAME.railX, 0],
        [FRAME.railX, height - 2],
      ],
      'stream',
    ),
  );
  texts.push({ id: 'stream', x: FRAME.narrowLeft, y: 14, anchor: 'start', spans: [streamTitle] });
  texts.push({ id: 'scale', x: FRAME.narrowLeft, y: top + 8, anchor: 'start', spans: scaleNote });
  const placed = collect(segments);
  return { orientation, width: box.width, height, unit, ...placed, flows: [...flows, ...placed.flows], adds, texts };
}
