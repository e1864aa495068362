import { arc } from 'd3-shape';

/**
 * A head seen from above, nose up, with the sound source on a half-circle in
 * front of it. The direction follows the interaural time difference through
 * the simple spherical-head relation Δt = Δt_max · sin(angle), so
 * Δt = ±Δt_max puts the source straight to one side.
 */
export interface HeadLayout {
  cx: number;
  cy: number;
  r: number;
  /** The half-circle the source moves on. */
  track: string;
  trackR: number;
  source: { x: number; y: number };
  /** Angle from straight ahead, radians; positive to the right. */
  angle: number;
  ears: { left: { x: number; y: number }; right: { x: number; y: number } };
  nose: string;
}

export function angleOf(itd: number, itdMax: number): number {
  return Math.asin(Math.max(-1, Math.min(1, itd / itdMax)));
}

/** The Δt for a source at `angle` (radians from ahead, clamped to ±90°). */
export function itdOf(angle: number, itdMax: number): number {
  return itdMax * Math.sin(Math.max(-Math.PI / 2, Math.min(Math.PI / 2, angle)));
}

export function layoutHead(itd: number, itdMax: number, box: { width: number; height: number }): HeadLayout {
  const cx = box.width / 2;
  const r = Math.min(box.width, box.height) * 0.17;
  const trackR = Math.min(box.width / 2 - 10, box.height - r - 14);
  const cy = box.height - r - 6;
  const angle = angleOf(itd, itdMax);
  const track =
    arc()({ innerRadius: trackR, outerRadius: trackR, startAngle: -Math.PI / 2, endAngle: Math.PI / 2 }) ?? '';
  return {
    cx,
    cy,
    r,
    track,
    trackR,
    angle,
    source: { x: cx + trackR * Math.sin(angle), y: cy - trackR * Math.cos(angle) },
    ears: { left: { x: cx - r, y: cy }, right: { x: cx + r, y: cy } },
    nose: `M${cx - r * 0.3},${cy - r * 0.93}L${cx},${cy - r * 1.35}L${cx + r * 0.3},${cy - r * 0.93}`,
  };
}
