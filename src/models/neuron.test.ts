import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activate, fire, signOf } from './neuron.js';

describe('fire', () => {
  it('computes z = w·x + b and y = σ(z)', () => {
    const out = fire({ weights: [0.5, -1, 2], inputs: [1, 0.5, 0.25], bias: -0.25, activation: 'relu' });
    expect(out.products).toEqual([0.5, -0.5, 0.5]);
    expect(out.sum).toBe(0.5);
    expect(out.z).toBe(0.25);
    expect(out.y).toBe(0.25);
  });

  it('an inhibitory synapse lowers the output; ReLU silences a negative sum', () => {
    const base = { inputs: [1, 1, 1], bias: 0, activation: 'relu' as const };
    expect(fire({ ...base, weights: [1, 0, 0] }).y).toBe(1);
    expect(fire({ ...base, weights: [1, -0.4, 0] }).y).toBeCloseTo(0.6, 12);
    expect(fire({ ...base, weights: [1, -2, 0] }).y).toBe(0);
  });

  it('with every weight zero, the output is σ(b): the bias alone sets the resting output', () => {
    const out = fire({ weights: [0, 0, 0], inputs: [0.3, 0.9, 1], bias: 0, activation: 'sigmoid' });
    expect(out.y).toBe(0.5);
  });

  it('refuses mismatched lengths', () => {
    expect(() => fire({ weights: [1, 2], inputs: [1], bias: 0, activation: 'tanh' })).toThrow(RangeError);
  });

  it('is finite and inside each activation’s range for every value the widget allows', () => {
    const w = fc.integer({ min: -40, max: 40 }).map((k) => k * 0.05);
    const x = fc.integer({ min: 0, max: 20 }).map((k) => k * 0.05);
    fc.assert(
      fc.property(fc.tuple(w, w, w), fc.tuple(x, x, x), w, (weights, inputs, bias) => {
        const relu = fire({ weights, inputs, bias, activation: 'relu' });
        expect(Math.abs(relu.z)).toBeLessThanOrEqual(8 + 1e-9);
        expect(relu.y).toBeGreaterThanOrEqual(0);
        const tanh = fire({ weights, inputs, bias, activation: 'tanh' }).y;
        expect(tanh).toBeGreaterThanOrEqual(-1);
        expect(tanh).toBeLessThanOrEqual(1);
        const sigmoid = fire({ weights, inputs, bias, activation: 'sigmoid' }).y;
        expect(sigmoid).toBeGreaterThan(0);
        expect(sigmoid).toBeLessThan(1);
      }),
    );
  });
});

describe('activate', () => {
  it('has the textbook values', () => {
    expect(activate('relu', -3)).toBe(0);
    expect(activate('relu', 2)).toBe(2);
    expect(activate('tanh', 0)).toBe(0);
    expect(activate('sigmoid', 0)).toBe(0.5);
    expect(activate('sigmoid', Math.log(3))).toBeCloseTo(0.75, 12);
  });
});

describe('signOf', () => {
  it('names a synapse by its weight’s sign', () => {
    expect([0.3, -0.3, 0].map(signOf)).toEqual(['excitatory', 'inhibitory', 'silent']);
  });
});
