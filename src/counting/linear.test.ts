import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countLinear, countMlp, SizeError } from './index.js';
import { sumOfParts } from './test-helpers.js';

describe('countLinear', () => {
  it('counts nn.Linear(3, 2): 2 neurons of 3 synapses, 3·2 weights + 2 biases', () => {
    expect(countLinear({ inFeatures: 3, outFeatures: 2 })).toMatchObject({
      neurons: 2,
      synapsesPerNeuron: 3,
      synapses: 6,
      parameters: 8,
    });
  });

  it('drops the biases when bias is false', () => {
    expect(countLinear({ inFeatures: 768, outFeatures: 3072, bias: false }).parameters).toBe(2_359_296);
  });

  it('keeps synapses = m × n for any sizes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 1, max: 100_000 }), (n, m) => {
        const count = countLinear({ inFeatures: n, outFeatures: m });
        return count.neurons === m && count.synapses === m * n && count.parameters === m * n + m;
      }),
    );
  });
});

describe('countMlp', () => {
  it('counts the two-layer MLP of 3 inputs → 2 → 2', () => {
    const count = countMlp({ sizes: [3, 2, 2] });
    expect(count.neurons).toBe(4);
    expect(count.synapses).toBe(2 * 3 + 2 * 2);
    expect(count.synapsesPerNeuron).toBe(2.5);
    expect(count.parts.map((p) => [p.name, p.neurons, p.synapsesPerNeuron])).toEqual([
      ['layer1', 2, 3],
      ['layer2', 2, 2],
    ]);
  });

  it('counts four layers of three neurons with three synapses each', () => {
    const count = countMlp({ sizes: [3, 3, 3, 3, 3] });
    expect(count).toMatchObject({ neurons: 12, synapses: 36, synapsesPerNeuron: 3, parameters: 48 });
  });

  it('sums its parts, and each layer is a linear layer', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5000 }), { minLength: 2, maxLength: 10 }), (sizes) => {
        const count = countMlp({ sizes });
        sumOfParts(count);
        count.parts.forEach((part, i) => {
          const layer = countLinear({ inFeatures: sizes[i]!, outFeatures: sizes[i + 1]! });
          expect(part).toMatchObject({
            neurons: layer.neurons,
            synapses: layer.synapses,
            parameters: layer.parameters,
          });
        });
      }),
    );
  });
});

describe('bad sizes', () => {
  it.each([
    [{ inFeatures: 0, outFeatures: 2 }, 'inFeatures'],
    [{ inFeatures: 3, outFeatures: -1 }, 'outFeatures'],
    [{ inFeatures: 2.5, outFeatures: 2 }, 'inFeatures'],
    [{ inFeatures: Number.NaN, outFeatures: 2 }, 'inFeatures'],
    [{ inFeatures: Infinity, outFeatures: 2 }, 'inFeatures'],
    [{ inFeatures: '3' as unknown as number, outFeatures: 2 }, 'inFeatures'],
    [{ inFeatures: 2 ** 30, outFeatures: 2 ** 30 }, 'outFeatures'],
    [{ inFeatures: 3, outFeatures: 2, bias: 'yes' as unknown as boolean }, 'bias'],
  ])('countLinear(%j) throws a SizeError naming %s', (spec, field) => {
    expect(() => countLinear(spec)).toThrow(SizeError);
    expect(() => countLinear(spec)).toThrow(new RegExp(`^${field} `));
  });

  it('names the bad entry of an MLP and asks for at least one layer', () => {
    expect(() => countMlp({ sizes: [3, 0, 2] })).toThrow(/^sizes\[1\] must be at least 1/);
    expect(() => countMlp({ sizes: [3] })).toThrow(/^sizes must list/);
  });

  it('is a RangeError with the field on it', () => {
    try {
      countLinear({ inFeatures: -3, outFeatures: 2 });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(RangeError);
      expect((error as SizeError).field).toBe('inFeatures');
    }
  });
});
