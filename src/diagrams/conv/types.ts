import type { Dims, Place } from './cells.js';
import type { Axes, Cells, Point } from './project.js';

export interface ConvShape {
  inChannels: number;
  outChannels: number;
  kernel: number;
  dims: Dims;
  groups: number;
  /** The neuron (output channel, from 0) whose kernel volume is drawn. */
  neuron: number;
  /** Where the kernel sits on each channel (moved inside if need be); one cell in from the corner by default. */
  at?: Place;
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
  /** Screen point of the channel's cell (0, 0, 0): with ConvLayout.axes, where every cell is drawn. */
  origin: Point;
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
  /** Screen size of one cell of data, and the screen vectors of one cell along each axis. */
  cell: number;
  axes: Axes;
  /** Cells of one channel along each axis. */
  channel: Cells;
  kernel: number;
  dims: Dims;
  /** Where the kernel is drawn: the same place in every channel it reads, and its output on the neuron's map. */
  place: Place;
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
