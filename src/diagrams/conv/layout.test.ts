import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { channelCells, kernelCells, outputCell, placeKernel, spatialCells } from './cells.js';
import { inputUnder, layoutConv, placeUnder, type ConvShape } from './layoutConv.js';
import { pickAround, slotsFrom } from './pick.js';
import { at, boxFaces, boxGrid, cellUnder, extentOf, obliqueAxes } from './project.js';

const box = { width: 640, height: 440 };
const shape = (s: Partial<ConvShape> = {}): ConvShape => ({
  inChannels: 3,
  outChannels: 16,
  kernel: 3,
  dims: 2,
  groups: 1,
  neuron: 0,
  ...s,
});

describe('projection', () => {
  const axes = obliqueAxes(10);

  it('draws a flat 2-D card as one face, a 3-D clip as three', () => {
    const origin = { x: 0, y: 0 };
    const zero = { t: 0, u: 0, v: 0 };
    expect(boxFaces(origin, axes, zero, { t: 0, u: 5, v: 5 })).toHaveLength(1);
    expect(boxFaces(origin, axes, zero, { t: 5, u: 5, v: 5 })).toHaveLength(3);
  });

  it('draws one grid line per inner cell boundary: (u − 1) + (v − 1) on a card', () => {
    expect(boxGrid({ x: 0, y: 0 }, axes, { t: 0, u: 0, v: 0 }, { t: 0, u: 6, v: 6 })).toHaveLength(10);
  });

  it('recedes u up and to the right, runs v down, and measures what it draws', () => {
    const p = at({ x: 100, y: 100 }, axes, { t: 0, u: 1, v: 0 });
    expect(p.x).toBeGreaterThan(100);
    expect(p.y).toBeLessThan(100);
    expect(at({ x: 0, y: 0 }, axes, { t: 0, u: 0, v: 2 })).toEqual({ x: 0, y: 20 });
    expect(extentOf(axes, { t: 0, u: 5, v: 5 })).toEqual({ width: 31, height: 68, rise: 18 });
  });
});

describe('cellUnder', () => {
  it('inverts the projection on a face', () => {
    const axes = obliqueAxes(12);
    fc.assert(
      fc.property(fc.double({ min: 0, max: 10, noNaN: true }), fc.double({ min: 0, max: 10, noNaN: true }), (u, v) => {
        const origin = { x: 40, y: 90 };
        const cell = cellUnder(origin, axes, 4, at(origin, axes, { t: 4, u, v }));
        expect(cell.u).toBeCloseTo(u, 9);
        expect(cell.v).toBeCloseTo(v, 9);
      }),
    );
  });
});

describe('cells of a channel', () => {
  it('gives the kernel room to slide and keeps it and its output inside the channel', () => {
    for (const dims of [1, 2, 3] as const) {
      for (const k of [1, 3, 7, 11]) {
        const c = channelCells(dims, k);
        const kc = kernelCells(dims, k);
        const o = outputCell(dims, k);
        expect(spatialCells(k)).toBeGreaterThanOrEqual(k + 3);
        for (const axis of ['t', 'u', 'v'] as const) {
          expect(kc.from[axis] + kc.size[axis]).toBeLessThanOrEqual(c[axis]);
          expect(o.from[axis] + o.size[axis]).toBeLessThanOrEqual(c[axis]);
        }
        // k cells along each of the d axes (t only in 3-D, u not in 1-D).
        expect(kc.size.v).toBe(k);
        expect(kc.size.u).toBe(dims === 1 ? 1 : k);
        expect(kc.size.t).toBe(dims === 3 ? k : 0);
      }
    }
  });
});

describe('sliding the kernel', () => {
  it('keeps the kernel inside the channel and moves its output with it', () => {
    expect(placeKernel(2, 3, { u: -2, v: 99 })).toEqual({ u: 0, v: 3 });
    expect(placeKernel(1, 3, { u: 2, v: 2.4 })).toEqual({ u: 0, v: 2 });
    expect(outputCell(2, 3, { u: 2, v: 0 }).from).toEqual({ t: 0, u: 3, v: 1 });
  });

  it('finds the input channel under the pointer and centres the kernel on the cell there', () => {
    const layout = layoutConv(shape(), box);
    const second = layout.inputs[1]!;
    const point = at(second.origin, layout.axes, { t: 0, u: 4.5, v: 3.5 });
    expect(inputUnder(layout, point)).toBe(second);
    expect(inputUnder(layout, { x: 0, y: 0 })).toBeUndefined();
    const place = placeKernel(2, 3, placeUnder(layout, second, point));
    expect(place).toEqual({ u: 3, v: 2 });
    const moved = layoutConv(shape({ at: place }), box);
    expect(moved.place).toEqual(place);
    expect(moved.kernels[0]!.faces).not.toBe(layout.kernels[0]!.faces);
    expect(moved.outputCell.faces).not.toBe(layout.outputCell.faces);
  });
});

