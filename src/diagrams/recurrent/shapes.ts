import type { Cell } from '../../counting/index.js';
import type { Direction } from './focus.js';
import type { Circle, Rect, Segment } from './paths.js';

/** What the drawing depends on (sizes past a handful are drawn alike; see drawnSize). */
export interface UnrolledSpec {
  cell: Cell;
  /** I: the width of x_t, drawn as input nodes under layer 1. */
  input: number;
  hidden: number;
  layers: number;
  bidirectional: boolean;
  /** Time steps to unroll; at most a few are drawn when they do not fit. */
  steps: number;
}

/** One part (a layer in one direction): the same cell drawn once per drawn time step. */
export interface PartShape {
  id: string;
  layer: number;
  direction: Direction;
  cells: Rect[];
}

/** A gate group of one part: the same neurons at every step (sampled when H is large). */
export interface GateRow {
  /** Unique in the layout, e.g. `layer1:f` or `layer2.reverse:g`. */
  id: string;
  part: string;
  layer: number;
  direction: Direction;
  gate: string;
  y: number;
  /** The drawn neurons, at every drawn step. */
  neurons: Circle[];
  /** Dots of the "⋯" standing for the neurons not drawn. */
  ellipsis: Circle[];
  /** Bands to point at, one per drawn step. */
  hits: Rect[];
}

/**
 * Arrows of one kind: `input` (x_t or the layer below into a layer's input
 * synapses), `recurrent` (h_{t−1} into the same layer's recurrent synapses),
 * `state` (the LSTM's c_t, which meets no synapse), `output` (the top layer's h_t).
 */
export interface Flow {
  id: string;
  kind: 'input' | 'recurrent' | 'state' | 'output';
  layer: number;
  direction?: Direction;
  segments: Segment[];
}

export interface LabelShape {
  id: string;
  kind: 'step' | 'input' | 'output' | 'layer' | 'gate';
  x: number;
  y: number;
  text: string;
  /** A subscript after the text: the step of x_t and h_t. */
  sub?: string;
  anchor: 'start' | 'middle' | 'end';
  /** Font size in px, where it follows the row height. */
  size?: number;
  /** Degrees; layer labels run upwards along their layer. */
  rotate?: number;
}

/** A row of dots, some standing for more than fit (a "⋯" of small dots between them). */
export interface DotRow {
  dots: Circle[];
  ellipsis: Circle[];
}

export interface UnrolledLayout {
  width: number;
  height: number;
  /** The values of x_t under each drawn step: I inputs (sampled). */
  inputs: DotRow;
  /** Drawn time steps (from 1), left to right; `null` where undrawn steps are summarised. */
  columns: (number | null)[];
  /** Neurons drawn per gate row and step (all of H, or a sample with a "⋯"). */
  drawn: number;
  parts: PartShape[];
  gates: GateRow[];
  flows: Flow[];
  /** Dots of the "⋯" between drawn steps when some steps are not drawn. */
  skipped: Circle[];
  labels: LabelShape[];
}
