import { curveLinearClosed, line } from 'd3-shape';

export interface Point {
  x: number;
  y: number;
}

/**
 * A place or a size in cells along the three axes of one channel's data:
 * t (frames, 3-D only), u (width, receding) and v (height, or length in 1-D).
 */
export interface Cells {
  t: number;
  u: number;
  v: number;
}

/** Screen vectors of one cell along each axis: an oblique (cabinet) projection. */
export interface Axes {
  t: Point;
  u: Point;
  v: Point;
}

/**
 * u recedes up and to the right, so a channel reads as a card seen from its
 * left; t runs right, v runs down. `uScale` widens u (a 1-D strip one cell wide).
 */
export function obliqueAxes(cell: number, uScale = 1): Axes {
  const u = cell * uScale;
  return { t: { x: 0.34 * cell, y: 0 }, u: { x: 0.62 * u, y: -0.36 * u }, v: { x: 0, y: cell } };
}

export function at(origin: Point, axes: Axes, p: Cells): Point {
  return {
    x: origin.x + p.t * axes.t.x + p.u * axes.u.x + p.v * axes.v.x,
    y: origin.y + p.t * axes.t.y + p.u * axes.u.y + p.v * axes.v.y,
  };
}

/** Width and height on screen of a box of `size` cells, and how far its top rises above its origin. */
export function extentOf(axes: Axes, size: Cells): { width: number; height: number; rise: number } {
  const rise = -size.u * axes.u.y;
  return { width: size.t * axes.t.x + size.u * axes.u.x, height: size.v * axes.v.y + rise, rise };
}

/** The inverse of `at` on the face t = `t`: which (fractional) cell u, v of that face lies under a screen point. */
export function cellUnder(origin: Point, axes: Axes, t: number, point: Point): { u: number; v: number } {
  const u = (point.x - origin.x - t * axes.t.x) / axes.u.x;
  const v = (point.y - origin.y - t * axes.t.y - u * axes.u.y) / axes.v.y;
  return { u, v };
}

const add = (a: Cells, b: Partial<Cells>): Cells => ({ t: a.t + (b.t ?? 0), u: a.u + (b.u ?? 0), v: a.v + (b.v ?? 0) });

/**
 * The faces of the box at `from` of `size` cells that a viewer from the front,
 * above and right sees: front (u = from.u), top (v = from.v), right (t = end).
 * Faces without area (a flat card has only its right face) are left out.
 */
export function boxFaces(origin: Point, axes: Axes, from: Cells, size: Cells): Point[][] {
  const p = (d: Partial<Cells>) => at(origin, axes, add(from, d));
  const { t, u, v } = size;
  const faces: Point[][] = [];
  if (t > 0 && v > 0) faces.push([p({}), p({ t }), p({ t, v }), p({ v })]);
  if (t > 0 && u > 0) faces.push([p({}), p({ u }), p({ t, u }), p({ t })]);
  if (u > 0 && v > 0) faces.push([p({ t }), p({ t, u }), p({ t, u, v }), p({ t, v })]);
  return faces;
}

/** Lines between the cells on the visible faces of a box: one segment per inner cell boundary. */
export function boxGrid(origin: Point, axes: Axes, from: Cells, size: Cells): [Point, Point][] {
  const p = (d: Partial<Cells>) => at(origin, axes, add(from, d));
  const { t, u, v } = size;
  const lines: [Point, Point][] = [];
  for (let i = 1; i < u; i++) {
    lines.push([p({ t, u: i }), p({ t, u: i, v })]);
    if (t > 0) lines.push([p({ u: i }), p({ t, u: i })]);
  }
  for (let i = 1; i < v; i++) {
    lines.push([p({ t, v: i }), p({ t, u, v: i })]);
    if (t > 0) lines.push([p({ v: i }), p({ t, v: i })]);
  }
  for (let i = 1; i < t; i++) {
    if (v > 0) lines.push([p({ t: i }), p({ t: i, v })]);
    if (u > 0) lines.push([p({ t: i }), p({ t: i, u })]);
  }
  return lines;
}

/** The centre of the box's right face: where a drawn synapse bundle leaves it. */
export function rightFaceCentre(origin: Point, axes: Axes, from: Cells, size: Cells): Point {
  return at(origin, axes, add(from, { t: size.t, u: size.u / 2, v: size.v / 2 }));
}

const polygon = line<Point>()
  .x((p) => p.x)
  .y((p) => p.y)
  .curve(curveLinearClosed)
  .digits(1);

/** SVG path data of closed polygons. */
export function polygonsPath(polygons: readonly Point[][]): string {
  return polygons.map((points) => polygon(points) ?? '').join('');
}

const round = (n: number) => Math.round(n * 10) / 10;

/** SVG path data of separate segments. */
export function segmentsPath(segments: readonly [Point, Point][]): string {
  return segments.map(([a, b]) => `M${round(a.x)},${round(a.y)}L${round(b.x)},${round(b.y)}`).join('');
}
