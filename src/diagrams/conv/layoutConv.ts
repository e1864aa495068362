import { formatCount, formatQuantity } from '../../format/numbers.js';
import { channelCells, kernelCells, outputCell, placeKernel, START, type Dims, type Place } from './cells.js';
import { pickAround, slotsFrom } from './pick.js';
import {
  boxFaces,
  boxGrid,
  cellUnder,
  extentOf,
  obliqueAxes,
  polygonsPath,
  rightFaceCentre,
  segmentsPath,
  type Point,
} from './project.js';
import { bracketOver, cellForWidth, layoutRow } from './row.js';
import type { Box, ChannelShape, ConvLayout, ConvShape, KernelShape } from './types.js';

export type * from './types.js';
export type { Dims, Place } from './cells.js';

const TOP_BAND = 58;
const BOTTOM_BAND = 58;
const NEURON_BAND = 72;
const MAX_CELL = 16;
// Below these cell sizes a grid of cells is a grey smudge: leave it out.
const MIN_GRID_CELL = 4.5;
const MIN_KERNEL_GRID_CELL = 2.5;
const NEURON_R = 11;

const NOUN: Record<Dims, string> = { 1: 'sequence', 2: 'map', 3: 'clip' };

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
  const uScale = dims === 1 ? 2.6 : 1;
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

  const place = placeKernel(dims, kernel, shape.at ?? START);
  const k = kernelCells(dims, kernel, place);
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

  const o = outputCell(dims, kernel, place);
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
    axes,
    channel: size,
    kernel,
    dims,
    place,
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
      {
        side: 'input',
        x: box.width / 2,
        y: 13,
        text: `in_channels = ${formatCount(inChannels)} input ${inChannels === 1 ? noun : `${noun}s`}`,
      },
      {
        side: 'output',
        x: box.width / 2,
        y: height - 5,
        // A phone has no room for the maps' name; the neurons are what the title is for.
        text: `out_channels = ${formatQuantity(outChannels, 'neurons')}${box.width < 480 ? '' : ` (output ${noun}s)`}`,
      },
    ],
  };
}

/** The input channel drawn under a screen point, if any. */
export function inputUnder(layout: ConvLayout, point: Point): ChannelShape | undefined {
  return layout.inputs.find(
    (c) => point.x >= c.x && point.x <= c.x + c.width && point.y >= c.y && point.y <= c.y + c.height,
  );
}

/** The kernel place that centres the kernel under a screen point over `channel` (not yet moved inside: see placeKernel). */
export function placeUnder(layout: ConvLayout, channel: ChannelShape, point: Point): Place {
  const { u, v } = cellUnder(channel.origin, layout.axes, layout.channel.t, point);
  return { u: u - layout.kernel / 2, v: v - layout.kernel / 2 };
}
