import { sample, slotsOf } from '../sample.js';
import { fitColumns, type Column } from './columns.js';
import { partName, type Direction } from './focus.js';
import { GATE_GROUPS, hasCellState } from './gates.js';
import type { Circle } from './paths.js';
import { across, dotRow } from './rows.js';
import type { Flow, GateRow, LabelShape, PartShape, UnrolledLayout, UnrolledSpec } from './shapes.js';

export type { DotRow, Flow, GateRow, LabelShape, PartShape, UnrolledLayout, UnrolledSpec } from './shapes.js';

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
