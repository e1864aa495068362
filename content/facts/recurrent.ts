/**
 * Numbers the recurrent chapter quotes in running text, each computed by the
 * counting library from a layer's sizes, as PyTorch's nn.RNN / nn.LSTM / nn.GRU take them.
 */
import { countRecurrent } from '../../src/counting/index.js';

const lstmLm = countRecurrent({ cell: 'lstm', inputSize: 650, hiddenSize: 650, numLayers: 2 });

export const recurrent = {
  /** The widget's first picture: 3 inputs, 2 hidden units, like the MLP chapter's first figure. */
  tiny: countRecurrent({ cell: 'rnn', inputSize: 3, hiddenSize: 2 }),
  /** A character-level RNN over the 65 distinct characters of Shakespeare's plays, 128 units. */
  charRnn: countRecurrent({ cell: 'rnn', inputSize: 65, hiddenSize: 128 }),
  /** The medium language model of Zaremba, Sutskever & Vinyals (2014): 2 LSTM layers of 650 units. */
  lstmLm,
  /** What the two bias vectors add to it: parameters that are not synapses. */
  lstmLmBiases: lstmLm.parameters - lstmLm.synapses,
  /** A GRU of 1,000 units reading 620-wide word embeddings. */
  gru: countRecurrent({ cell: 'gru', inputSize: 620, hiddenSize: 1000 }),
  /** A bidirectional LSTM tagger, 100 units each way, over 100-wide embeddings. */
  tagger: countRecurrent({ cell: 'lstm', inputSize: 100, hiddenSize: 100, bidirectional: true }),
  /** The same tagger with a second layer, which reads both directions' outputs. */
  taggerTwoLayers: countRecurrent({ cell: 'lstm', inputSize: 100, hiddenSize: 100, numLayers: 2, bidirectional: true }),
};

/** Layer 2 (forward) of the two-layer tagger: 2·H + H synapses per neuron. */
export const taggerLayer2 = recurrent.taggerTwoLayers.parts.find((p) => p.name === 'layer2')!;
