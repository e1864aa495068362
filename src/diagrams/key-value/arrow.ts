/** A straight arrow: a shaft that stops where its triangular head begins, so the stroke never pokes past the tip. */
export interface Arrow {
  x1: number;
  y1: number;
  /** End of the shaft (the base of the head). */
  x2: number;
  y2: number;
  /** The tip. */
  tx: number;
  ty: number;
  /** The head as an SVG polygon's `points`. */
  head: string;
}

const round = (v: number) => Math.round(v * 100) / 100;

/**
 * An arrow from (x1, y1) to the tip (tx, ty). The head is `length` long and
 * `width` wide, shrunk for arrows too short to carry a full head.
 */
export function arrow(x1: number, y1: number, tx: number, ty: number, length = 9, width = 7): Arrow {
  const dx = tx - x1;
  const dy = ty - y1;
  const total = Math.hypot(dx, dy);
  const l = Math.min(length, total * 0.6);
  const w = (width * l) / length;
  const ux = total === 0 ? 0 : dx / total;
  const uy = total === 0 ? 0 : dy / total;
  const bx = tx - ux * l;
  const by = ty - uy * l;
  const points = [
    [tx, ty],
    [bx - (uy * w) / 2, by + (ux * w) / 2],
    [bx + (uy * w) / 2, by - (ux * w) / 2],
  ];
  return {
    x1: round(x1),
    y1: round(y1),
    x2: round(bx),
    y2: round(by),
    tx: round(tx),
    ty: round(ty),
    head: points.map(([x, y]) => `${round(x!)},${round(y!)}`).join(' '),
  };
}
