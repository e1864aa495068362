/** Path data for many small shapes in one element: a diagram of hundreds of dots costs a handful of DOM nodes. */

export interface Circle {
  cx: number;
  cy: number;
  r: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A straight arrow from (x1, y1) to (x2, y2); `head` puts an arrowhead at the end. */
export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  head: boolean;
}

/** To a tenth, symmetric about zero so mirrored shapes stay mirrored. */
const round = (n: number) => (n < 0 ? -1 : 1) * (Math.round(Math.abs(n) * 10) / 10);

/** Each circle as two half arcs. */
export function circlesPath(circles: readonly Circle[]): string {
  return circles
    .map(({ cx, cy, r }) => {
      // The arcs' radius must be exactly half the rounded diameter, or each arc bulges past a half circle.
      const d = round(2 * r);
      return `M${round(cx - d / 2)},${round(cy)}a${d / 2},${d / 2} 0 1,0 ${d},0a${d / 2},${d / 2} 0 1,0 ${-d},0`;
    })
    .join('');
}

/** Rectangles, with corners rounded by `radius` (clamped to half the shorter side). */
export function rectsPath(rects: readonly Rect[], radius = 0): string {
  return rects
    .map(({ x, y, width, height }) => {
      const q = round(Math.min(radius, width / 2, height / 2));
      if (q === 0) return `M${round(x)},${round(y)}h${round(width)}v${round(height)}h${round(-width)}z`;
      const arc = (dx: number, dy: number) => `a${q},${q} 0 0,1 ${dx},${dy}`;
      return (
        `M${round(x + q)},${round(y)}h${round(width - 2 * q)}${arc(q, q)}v${round(height - 2 * q)}${arc(-q, q)}` +
        `h${round(2 * q - width)}${arc(-q, -q)}v${round(2 * q - height)}${arc(q, -q)}z`
      );
    })
    .join('');
}

/**
 * Lines, each ending in a closed triangular head of length `size` when asked:
 * the line stops at the head's base so a thick stroke does not blunt the tip.
 */
export function arrowsPath(segments: readonly Segment[], size = 5): string {
  return segments
    .map(({ x1, y1, x2, y2, head }) => {
      const length = Math.hypot(x2 - x1, y2 - y1);
      if (!head || length === 0) return `M${round(x1)},${round(y1)}L${round(x2)},${round(y2)}`;
      const ux = (x2 - x1) / length;
      const uy = (y2 - y1) / length;
      const s = Math.min(size, length);
      const bx = x2 - ux * s;
      const by = y2 - uy * s;
      const w = s * 0.55;
      return (
        `M${round(x1)},${round(y1)}L${round(bx)},${round(by)}` +
        `M${round(x2)},${round(y2)}L${round(bx - uy * w)},${round(by + ux * w)}L${round(bx + uy * w)},${round(by - ux * w)}z`
      );
    })
    .join('');
}
