import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countConv, countLinear } from './index.js';
import { sumOfParts } from './test-helpers.js';

describe('countConv', () => {
  it('counts nn.Conv2d(3, 16, 3): 16 neurons of 3·3·3 synapses, 448 parameters', () => {
    expect(countConv({ inChannels: 3, outChannels: 16, kernelSize: 3 })).toMatchObject({
      neurons: 16,
      synapsesPerNeuron: 27,
      synapses: 432,
      parameters: 448,
    });
  });

  it('counts a depthwise nn.Conv2d(32, 32, 3, groups=32): one channel per neuron', () => {
    expect(countConv({ inChannels: 32, outChannels: 32, kernelSize: 3, groups: 32 })).toMatchObject({
      synapsesPerNeuron: 9,
      parameters: 32 * 9 + 32,
    });
  });

  it('counts nn.Conv1d(4, 8, 5, bias=False) and a 3-D kernel of unequal sides', () => {
    expect(countConv({ inChannels: 4, outChannels: 8, kernelSize: 5, dims: 1, bias: false }).parameters).toBe(160);
    expect(countConv({ inChannels: 2, outChannels: 6, kernelSize: [3, 5, 7] }).synapsesPerNeuron).toBe(2 * 3 * 5 * 7);
  });

  it('with kernel 1 is exactly a linear layer of inChannels synapses', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4096 }),
        fc.integer({ min: 1, max: 4096 }),
        fc.constantFrom(1, 2, 3) as fc.Arbitrary<1 | 2 | 3>,
        fc.boolean(),
        (cIn, cOut, dims, bias) => {
          const conv = countConv({ inChannels: cIn, outChannels: cOut, kernelSize: 1, dims, bias });
          const linear = countLinear({ inFeatures: cIn, outFeatures: cOut, bias });
          expect({ ...conv, parts: [] }).toEqual({ ...linear, parts: [] });
        },
      ),
    );
  });

  it('keeps synapses = Σ neurons × synapses per neuron', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 64 }), fc.integer({ min: 1, max: 11 }), (g, k) => {
        sumOfParts(countConv({ inChannels: 4 * g, outChannels: 2 * g, kernelSize: [k, k], groups: g }));
      }),
    );
  });

  it('rejects groups that do not divide the channels, and bad kernels', () => {
    expect(() => countConv({ inChannels: 6, outChannels: 4, kernelSize: 3, groups: 4 })).toThrow(
      /^groups \(4\) must divide inChannels/,
    );
    expect(() => countConv({ inChannels: 8, outChannels: 6, kernelSize: 3, groups: 4 })).toThrow(
      /^groups \(4\) must divide outChannels/,
    );
    expect(() => countConv({ inChannels: 3, outChannels: 4, kernelSize: 0 })).toThrow(/^kernelSize /);
    expect(() => countConv({ inChannels: 3, outChannels: 4, kernelSize: [3, -1] })).toThrow(/^kernelSize\[1\] /);
    expect(() => countConv({ inChannels: 3, outChannels: 4, kernelSize: [] })).toThrow(/^kernelSize must have 1 to 3/);
    expect(() => countConv({ inChannels: 3, outChannels: 4, kernelSize: 3, dims: 4 as 3 })).toThrow(/^dims /);
    expect(() => countConv({ inChannels: 2 ** 40, outChannels: 2 ** 20, kernelSize: 3 })).toThrow(
      /past Number.MAX_SAFE_INTEGER/,
    );
  });
});
