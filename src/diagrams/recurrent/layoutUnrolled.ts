import type { Cell } from '../../counting/index.js';
import { sample, slotsOf } from '../sample.js';

type Slot = ReturnType<typeof slotsOf>[number];
import { fitColumns, type Column } from './columns.js';
import { partName, type Direction } from './focus.js';
import { GATE_GROUPS, hasCellState } from './gates.js';
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
  /** Focus id, e.g. `layer1:f` or `layer2.reverse:g`. */
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

const HEADER = 16;
const OUT_BAND = 30;
const IN_BAND = 46;
const LAYER_GAP = 24;
const PAD = 6;
const STATE_STRIP = 9;
const PART_GAP = 4;
const MAX_DOTS = 8;

/**
 * The smallest size drawn the same as `size` (I or H): past MAX_DOTS a row is
 * always a sample and a "⋯", so a widget can key its layout on this and skip
 * relayout while a size is dragged through the thousands.
 */
export const drawnSize = (size: number): number => Math.min(size, MAX_DOTS + 1);

/**
 * The network unrolled in time, left to right, layer 1 at the bottom: at each
 * step x_t enters from below, h_t leaves upwards and to the next step, where
 * the same neurons read it again. A bidirectional layer is two parts stacked
 * (forward above, reverse below), the reverse one passing h_t leftwards.
 */
export function layoutUnrolled(spec: UnrolledSpec, width: number): UnrolledLayout {
  const gates = GATE_GROUPS[spec.cell];
  const directions: Direction[] = spec.bidirectional ? ['forward', 'reverse'] : ['forward'];
  const strip = hasCellState(spec.cell) ? STATE_STRIP : 0;
  const rows = spec.layers * directions.length * gates.length;
  // Few rows get room to breathe; many share about 150 px, down to 8 px each.
  const rowHeight = Math.max(8, Math.min(150 / rows, 16 + 24 / rows));
  // Gate letters shrink with their rows, so that 32 rows of 8 px still read one letter each.
  const letterSize = Math.min(12, rowHeight + 1);
  const partHeight = 2 * PAD + strip + gates.length * rowHeight;
  const blockHeight = directions.length * partHeight + (directions.length - 1) * PART_GAP;
  const height = HEADER + OUT_BAND + spec.layers * blockHeight + (spec.layers - 1) * LAYER_GAP + IN_BAND;
  const { columns, gap, gutter, gutterX } = fitColumns(spec.steps, width);
  const cellColumns = columns.filter((c): c is Column & { step: number } => c.step !== null);

  const blockTop = (layer: number) => HEADER + OUT_BAND + (spec.layers - layer) * (blockHeight + LAYER_GAP);
  const partTop = (layer: number, direction: Direction) =>
    blockTop(layer) + (direction === 'reverse' ? partHeight + PART_GAP : 0);

  const spacing = Math.max(6.5, Math.min(22, rowHeight * 0.8));
  const r = Math.min(rowHeight * 0.28, spacing * 0.36);
  const cellWidth = cellColumns[0]!.width;
  const capacity = (step: number) => Math.max(3, Math.min(MAX_DOTS, Math.floor((cellWidth - 2 * PAD) / step)));
  const slots = slotsOf(sample(spec.hidden, capacity(spacing)));

  // x_t's values sit under layer 1 as hollow nodes, as in the MLP's input column.
  const inputSpacing = Math.min(spacing, 12);
  const inputR = Math.min(r, inputSpacing * 0.34);
  const inputY = height - IN_BAND + 22;
  const inputs = dotRow(cellColumns, slotsOf(sample(spec.input, capacity(inputSpacing))), inputSpacing, inputY, inputR);
  const parts: PartShape[] = [];
  const gateRows: GateRow[] = [];
  const flows: Flow[] = [];
  const labels: LabelShape[] = [];
  const skipped: Circle[] = [];
  const skip = columns.find((c) => c.step === null);

  for (let layer = 1; layer <= spec.layers; layer++) {
    const middle = blockTop(layer) + blockHeight / 2;
    labels.push({
      id: `layer${layer}`,
      kind: 'layer',
      x: gutterX + 10,
      y: middle,
      text: `layer ${layer}`,
      anchor: 'middle',
      rotate: -90,
    });
    for (const direction of directions) {
      const part = partName(layer, direction);
      const top = partTop(layer, direction);
      parts.push({
        id: part,
        layer,
        direction,
        cells: cellColumns.map((c) => ({ x: c.x, y: top, width: c.width, height: partHeight })),
      });
      const firstRow = top + PAD + strip;
      gates.forEach((gate, g) => {
        const y = firstRow + (g + 0.5) * rowHeight;
        const { dots: neurons, ellipsis } = dotRow(cellColumns, slots, spacing, y, r);
        gateRows.push({
          id: `${part}:${gate.id}`,
          part,
          layer,
          direction,
          gate: gate.id,
          y,
          neurons,
          ellipsis,
          hits: cellColumns.map((c) => ({ x: c.x, y: y - rowHeight / 2, width: c.width, height: rowHeight })),
        });
        labels.push({
          id: `${part}:${gate.id}`,
          kind: 'gate',
          x: gutterX + gutter - 6,
          y: y + letterSize * 0.3,
          text: gate.id,
          anchor: 'end',
          size: letterSize,
        });
      });

      const hY = firstRow + (gates.length * rowHeight) / 2;
      const lines = [hY];
      flows.push({
        id: `${part}:h`,
        kind: 'recurrent',
        layer,
        direction,
        segments: across(columns, gap, hY, direction, false),
      });
      if (strip > 0) {
        const cY = top + PAD + strip / 2;
        lines.push(cY);
        flows.push({
          id: `${part}:c`,
          kind: 'state',
          layer,
          direction,
          segments: across(columns, gap, cY, direction, true),
        });
      }
      if (skip) {
        for (const cy of lines)
          for (const dx of [-4, 0, 4]) skipped.push({ cx: skip.x + skip.width / 2 + dx, cy, r: 1.2 });
      }
    }
    const bottom = blockTop(layer) + blockHeight;
    const from = layer === 1 ? inputY - inputR - 2 : blockTop(layer - 1);
    flows.push({
      id: `layer${layer}:in`,
      kind: 'input',
      layer,
      segments: cellColumns.map((c) => ({
        x1: c.x + c.width / 2,
        y1: from,
        x2: c.x + c.width / 2,
        y2: bottom,
        head: true,
      })),
    });
  }

  flows.push({
    id: 'out',
    kind: 'output',
    layer: spec.layers,
    segments: cellColumns.map((c) => ({
      x1: c.x + c.width / 2,
      y1: blockTop(spec.layers),
      x2: c.x + c.width / 2,
      y2: HEADER + 14,
      head: true,
    })),
  });
  for (const c of columns) {
    const x = c.x + c.width / 2;
    labels.push({
      id: `t${c.step ?? 'gap'}`,
      kind: 'step',
      x,
      y: 11,
      text: c.step === null ? '⋯' : `t = ${c.step}`,
      anchor: 'middle',
    });
    if (c.step === null) continue;
    labels.push(
      { id: `x${c.step}`, kind: 'input', x, y: height - 3, text: 'x', sub: String(c.step), anchor: 'middle' },
      { id: `h${c.step}`, kind: 'output', x, y: HEADER + 10, text: 'h', sub: String(c.step), anchor: 'middle' },
    );
  }

  const drawn = slots.filter((s) => s.kind === 'item').length;
  return {
    width,
    height,
    inputs,
    columns: columns.map((c) => c.step),
    drawn,
    parts,
    gates: gateRows,
    flows,
    skipped,
    labels,
  };
}

