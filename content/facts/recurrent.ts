/**
 * Numbers the recurrent chapter quotes in running text, each computed by the
 * counting library from a layer's sizes, as PyTorch's nn.RNN / nn.LSTM / nn.GRU
 * take them, the sizes kept beside the counts. Prose imports these; it never
 * types a count or a size.
 */
import { countRecurrent, type RecurrentSpec } from '../../src/counting/index.js';

/** A recurrent layer's counts with the sizes they come from (inputSize, hiddenSize, numLayers). */
const rnn = (spec: RecurrentSpec) => ({ numLayers: 1, ...spec, ...countRecurrent(spec) });

const lstmLm = rnn({ cell: 'lstm', inputSize: 650, hiddenSize: 650, numLayers: 2 });

export const recurrent = {
  /** The widget's first picture: 3 inputs, 2 hidden units, like the MLP chapter's first figure. */
  tiny: rnn({ cell: 'rnn', inputSize: 3, hiddenSize: 2 }),
  /** A character-level RNN over the 65 distinct characters of Shakespeare's plays, 128 units. */
  charRnn: rnn({ cell: 'rnn', inputSize: 65, hiddenSize: 128 }),
  /** The medium language model of Zaremba, Sutskever & Vinyals (2014): 2 LSTM layers of 650 units. */
  lstmLm,
  /** What the two bias vectors add to it: parameters that are not synapses. */
  lstmLmBiases: lstmLm.parameters - lstmLm.synapses,
  /** A GRU of 1,000 units reading 620-wide word embeddings. */
  gru: rnn({ cell: 'gru', inputSize: 620, hiddenSize: 1000 }),
  /** A bidirectional LSTM tagger, 100 units each way, over 100-wide embeddings. */
  tagger: rnn({ cell: 'lstm', inputSize: 100, hiddenSize: 100, bidirectional: true }),
  /** The same tagger with a second layer, which reads both directions' outputs. */
  taggerTwoLayers: rnn({ cell: 'lstm', inputSize: 100, hiddenSize: 100, numLayers: 2, bidirectional: true }),
};

/** Layer 2 (forward) of the two-layer tagger: 2·H + H synapses per neuron. */
export const taggerLayer2 = recurrent.taggerTwoLayers.parts.find((p) => p.name === 'layer2')!;
