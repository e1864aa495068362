import { scaleBand, scaleLinear } from '../scales.js';

export interface RowViewInput {
  /** Key outputs h, one per key neuron. */
  h: readonly number[];
  /** Synapses per key neuron (its row of W_key), listed under its name. */
  inputs: number;
  /** W_value by rows: row j is value neuron j's synapses, one per key. */
  wValue: readonly (readonly number[])[];
  /** Largest |h| any input can give: the bars' full scale, fixed so bars compare across inputs. */
  bound: number;
  /** Whether h can be negative (no activation): the baseline then sits mid-height. */
  signed: boolean;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Bar extends Rect {
  key: number;
  /** Centre of the key's column. */
  cx: number;
  /** Where its value is printed: above a positive bar, below a negative one. */
  labelY: number;
}

export interface Cell extends Rect {
  row: number;
  col: number;
}

export interface RowViewLayout {
  width: number;
  height: number;
  bars: Bar[];
  baseline: { x1: number; x2: number; y: number };
  /** Baseline of the key names (k₁), then of each row of their synapses' signs, one per input. */
  nameY: number;
  synapseY: number[];
  /** Where the input names sit, left of the sign rows. */
  inputLabelX: number;
  /** Where the "h" label of the bars sits, in the left margin. */
  hLabel: { x: number; y: number };
  cells: Cell[];
  /** Per value neuron: its name at the left (x = labelX), its output at the right (x = outputX). */
  rows: { row: number; y: number; labelX: number; outputX: number }[];
  /** Pointer and keyboard targets: a key's whole column above the matrix, a value neuron's whole row. */
  keyHits: (Rect & { key: number })[];
  valueHits: (Rect & { row: number })[];
}

const LEFT = 30;
const RIGHT = 62;
const TOP = 20;
const BAR_ZONE = 100;
const NAME_GAP = 17;
const SIGN_ROW = 14;
const MATRIX_GAP = 12;
const MAX_CELL = 28;

/**
 * The neuron view: one bar per key neuron (its single output), and under the
 * bars W_value with each column under its key, so row j of the matrix sits
 * right under the numbers it multiplies; value neuron j's output ends the row.
 */
export function layoutRowView({ h, inputs, wValue, bound, signed }: RowViewInput, width: number): RowViewLayout {
  const keys = h.map((_, i) => i);
  const x = scaleBand(keys, [LEFT, width - RIGHT], { paddingInner: 0.28, paddingOuter: 0.14 });
  const zoneBottom = TOP + BAR_ZONE;
  const y = scaleLinear(signed ? [-bound, bound] : [0, bound], [zoneBottom, TOP]);
  const y0 = y(0);

  const bars = h.map((value, key) => {
    const top = Math.min(y(value), y0);
    const cx = x(key)! + x.bandwidth() / 2;
    return {
      key,
      x: x(key)!,
      y: top,
      width: x.bandwidth(),
      height: Math.abs(y(value) - y0),
      cx,
      labelY: value < 0 ? y(value) + 13 : y(value) - 5,
    };
  });

  const nameY = zoneBottom + NAME_GAP + (signed ? 10 : 0);
  const synapseY = Array.from({ length: inputs }, (_, k) => nameY + (k + 1) * SIGN_ROW);
  const signsY = synapseY.at(-1) ?? nameY;
  const step = x.step();
  const size = Math.min(MAX_CELL, step - 3);
  const matrixTop = signsY + MATRIX_GAP;
  const rowHeight = size + 4;
  const cells = wValue.flatMap((weights, row) =>
    weights.map((_, col) => ({
      row,
      col,
      x: bars[col]!.cx - size / 2,
      y: matrixTop + row * rowHeight,
      width: size,
      height: size,
    })),
  );
  const matrixLeft = x(0)! - (step - x.bandwidth()) / 2;
  const matrixRight = width - RIGHT + (step - x.bandwidth()) / 2;
  const rows = wValue.map((_, row) => ({
    row,
    y: matrixTop + row * rowHeight + size / 2,
    labelX: matrixLeft - 6,
    outputX: matrixRight + 4,
  }));

  return {
    width,
    height: matrixTop + wValue.length * rowHeight + 2,
    bars,
    baseline: { x1: matrixLeft, x2: matrixRight, y: y0 },
    nameY,
    synapseY,
    inputLabelX: matrixLeft - 6,
    hLabel: { x: matrixLeft - 6, y: (TOP + zoneBottom) / 2 },
    cells,
    rows,
    keyHits: bars.map((bar) => ({ key: bar.key, x: bar.cx - step / 2, y: 0, width: step, height: signsY + 4 })),
    valueHits: rows.map((r) => ({
      row: r.row,
      x: 0,
      y: r.y - rowHeight / 2,
      width,
      height: rowHeight,
    })),
  };
}
