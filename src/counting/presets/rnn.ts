import type { LayerSpec } from '../network/spec.js';
import { dropout, linear } from './layers.js';

/** Words in the example's WikiText‑2 corpus, `<eos>` included (its `Embedding(33278, …)`). */
export const WIKITEXT2_VOCAB = 33_278;

/**
 * The word-level language model of the PyTorch examples
 * (`word_language_model`, RNNModel) in the size its README suggests for a
 * better model: `--model LSTM --emsize 650 --nhid 650 --nlayers 2`, untied,
 * over 35-token windows (`--bptt 35`).
 */
export const LSTM_LM: readonly LayerSpec[] = [
  { kind: 'input', shape: [35] },
  { kind: 'embedding', name: 'encoder', numEmbeddings: WIKITEXT2_VOCAB, embeddingDim: 650 },
  dropout('drop'),
  { kind: 'recurrent', name: 'rnn', cell: 'lstm', inputSize: 650, hiddenSize: 650, numLayers: 2 },
  dropout('drop'),
  linear(650, WIKITEXT2_VOCAB, 'decoder'),
];