describe('pickAround', () => {
  it('samples a whole layer as the shared sampler does', () => {
    expect(pickAround(256, 0, 256, 6)).toEqual([0, 1, 2, 3, 255]);
    expect(pickAround(3, 0, 3, 6)).toEqual([0, 1, 2]);
  });

  it('shows a depthwise neuron’s one channel, its neighbour and the last channel', () => {
    expect(pickAround(32, 0, 1, 6)).toEqual([0, 1, 31]);
  });

  it('shows a middle group with its neighbours and both ends', () => {
    const picked = pickAround(256, 64, 64, 6);
    expect(picked).toEqual([0, 63, 64, 127, 128, 255]);
    expect(slotsFrom(picked)).toEqual([
      { kind: 'item', index: 0 },
      { kind: 'gap', hidden: 62 },
      { kind: 'item', index: 63 },
      { kind: 'item', index: 64 },
      { kind: 'gap', hidden: 62 },
      { kind: 'item', index: 127 },
      { kind: 'item', index: 128 },
      { kind: 'gap', hidden: 126 },
      { kind: 'item', index: 255 },
    ]);
  });
});

describe('layoutConv', () => {
  it('draws a small CNN’s first layer whole on the input side: 3 channels, each with its 3 × 3 kernel', () => {
    const layout = layoutConv(shape(), box);
    expect(layout.inputs.map((c) => c.label.text)).toEqual(['1', '2', '3']);
    expect(layout.inputGaps).toEqual([]);
    expect(layout.kernels.map((k) => k.channel)).toEqual([0, 1, 2]);
    expect(layout.links).toHaveLength(3);
    expect(layout.outputGaps.map((g) => g.label)).toEqual(['+11']);
    expect(layout.outputs.map((c) => c.index)).toEqual([0, 1, 2, 3, 15]);
    expect(layout.brackets).toEqual([]);
  });

  it('keeps every card inside the box, rows apart, inputs above the neuron above the outputs', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 11 }),
        fc.integer({ min: 0, max: 11 }),
        fc.integer({ min: 1, max: 11 }),
        fc.constantFrom(1, 2, 3) as fc.Arbitrary<1 | 2 | 3>,
        fc.constantFrom(320, 480, 640, 900),
        (a, b, kernel, dims, width) => {
          const layout = layoutConv(shape({ inChannels: 2 ** a, outChannels: 2 ** b, kernel, dims }), {
            width,
            height: 440,
          });
          expect(layout.height).toBeLessThanOrEqual(440);
          for (const c of [...layout.inputs, ...layout.outputs]) {
            expect(c.x).toBeGreaterThanOrEqual(0);
            expect(c.x + c.width).toBeLessThanOrEqual(width + 1e-9);
          }
          const inputBottom = Math.max(...layout.inputs.map((c) => c.y + c.height));
          const outputTop = Math.min(...layout.outputs.map((c) => c.y));
          expect(inputBottom).toBeLessThan(layout.neuron.y - layout.neuron.r);
          expect(layout.neuron.y + layout.neuron.r).toBeLessThan(outputTop);
          expect(layout.inputs.length + layout.outputs.length).toBeLessThanOrEqual(16);
        },
      ),
    );
  });

  it('for groups, lights only the drawn neuron’s group and brackets it', () => {
    const layout = layoutConv(shape({ inChannels: 256, outChannels: 512, groups: 4, neuron: 300 }), box);
    // Neuron 300 is in group 3 (neurons 256–383), which reads channels 128–191.
    expect(layout.kernels.map((k) => k.channel)).toEqual([128, 191]);
    expect(layout.inputs.map((c) => c.index)).toEqual([0, 127, 128, 191, 192, 255]);
    expect(layout.inputs.filter((c) => c.inGroup).map((c) => c.index)).toEqual([128, 191]);
    expect(layout.outputs.map((c) => c.index)).toEqual([0, 1, 2, 3, 300, 511]);
    expect(layout.brackets.map((b) => b.label)).toEqual(['group 3 of 4: 64 channels', 'group 3']);
    expect(layout.neuron.label).toBe('neuron 301');
  });

  it('draws a depthwise neuron reading its one channel', () => {
    const layout = layoutConv(shape({ inChannels: 32, outChannels: 32, groups: 32 }), box);
    expect(layout.kernels.map((k) => k.channel)).toEqual([0]);
    expect(layout.brackets[0]!.label).toBe('group 1 of 32: 1 channel');
  });

  it('stays small in the DOM for the largest sizes, with exact hidden counts', () => {
    const layout = layoutConv(shape({ inChannels: 2048, outChannels: 2048, kernel: 11, dims: 3 }), box);
    expect(layout.inputs.length + layout.outputs.length + layout.kernels.length).toBeLessThanOrEqual(20);
    expect(layout.inputGaps.map((g) => g.label)).toEqual(['+2,043']);
  });

  it('leaves out cell grids too small to read', () => {
    const big = shape({ inChannels: 2048, outChannels: 2048, kernel: 11, dims: 3 });
    const small = layoutConv(big, { width: 240, height: 440 });
    expect(small.cell).toBeLessThan(4.5);
    expect(small.inputs[0]!.grid).toBe('');
    expect(small.kernels[0]!.grid).not.toBe('');
    expect(layoutConv(shape(), box).inputs[0]!.grid).not.toBe('');
  });

  it('names the channel shape in its titles: sequences, maps, clips', () => {
    expect(layoutConv(shape({ dims: 1 }), box).titles[0]!.text).toBe('in_channels = 3 input sequences');
    expect(layoutConv(shape({ dims: 3 }), box).titles[1]!.text).toBe('out_channels = 16 neurons (output clips)');
    expect(layoutConv(shape(), { width: 320, height: 440 }).titles[1]!.text).toBe('out_channels = 16 neurons');
  });
});