/**
 * Arrows from each column to the next at height y (leftwards for the reverse
 * direction), starting with the initial state coming in from outside. `through`
 * also draws the line across each cell, as the LSTM's cell state runs through.
 */
function across(columns: readonly Column[], gap: number, y: number, direction: Direction, through: boolean): Segment[] {
  const ordered = direction === 'forward' ? columns : [...columns].reverse();
  const sign = direction === 'forward' ? 1 : -1;
  const enter = (c: Column) => (direction === 'forward' ? c.x : c.x + c.width);
  const leave = (c: Column) => (direction === 'forward' ? c.x + c.width : c.x);
  const first = ordered[0]!;
  const segments: Segment[] = [{ x1: enter(first) - sign * (gap - 3), y1: y, x2: enter(first), y2: y, head: true }];
  ordered.forEach((c, i) => {
    if (through && c.step !== null) segments.push({ x1: enter(c), y1: y, x2: leave(c), y2: y, head: false });
    const next = ordered[i + 1];
    if (next) segments.push({ x1: leave(c), y1: y, x2: enter(next), y2: y, head: true });
  });
  return segments;
}

/** Dots at height y across each column, centred; a gap slot becomes a small "⋯". */
function dotRow(columns: readonly Column[], slots: readonly Slot[], spacing: number, y: number, r: number): DotRow {
  const dots: Circle[] = [];
  const ellipsis: Circle[] = [];
  for (const column of columns) {
    const left = column.x + (column.width - slots.length * spacing) / 2;
    slots.forEach((slot, j) => {
      const cx = left + (j + 0.5) * spacing;
      if (slot.kind === 'item') dots.push({ cx, cy: y, r });
      else for (const dx of [-0.3, 0, 0.3]) ellipsis.push({ cx: cx + dx * spacing, cy: y, r: Math.max(0.7, r * 0.32) });
    });
  }
  return { dots, ellipsis };
}
