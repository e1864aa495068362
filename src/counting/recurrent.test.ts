import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CELLS, countRecurrent } from './index.js';
import { sumOfParts } from './test-helpers.js';

describe('countRecurrent', () => {
  // PyTorch: weight_ih (G·H × I), weight_hh (G·H × H), bias_ih and bias_hh (G·H each).
  it.each([
    ['rnn', 20, 20 * 10 + 20 * 20 + 20 + 20],
    ['lstm', 80, 4 * (20 * 10 + 20 * 20 + 20 + 20)],
    ['gru', 60, 3 * (20 * 10 + 20 * 20 + 20 + 20)],
  ] as const)('counts nn.%s(10, 20): %i neurons, %i parameters', (cell, neurons, parameters) => {
    expect(countRecurrent({ cell, inputSize: 10, hiddenSize: 20 })).toMatchObject({
      neurons,
      synapsesPerNeuron: 30,
      parameters,
    });
  });

  it('feeds later layers H·directions inputs: nn.LSTM(10, 20, num_layers=2, bidirectional=True)', () => {
    const count = countRecurrent({ cell: 'lstm', inputSize: 10, hiddenSize: 20, numLayers: 2, bidirectional: true });
    expect(count.parts.map((p) => [p.name, p.synapsesPerNeuron, p.parameters])).toEqual([
      ['layer1', 30, 2560],
      ['layer1.reverse', 30, 2560],
      ['layer2', 60, 80 * 60 + 160],
      ['layer2.reverse', 60, 80 * 60 + 160],
    ]);
    expect(count.parameters).toBe(15_040);
  });

  it('drops both bias vectors when bias is false', () => {
    expect(countRecurrent({ cell: 'gru', inputSize: 3, hiddenSize: 5, bias: false }).parameters).toBe(3 * 5 * 8);
  });

  it('doubles a one-layer count when bidirectional, and sums its parts', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CELLS),
        fc.integer({ min: 1, max: 2000 }),
        fc.integer({ min: 1, max: 2000 }),
        (cell, inputSize, hiddenSize) => {
          const one = countRecurrent({ cell, inputSize, hiddenSize });
          const two = countRecurrent({ cell, inputSize, hiddenSize, bidirectional: true });
          expect([two.neurons, two.synapses, two.parameters]).toEqual([
            2 * one.neurons,
            2 * one.synapses,
            2 * one.parameters,
          ]);
          sumOfParts(two);
        },
      ),
    );
  });

  it('names the bad field', () => {
    expect(() => countRecurrent({ cell: 'transformer' as 'rnn', inputSize: 1, hiddenSize: 1 })).toThrow(
      /^cell must be one of 'rnn', 'lstm', 'gru'/,
    );
    expect(() => countRecurrent({ cell: 'rnn', inputSize: 0, hiddenSize: 1 })).toThrow(/^inputSize /);
    expect(() => countRecurrent({ cell: 'rnn', inputSize: 1, hiddenSize: 1.5 })).toThrow(/^hiddenSize /);
    expect(() => countRecurrent({ cell: 'rnn', inputSize: 1, hiddenSize: 1, numLayers: -2 })).toThrow(/^numLayers /);
    expect(() => countRecurrent({ cell: 'lstm', inputSize: 1, hiddenSize: 2 ** 51 })).toThrow(
      /^hiddenSize .*MAX_SAFE_INTEGER/,
    );
  });
});
