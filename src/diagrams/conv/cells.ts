import type { Cells } from './project.js';

export type Dims = 1 | 2 | 3;

/** Cells a side drawn for one channel: room for the kernel and for it to slide. The data's real size does not matter to the counts. */
export function spatialCells(kernel: number): number {
  return Math.max(6, kernel + 3);
}

/** One channel's data: a sequence (1-D, drawn as a strip), a map (2-D) or a clip of frames (3-D). */
export function channelCells(dims: Dims, kernel: number): Cells {
  const s = spatialCells(kernel);
  return { t: dims === 3 ? s : 0, u: dims === 1 ? 1 : s, v: s };
}

/** Where the kernel's top-left cell sits on a channel's visible face, in cells. */
export interface Place {
  u: number;
  v: number;
}

/** One cell in from the top and left: the kernel starts with room around it. */
export const START: Place = { u: 1, v: 1 };

/** `at` rounded and moved so that a kernel of size k lies wholly inside the channel. */
export function placeKernel(dims: Dims, kernel: number, at: Place): Place {
  const room = spatialCells(kernel) - kernel;
  const clamp = (x: number) => Math.min(room, Math.max(0, Math.round(x)));
  return { u: dims === 1 ? 0 : clamp(at.u), v: clamp(at.v) };
}

/** Where one neuron's kernel sits in each channel it reads: k cells a side, at `at` (placed with placeKernel). */
export function kernelCells(dims: Dims, kernel: number, at: Place = START): { from: Cells; size: Cells } {
  const s = spatialCells(kernel);
  return {
    from: { t: dims === 3 ? s - kernel : 0, u: dims === 1 ? 0 : at.u, v: at.v },
    size: { t: dims === 3 ? kernel : 0, u: dims === 1 ? 1 : kernel, v: kernel },
  };
}

/** The one output the kernel at `at` produces: at the kernel's centre, on the neuron's output map. */
export function outputCell(dims: Dims, kernel: number, at: Place = START): { from: Cells; size: Cells } {
  const s = spatialCells(kernel);
  const centre = Math.floor((kernel - 1) / 2);
  return {
    from: { t: dims === 3 ? s - 1 : 0, u: dims === 1 ? 0 : at.u + centre, v: at.v + centre },
    size: { t: dims === 3 ? 1 : 0, u: 1, v: 1 },
  };
}
