import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countConv, countLinear } from '../../counting/index.js';
import { renderTemplate } from '../../../scripts/vite/katex-template.js';
import { fillFormula, slotsOf } from '../../components/formula.js';
import { formatCount } from '../../format/numbers.js';
import { baseValues } from '../../state/useWidgetStore.js';
import { readFileSync } from 'node:fs';
import { compareKernelOne, convSpecOf } from './counts.js';
import { describeConv, kernelShape, layerFormulaValues } from './describe.js';
import { commonDivisors, gcd, largestDivisorAtMost } from './divisors.js';
import { constrainConv, convModel, depthwise, isDepthwise, type ConvValues } from './model.js';

const base = baseValues(convModel);
const v = (patch: Partial<ConvValues>): ConvValues => ({ ...base, ...patch });

describe('divisors', () => {
  it('lists the groups both channel counts allow', () => {
    expect(gcd(256, 96)).toBe(32);
    expect(commonDivisors(256, 96)).toEqual([1, 2, 4, 8, 16, 32]);
    expect(commonDivisors(3, 16)).toEqual([1]);
    expect(commonDivisors(36, 36)).toEqual([1, 2, 3, 4, 6, 9, 12, 18, 36]);
    expect(largestDivisorAtMost(256, 256, 5)).toBe(4);
  });
});

describe('constrainConv', () => {
  it('keeps groups dividing both channel counts, the largest such not above the request', () => {
    expect(constrainConv(v({ inChannels: 256, outChannels: 256, groups: 5 })).groups).toBe(4);
    expect(constrainConv(v({ inChannels: 6, outChannels: 256, groups: 4 })).groups).toBe(2);
    const valid = v({ inChannels: 32, outChannels: 32, groups: 32 });
    expect(constrainConv(valid)).toBe(valid);
  });

  it('always yields a layer the library can count', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2048 }),
        fc.integer({ min: 1, max: 2048 }),
        fc.integer({ min: 1, max: 2048 }),
        (inChannels, outChannels, groups) => {
          const fixed = constrainConv(v({ inChannels, outChannels, groups }));
          expect(inChannels % fixed.groups).toBe(0);
          expect(outChannels % fixed.groups).toBe(0);
          expect(fixed.groups).toBeLessThanOrEqual(groups);
          expect(() => countConv(convSpecOf(fixed))).not.toThrow();
        },
      ),
    );
  });

  it('makes a layer depthwise in one step', () => {
    const d = constrainConv(v({ inChannels: 48, ...depthwise(48) }));
    expect(isDepthwise(d)).toBe(true);
    expect(countConv(convSpecOf(d)).synapsesPerNeuron).toBe(9);
  });

  it('has presets that need no fixing', () => {
    for (const preset of convModel.presets!) {
      const values = baseValues(convModel, preset.id);
      expect(values).toMatchObject(preset.values);
    }
  });
});

describe('kernel 1', () => {
  it('is a linear layer of in_channels / groups inputs, by the library’s own counts', () => {
    const pointwise = compareKernelOne(baseValues(convModel, 'pointwise'))!;
    expect(pointwise.same).toBe(true);
    expect(pointwise.linear).toEqual(countLinear({ inFeatures: 32, outFeatures: 64 }));
    expect(pointwise.conv.synapses).toBe(2048);
    expect(compareKernelOne(v({ kernel: 3 }))).toBeUndefined();
  });

  it('holds for any channels, groups, dimensions and bias', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 64 }),
        fc.integer({ min: 1, max: 32 }),
        fc.integer({ min: 1, max: 32 }),
        fc.constantFrom('1', '2', '3') as fc.Arbitrary<'1' | '2' | '3'>,
        fc.boolean(),
        (g, a, b, dims, bias) => {
          const c = compareKernelOne(v({ inChannels: g * a, outChannels: g * b, groups: g, kernel: 1, dims, bias }))!;
          expect(c.same).toBe(true);
          expect(c.inFeatures).toBe(a);
        },
      ),
    );
  });
});

describe('words and formula', () => {
  it('writes the kernel’s sides and describes the diagram with the library’s numbers', () => {
    expect(kernelShape(3, 3)).toBe('3 × 3 × 3');
    const resnet = baseValues(convModel, 'resnet');
    const text = describeConv(resnet, 0, countConv(convSpecOf(resnet)));
    expect(text).toContain('reads all 256 input channels through a 3 × 3 kernel in each, highlighted: 2,304 synapses');
  });

  it('typesets the live formula with exactly the slots the widget fills, each with the library’s number', () => {
    const tex = readFileSync(new URL('./layer.tex', import.meta.url), 'utf8').replace(/^%.*$/gm, '');
    const template = renderTemplate(tex);
    const resnet = baseValues(convModel, 'resnet');
    const count = countConv(convSpecOf(resnet));
    const values = layerFormulaValues({ ...resnet, kernelShape: kernelShape(resnet.kernel, 2) }, count);
    expect(new Set(slotsOf(template))).toEqual(new Set(Object.keys(values)));
    const text = fillFormula(template, values);
    expect(text).toContain(`<span data-slot="per">${formatCount(count.synapsesPerNeuron)}</span>`);
    expect(text).toContain(`<span data-slot="s">${formatCount(count.synapses)}</span>`);
  });
});
