import { scalePoint } from '../scales.js';
import { formatCount } from '../../format/numbers.js';
import { sample, slotsOf } from '../sample.js';

export interface Box {
  width: number;
  height: number;
}

/** Column 0 is the input; column l ≥ 1 is layer l's neurons. */
export interface NodeShape {
  id: string;
  column: number;
  index: number;
  x: number;
  y: number;
  r: number;
}

/** A drawn synapse: from input `from` of column − 1 into neuron `to` of `column`. */
export interface LinkShape {
  id: string;
  column: number;
  from: number;
  to: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Where a column's hidden neurons are summarised as "⋮ +n". */
export interface GapShape {
  column: number;
  x: number;
  y: number;
  label: string;
}

export interface LabelShape {
  column: number;
  x: number;
  y: number;
  text: string;
}

export interface NetworkLayout {
  nodes: NodeShape[];
  links: LinkShape[];
  gaps: GapShape[];
  labels: LabelShape[];
}

const LABEL_BAND = 28;

/**
 * Neuron view of an MLP with `sizes` = [inputs, width₁, …]: circles in
 * columns, every drawn neuron linked to every drawn input of the column
 * before (dense connection). At most `maxDrawn` slots per column are drawn;
 * a gap stands for the rest, so a layer of 49,152 costs the same as one of 8.
 */
export function layoutNetwork(sizes: readonly number[], box: Box, maxDrawn = 8): NetworkLayout {
  const columns = sizes.map((_, i) => i);
  const x = scalePoint(columns, [0, box.width], 0.5);
  const samples = sizes.map((size) => sample(size, maxDrawn));
  const slotCount = Math.max(...samples.map((s) => slotsOf(s).length));
  const slotSpacing = (box.height - LABEL_BAND) / Math.max(slotCount, 1);
  const r = Math.max(3, Math.min(14, slotSpacing * 0.32, x.step() * 0.18));

  const nodes: NodeShape[] = [];
  const gaps: GapShape[] = [];
  const positions = samples.map((s, column) => {
    const slots = slotsOf(s);
    const y = scalePoint(
      slots.map((_, i) => i),
      [0, slots.length * slotSpacing],
      0.5,
    );
    const offset = (box.height - LABEL_BAND - slots.length * slotSpacing) / 2;
    const at = new Map<number, number>();
    slots.forEach((slot, i) => {
      const cy = offset + y(i)!;
      if (slot.kind === 'gap') gaps.push({ column, x: x(column)!, y: cy, label: `+${formatCount(s.hidden)}` });
      else {
        at.set(slot.index, cy);
        nodes.push({ id: `n${column}-${slot.index}`, column, index: slot.index, x: x(column)!, y: cy, r });
      }
    });
    return at;
  });

  const links: LinkShape[] = [];
  for (let column = 1; column < sizes.length; column++) {
    for (const [to, y2] of positions[column]!) {
      for (const [from, y1] of positions[column - 1]!) {
        links.push({ id: `s${column}-${to}-${from}`, column, from, to, x1: x(column - 1)!, y1, x2: x(column)!, y2 });
      }
    }
  }

  const labels = columns.map((column) => ({
    column,
    x: x(column)!,
    y: box.height - LABEL_BAND / 3,
    text: column === 0 ? 'input' : `layer ${column}`,
  }));
  return { nodes, links, gaps, labels };
}
