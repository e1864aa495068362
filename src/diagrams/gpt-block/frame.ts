import { measureSegment } from './placeSegment.js';
import { SIZES } from './placeMatrix.js';
import type { SegmentPlan } from './plan.js';

export interface Box {
  width: number;
  /** Height allowed side by side; stacked (on a phone) the block may grow to `stackedAspect` × width. */
  maxHeight: number;
}

/** The drawing's fixed parts around the matrices, in pixels. */
export const FRAME = {
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
  /** Side by side unless stacking, in the same height, draws the matrices this much larger. */
  wideAdvantage: 0.75,
  stackedAspect: 1.7,
} as const;

/** Height of the tallest segment's matrices (a stack counts whole) at `unit` pixels per feature. */
export const tallest = (plans: SegmentPlan[], unit: number) =>
  Math.max(...plans.map(measureSegment).map((m) => Math.max(SIZES.min, m.rows * unit) + m.fixedHeight));

/** Pixels per feature that fit the segments side by side in `box`. */
export function wideUnit(plans: SegmentPlan[], box: Box): number {
  const m = plans.map(measureSegment);
  const fixed = m.reduce((a, s) => a + s.fixed, 0) + FRAME.left + FRAME.segmentGap + FRAME.arrow;
  const byWidth = (box.width - fixed) / m.reduce((a, s) => a + s.units, 0);
  const room = box.maxHeight - FRAME.header - FRAME.below - FRAME.streamLabel;
  const byHeight = Math.min(...m.map((s) => (room - s.fixedHeight) / s.rows));
  return Math.min(byWidth, byHeight);
}

/** Pixels per feature that fit the segments one above the other in `box`. */
export function narrowUnit(plans: SegmentPlan[], box: Box): number {
  const m = plans.map(measureSegment);
  const byWidth = Math.min(...m.map((s) => (box.width - FRAME.narrowLeft - s.fixed) / s.units));
  const chrome =
    FRAME.narrowTop +
    FRAME.streamLabel +
    m.reduce((a, s) => a + FRAME.header + FRAME.below + FRAME.narrowGap + s.fixedHeight, 0);
  const byHeight = (box.maxHeight - chrome) / m.reduce((a, s) => a + s.rows, 0);
  return Math.min(byWidth, byHeight);
}
