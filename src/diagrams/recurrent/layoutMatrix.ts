import { formatCount, formatQuantity, HIDDEN } from '../../format/numbers.js';
import type { Rect, Segment } from './paths.js';

/** One layer's weights as PyTorch stores them: G·H rows, one per neuron, over I_l input and H recurrent columns. */
export interface MatrixSpec {
  layer: number;
  /** Gate letters, top to bottom, in PyTorch's row order. */
  gates: readonly string[];
  hidden: number;
  /** G·H, one per neuron of one direction; null while the counts are hidden (predict, then reveal). */
  rows: number | null;
  /** Columns of W_ih: I for layer 1, H·directions above it. */
  inputs: number;
  directions: number;
}

/** A block of the matrix: one gate's H rows, in W_ih (input synapses) or W_hh (recurrent synapses). */
export interface MatrixBlock extends Rect {
  gate: string;
  side: 'ih' | 'hh';
}

export interface MatrixLabel {
  x: number;
  y: number;
  text: string;
  sub?: string;
  kind: 'gate' | 'columns' | 'name' | 'rows';
  anchor: 'start' | 'middle' | 'end';
}

export interface MatrixLayout {
  width: number;
  height: number;
  blocks: MatrixBlock[];
  /** Lines between single weights, when the matrix is small enough to show them all. */
  grid: Segment[];
  labels: MatrixLabel[];
}

const LEFT = 16;
const TOP = 16;
const WIDTH = 150;
const BAND = 17;
/** Up to this many rows per gate and columns per side, every weight gets its own cell. */
const WHOLE = { rows: 6, columns: 12 };

/**
 * [W_ih W_hh] drawn schematically: a band of rows per gate, and the input and
 * recurrent columns side by side, their widths leaning towards their sizes
 * (never under 30 % each, so both stay legible). A small matrix shows every
 * weight as a cell: the tiny RNN's 2 rows of 3 + 2 synapses, one by one.
 */
export function layoutWeightMatrix(spec: MatrixSpec): MatrixLayout {
  const share = Math.min(0.7, Math.max(0.3, spec.inputs / (spec.inputs + spec.hidden)));
  const ih = { x: LEFT, width: WIDTH * share };
  const hh = { x: LEFT + ih.width, width: WIDTH - ih.width };
  const whole = spec.hidden <= WHOLE.rows && spec.inputs <= WHOLE.columns;
  const bandHeight = Math.max(spec.gates.length === 1 ? BAND * 2 : BAND, whole ? spec.hidden * 7 : 0);
  const blocks: MatrixBlock[] = [];
  const labels: MatrixLabel[] = [];
  spec.gates.forEach((gate, g) => {
    const y = TOP + g * bandHeight;
    blocks.push({ gate, side: 'ih', x: ih.x, y, width: ih.width, height: bandHeight });
    blocks.push({ gate, side: 'hh', x: hh.x, y, width: hh.width, height: bandHeight });
    labels.push({ x: LEFT - 4, y: y + bandHeight / 2 + 4, text: gate, kind: 'gate', anchor: 'end' });
  });
  const bottom = TOP + spec.gates.length * bandHeight;
  const grid: Segment[] = [];
  if (whole) {
    const line = (x1: number, y1: number, x2: number, y2: number) => grid.push({ x1, y1, x2, y2, head: false });
    for (let row = 1; row < spec.gates.length * spec.hidden; row++) {
      if (row % spec.hidden !== 0)
        line(LEFT, TOP + (row * bandHeight) / spec.hidden, LEFT + WIDTH, TOP + (row * bandHeight) / spec.hidden);
    }
    for (let col = 1; col < spec.inputs; col++)
      line(ih.x + (col * ih.width) / spec.inputs, TOP, ih.x + (col * ih.width) / spec.inputs, bottom);
    for (let col = 1; col < spec.hidden; col++)
      line(hh.x + (col * hh.width) / spec.hidden, TOP, hh.x + (col * hh.width) / spec.hidden, bottom);
  }
  labels.push(
    { x: ih.x + ih.width / 2, y: TOP - 4, text: formatCount(spec.inputs), kind: 'columns', anchor: 'middle' },
    { x: hh.x + hh.width / 2, y: TOP - 4, text: formatCount(spec.hidden), kind: 'columns', anchor: 'middle' },
    { x: ih.x + ih.width / 2, y: bottom + 13, text: 'W', sub: 'ih', kind: 'name', anchor: 'middle' },
    { x: hh.x + hh.width / 2, y: bottom + 13, text: 'W', sub: 'hh', kind: 'name', anchor: 'middle' },
    {
      x: LEFT,
      y: bottom + 29,
      text: `layer ${spec.layer}: ${spec.directions > 1 ? '2 × ' : ''}${spec.rows === null ? `${HIDDEN} rows` : formatQuantity(spec.rows, 'rows')}`,
      kind: 'rows',
      anchor: 'start',
    },
  );
  return { width: LEFT + WIDTH + 2, height: bottom + 34, blocks, grid, labels };
}
