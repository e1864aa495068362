import { flag, oneOf, product, wholeNumber } from './errors.js';
import { countOf, matrixPart } from './parts.js';
import type { Count, Part } from './types.js';

export const CELLS = ['rnn', 'lstm', 'gru'] as const;
export type Cell = (typeof CELLS)[number];

/** Gates per hidden unit: each gate is its own group of H linear neurons. */
export const GATES: Readonly<Record<Cell, number>> = { rnn: 1, lstm: 4, gru: 3 };

/** `nn.RNN / nn.LSTM / nn.GRU(inputSize, hiddenSize, numLayers, bias, bidirectional)`. */
export interface RecurrentSpec {
  cell: Cell;
  inputSize: number;
  hiddenSize: number;
  numLayers?: number;
  bidirectional?: boolean;
  bias?: boolean;
}

/**
 * Each gate unit is a neuron whose synapses are its input weights and its
 * recurrent weights together: I + H (layer 1) or H·directions + H (later
 * layers). PyTorch keeps two bias vectors (b_ih and b_hh), so 2·G·H biases.
 * Parts are named `layer1`, `layer1.reverse`, `layer2`, …
 */
export function countRecurrent(spec: RecurrentSpec): Count {
  const cell = oneOf(spec.cell, 'cell', CELLS, 'rnn');
  const input = wholeNumber(spec.inputSize, 'inputSize');
  const hidden = wholeNumber(spec.hiddenSize, 'hiddenSize');
  const layers = wholeNumber(spec.numLayers ?? 1, 'numLayers');
  const bidirectional = flag(spec.bidirectional, 'bidirectional', false);
  const bias = flag(spec.bias, 'bias', true);
  const directions = bidirectional ? 2 : 1;
  const neurons = product('hiddenSize', GATES[cell], hidden);
  const parts: Part[] = [];
  for (let layer = 1; layer <= layers; layer++) {
    const field = layer === 1 ? 'inputSize' : 'hiddenSize';
    const layerInput = layer === 1 ? input : product(field, hidden, directions);
    for (const suffix of bidirectional ? ['', '.reverse'] : ['']) {
      parts.push(
        matrixPart(
          `layer${layer}${suffix}`,
          neurons,
          layerInput + hidden,
          bias ? product(field, 2, neurons) : 0,
          field,
        ),
      );
    }
  }
  return countOf(parts, 'numLayers');
}
