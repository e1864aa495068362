import type { MatrixItem } from './plan.js';
import type { Line, MatrixShape, Rect } from './shapes.js';

/** Fixed sizes of the drawing, in pixels; only the matrices scale with the model. */
export const SIZES = {
  norm: { width: 24, height: 16 },
  afterNorm: 13,
  gap: 8,
  /** Between the matrices of a stack, and after a stack, where its outputs fan in. */
  stackGap: 5,
  fan: 24,
  bias: { gap: 1.5, width: 3 },
  /** Room right of the last matrix for the line back to the stream. */
  back: 14,
  op: { height: 18, pad: 10, perChar: 6.2 },
  /** A matrix is never drawn thinner than this, however lopsided d_ff / d_model gets. */
  min: 2,
  /** Below the baseline: the bus into the readers, then the line back to the stream. */
  busDrop: 14,
  backDrop: 30,
  neuronEdge: 3,
  /** Grid or head lines closer than this, or more than `maxLines` in a matrix, are left out (counts stay in the text). */
  minSpacing: 3,
  maxLines: 48,
} as const;

/** Pixels per feature, and the sizes that split matrices into d_model squares and heads. */
export interface Scale {
  unit: number;
  dModel: number;
  dHead: number;
}

export const matrixWidth = (m: MatrixItem, unit: number) => Math.max(SIZES.min, m.cols * unit);
export const matrixHeight = (m: MatrixItem, unit: number) => Math.max(SIZES.min, m.rows * unit);
/** A matrix with its bias sliver. */
export const matrixFootprint = (m: MatrixItem, unit: number) =>
  matrixWidth(m, unit) + SIZES.bias.gap + SIZES.bias.width;

/** Lines across `rect` every `step` pixels, along its height (`rows`) or width (`cols`); none if too close. */
function splits(rect: Rect, along: 'rows' | 'cols', step: number, count: number): Line[] {
  if (count < 2 || count > SIZES.maxLines + 1 || step < SIZES.minSpacing) return [];
  return Array.from({ length: count - 1 }, (_, i) => {
    const at = (i + 1) * step;
    return along === 'rows'
      ? { x1: rect.x, y1: rect.y + at, x2: rect.x + rect.width, y2: rect.y + at }
      : { x1: rect.x + at, y1: rect.y, x2: rect.x + at, y2: rect.y + rect.height };
  });
}

/** One matrix with its bottom edge on `bottom`: body, neuron edge, bias sliver, one-row highlight, squares and heads. */
export function placeMatrix(item: MatrixItem, x: number, bottom: number, { unit, dModel, dHead }: Scale): MatrixShape {
  const width = matrixWidth(item, unit);
  const height = matrixHeight(item, unit);
  const body = { x, y: bottom - height, width, height };
  const square = dModel * unit;
  return {
    part: item.part,
    name: item.name,
    showName: width >= item.name.length * 7.5 + 8 && height >= 15,
    body,
    neurons: { x, y: body.y, width: Math.min(SIZES.neuronEdge, width), height },
    bias: { x: x + width + SIZES.bias.gap, y: body.y, width: SIZES.bias.width, height },
    row: { x, y: body.y, width, height: Math.min(height, Math.max(3, unit)) },
    rows: item.rows,
    cols: item.cols,
    grid: [
      ...splits(body, 'rows', square, Math.ceil(item.rows / dModel)),
      ...splits(body, 'cols', square, Math.ceil(item.cols / dModel)),
    ],
    heads: item.heads === undefined ? [] : splits(body, item.heads, dHead * unit, Math.round(dModel / dHead)),
  };
}
