/** Shapes of the GPT block diagram, in SVG pixels; layoutBlock makes them, BlockDiagram draws them. */
import type { GptPartName } from '../../counting/index.js';
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Line {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * One weight matrix drawn to scale: height = rows (its neurons), width =
 * columns (each neuron's synapses), area = its synapses. `part` is the
 * counting library's part name (`attn.q`, `mlp.key`, …).
 */
export interface MatrixShape {
  part: GptPartName;
  name: string;
  /** Whether `name` fits inside the body. */
  showName: boolean;
  body: Rect;
  /** The left edge, one neuron per row. */
  neurons: Rect;
  /** The sliver to the right: one bias per neuron, parameters but not synapses. */
  bias: Rect;
  /** One row: one neuron and its synapses, lit for "synapses per neuron". */
  row: Rect;
  rows: number;
  cols: number;
  /** Edges of the d_model × d_model squares the matrix is made of. */
  grid: Line[];
  /** Where one head's rows (Q, K, V) or columns (O) end and the next head's begin. */
  heads: Line[];
}

/** A LayerNorm: parameters only. */
export interface NormShape {
  part: GptPartName;
  rect: Rect;
}

/** A step with no weights of its own (attention's softmax mixing, the MLP's GELU). */
export interface OpShape {
  id: 'attend' | 'gelu';
  label: string;
  rect: Rect;
}

/** Where a branch adds its output back into the residual stream. */
export interface AddShape {
  id: string;
  cx: number;
  cy: number;
}

export interface FlowShape {
  id: string;
  /** SVG path data. */
  d: string;
  kind: 'stream' | 'flow';
  arrow: boolean;
}

export interface TextSpan {
  text: string;
  kind?: 'neuron' | 'synapse';
}

export interface TextShape {
  id: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  strong?: boolean;
  spans: TextSpan[];
}

export interface BlockLayout {
  /** Side by side on one residual stream, or stacked beside a vertical one on narrow screens. */
  orientation: 'wide' | 'narrow';
  width: number;
  height: number;
  /** Pixels per feature: a d_model-long side is `unit × d_model` pixels. */
  unit: number;
  matrices: MatrixShape[];
  norms: NormShape[];
  ops: OpShape[];
  adds: AddShape[];
  flows: FlowShape[];
  texts: TextShape[];
}
