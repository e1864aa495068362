import { formatCount } from '../../format/numbers.js';
import { channelCells, kernelCells, outputCell, type Dims } from './cells.js';
import { pickAround, slotsFrom, type Slot } from './pick.js';
import {
  boxFaces,
  boxGrid,
  extentOf,
  obliqueAxes,
  polygonsPath,
  rightFaceCentre,
  segmentsPath,
  type Axes,
  type Cells,
  type Point,
} from './project.js';

export type { Dims } from './cells.js';

export interface ConvShape {
  inChannels: number;
  outChannels: number;
  kernel: number;
  dims: Dims;
  groups: number;
  /** The neuron (output channel, from 0) whose kernel volume is drawn. */
  neuron: number;
}

/** The room available; the layout may use less height (ConvLayout.height). */
export interface Box {
  width: number;
  height: number;
}

/** One drawn channel: its faces and cell grid as SVG path data, its number, and its bounds. */
export interface ChannelShape {
  index: number;
  /** Input: read by the drawn neuron. Output: a neuron of the drawn neuron's group. */
  inGroup: boolean;
  faces: string;
  grid: string;
  label: { x: number; y: number; text: string };
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface GapShape {
  x: number;
  y: number;
  label: string;
}

export interface BracketShape {
  side: 'input' | 'output';
  x1: number;
  x2: number;
  y: number;
  label: string;
}

/** The drawn neuron's kernel in one input channel: k (× k (× k)) synapses. */
export interface KernelShape {
  channel: number;
  faces: string;
  grid: string;
  anchor: Point;
}

export interface LineShape {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface ConvLayout {
  width: number;
  height: number;
  /** Screen size of one cell of data. */
  cell: number;
  inputs: ChannelShape[];
  inputGaps: GapShape[];
  outputs: ChannelShape[];
  outputGaps: GapShape[];
  kernels: KernelShape[];
  /** Where the kernel, in the place drawn, writes its one output on the neuron's map. */
  outputCell: { faces: string; anchor: Point };
  neuron: { index: number; x: number; y: number; r: number; label: string };
  /** One line per drawn kernel slice into the neuron: its synapses from that channel. */
  links: LineShape[];
  axon: LineShape;
  brackets: BracketShape[];
  titles: { side: 'input' | 'output'; x: number; y: number; text: string }[];
}

const TOP_BAND = 58;
const BOTTOM_BAND = 58;
const NEURON_BAND = 72;
const GAP_WIDTH = 40;
const SPACING = 0.35;
const MIN_SPACING = 4;
const MAX_CELL = 16;
// Below these cell sizes a grid of cells is a grey smudge: leave it out.
const MIN_GRID_CELL = 4.5;
const MIN_KERNEL_GRID_CELL = 2.5;
const MARGIN = 6;
const NEURON_R = 11;

const NOUN: Record<Dims, string> = { 1: 'sequence', 2: 'map', 3: 'clip' };

/** The widest cell size at which a row of `slots` cards of `unit` width (per cell) fits `width`. */
function cellForWidth(slots: Slot[], unitWidth: number, width: number): number {
  const items = slots.filter((s) => s.kind === 'item').length;
  const gaps = slots.length - items;
  const fixed = 2 * MARGIN + (slots.length - 1) * MIN_SPACING + gaps * GAP_WIDTH;
  return (width - fixed) / (unitWidth * (items + SPACING * (slots.length - 1)));
}

interface Row {
  channels: ChannelShape[];
  gaps: GapShape[];
  origins: Map<number, Point>;
}

function layoutRow(
  slots: Slot[],
  axes: Axes,
  size: Cells,
  top: number,
  width: number,
  labelY: number,
  inGroup: (i: number) => boolean,
  showGrid: boolean,
): Row {
  const { width: w, height: h, rise } = extentOf(axes, size);
  const spacing = SPACING * w + MIN_SPACING;
  const total = slots.reduce((sum, s) => sum + (s.kind === 'item' ? w : GAP_WIDTH), 0) + spacing * (slots.length - 1);
  let x = (width - total) / 2;
  const row: Row = { channels: [], gaps: [], origins: new Map() };
  const zero: Cells = { t: 0, u: 0, v: 0 };
  for (const slot of slots) {
    if (slot.kind === 'gap') {
      row.gaps.push({ x: x + GAP_WIDTH / 2, y: top + h / 2, label: `+${formatCount(slot.hidden)}` });
      x += GAP_WIDTH + spacing;
      continue;
    }
    const origin = { x, y: top + rise };
    row.origins.set(slot.index, origin);
    row.channels.push({
      index: slot.index,
      inGroup: inGroup(slot.index),
      faces: polygonsPath(boxFaces(origin, axes, zero, size)),
      grid: showGrid ? segmentsPath(boxGrid(origin, axes, zero, size)) : '',
      label: { x: x + w / 2, y: labelY, text: formatCount(slot.index + 1) },
      x,
      y: top,
      width: w,
      height: h,
    });
    x += w + spacing;
  }
  return row;
}

function bracketOver(side: BracketShape['side'], channels: ChannelShape[], y: number, label: string): BracketShape[] {
  const lit = channels.filter((c) => c.inGroup);
  if (lit.length === 0) return [];
  const last = lit[lit.length - 1]!;
  return [{ side, x1: lit[0]!.x, x2: last.x + last.width, y, label }];
}

/**
 * One convolutional neuron in context: a row of input channels (sampled when
 * there are many) with the neuron's kernel highlighted in each channel it reads,
 * the neuron, and a row of output maps, one per neuron, with the neuron's map
 * and the one output the kernel makes there. Pure: shape and box in, shapes out.
 */
export function layoutConv(shape: ConvShape, box: Box): ConvLayout {
  const { inChannels, outChannels, kernel, dims, groups } = shape;
  const max = box.width >= 520 ? 6 : 4;
  const perGroupIn = inChannels / groups;
  const perGroupOut = outChannels / groups;
  const neuron = Math.min(Math.max(0, shape.neuron), outChannels - 1);
  const group = Math.floor(neuron / perGroupOut);
  const start = group * perGroupIn;
  const reads = (i: number) => i >= start && i < start + perGroupIn;
  const sameGroup = (j: number) => Math.floor(j / perGroupOut) === group;

  const inSlots = slotsFrom(pickAround(inChannels, start, perGroupIn, max));
  // The drawn neuron is normally one the reader points at, so already drawn; adding it moves nothing then.
  const outIndices = [...new Set([...pickAround(outChannels, 0, outChannels, max), neuron])].sort((a, b) => a - b);
  const outSlots = slotsFrom(outIndices);

  const size = channelCells(dims, kernel);
  // A 1-D channel is one cell wide: draw that cell wider so the strip reads as a strip, not a line.
  const uScale = dims === 1 ? 2 : 1;
  const unit = extentOf(obliqueAxes(1, uScale), size);
  const cardBand = (box.height - TOP_BAND - BOTTOM_BAND - NEURON_BAND) / 2;
  const cell = Math.max(
    1,
    Math.min(
      MAX_CELL,
      cardBand / unit.height,
      cellForWidth(inSlots, unit.width, box.width),
      cellForWidth(outSlots, unit.width, box.width),
    ),
  );
  const axes = obliqueAxes(cell, uScale);
  const cardHeight = extentOf(axes, size).height;

  // A row narrower than the box allows is drawn smaller, and the diagram shrinks to fit it.
  const height = TOP_BAND + 2 * cardHeight + NEURON_BAND + BOTTOM_BAND;
  const inputs = layoutRow(inSlots, axes, size, TOP_BAND, box.width, TOP_BAND - 6, reads, cell >= MIN_GRID_CELL);
  const neuronY = TOP_BAND + cardHeight + NEURON_BAND / 2;
  const outLabelY = height - BOTTOM_BAND + 14;
  const outputs = layoutRow(
    outSlots,
    axes,
    size,
    TOP_BAND + cardHeight + NEURON_BAND,
    box.width,
    outLabelY,
    sameGroup,
    cell >= MIN_GRID_CELL,
  );

  const k = kernelCells(dims, kernel);
  const kernels: KernelShape[] = [...inputs.origins]
    .filter(([index]) => reads(index))
    .map(([channel, origin]) => ({
      channel,
      faces: polygonsPath(boxFaces(origin, axes, k.from, k.size)),
      grid: cell >= MIN_KERNEL_GRID_CELL ? segmentsPath(boxGrid(origin, axes, k.from, k.size)) : '',
      anchor: rightFaceCentre(origin, axes, k.from, k.size),
    }));

  const centre = { x: box.width / 2, y: neuronY };
  const links = kernels.map((kn) => ({
    id: `link-${kn.channel}`,
    x1: kn.anchor.x,
    y1: kn.anchor.y,
    x2: centre.x,
    y2: centre.y - NEURON_R,
  }));

  const o = outputCell(dims, kernel);
  const outOrigin = outputs.origins.get(neuron) ?? outputs.origins.values().next().value!;
  const cellAnchor = rightFaceCentre(outOrigin, axes, o.from, o.size);

  const brackets =
    groups === 1
      ? []
      : [
          ...bracketOver(
            'input',
            inputs.channels,
            TOP_BAND - 24,
            `group ${formatCount(group + 1)} of ${formatCount(groups)}: ${formatCount(perGroupIn)} ${perGroupIn === 1 ? 'channel' : 'channels'}`,
          ),
          ...bracketOver('output', outputs.channels, outLabelY + 8, `group ${formatCount(group + 1)}`),
        ];

  const noun = NOUN[dims];
  return {
    width: box.width,
    height,
    cell,
    inputs: inputs.channels,
    inputGaps: inputs.gaps,
    outputs: outputs.channels,
    outputGaps: outputs.gaps,
    kernels,
    outputCell: { faces: polygonsPath(boxFaces(outOrigin, axes, o.from, o.size)), anchor: cellAnchor },
    neuron: { index: neuron, ...centre, r: NEURON_R, label: `neuron ${formatCount(neuron + 1)}` },
    links,
    axon: { id: 'axon', x1: centre.x, y1: centre.y + NEURON_R, x2: cellAnchor.x, y2: cellAnchor.y },
    brackets,
    titles: [
      { side: 'input', x: box.width / 2, y: 13, text: `in_channels = ${formatCount(inChannels)} input ${noun}s` },
      {
        side: 'output',
        x: box.width / 2,
        y: height - 5,
        text: `out_channels = ${formatCount(outChannels)} neurons (output ${noun}s)`,
      },
    ],
  };
}
