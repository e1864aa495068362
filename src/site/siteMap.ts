/**
 * Every page of the site, in reading order. Navigation, the table of contents,
 * prerendering and the meta tags all read this one table. A chapter is
 * "written" when `content/NN-<slug>.mdx` exists (see chapters.ts).
 */
export interface PageInfo {
  /** URL path without the base, e.g. `/linear`. */
  path: string;
  /** File name stem in `content/` without its number, e.g. `linear`. */
  slug: string;
  title: string;
  /** One sentence for the table of contents, the meta description and social previews. */
  description: string;
}

export const SITE_TITLE = 'Neurons in Deep Learning';

export const HOME: PageInfo = {
  path: '/',
  slug: 'introduction',
  title: SITE_TITLE,
  description:
    'An interactive explanation of what a neuron is in a deep network, and how to count the neurons and synapses of any layer, up to GPT‑3.',
};

export const CHAPTERS: readonly PageInfo[] = [
  {
    path: '/linear',
    slug: 'linear',
    title: 'Linear neurons in an MLP',
    description:
      'A neuron is one row of a weight matrix; its synapses are that row’s entries. Drag an MLP and watch the counts.',
  },
  {
    path: '/convolutional',
    slug: 'convolutional',
    title: 'Convolutional neurons',
    description:
      'Each output channel is a neuron whose synapses fill a kernel volume. A 1 × 1 kernel makes it a linear neuron.',
  },
  {
    path: '/recurrent',
    slug: 'recurrent',
    title: 'Recurrent neurons',
    description: 'RNN, LSTM and GRU cells are linear neurons whose output is fed back in; gates are groups of neurons.',
  },
  {
    path: '/gpt-block',
    slug: 'gpt-block',
    title: 'Neurons in a GPT block',
    description:
      'The MLP’s key and value neurons and the attention’s Q, K, V and O projections, counted for any d_model.',
  },
  {
    path: '/gpt-3',
    slug: 'gpt-3',
    title: 'Counting GPT‑3',
    description:
      'Where GPT‑3’s 175B parameters come from, how many neurons and synapses it has, and how that compares with a brain.',
  },
  {
    path: '/biology',
    slug: 'biology',
    title: 'Biological and artificial neurons',
    description:
      'Spikes, timing, synaptic strength and inhibition: what an artificial neuron keeps from a biological one, and what it drops.',
  },
  {
    path: '/sparse-experts',
    slug: 'sparse-experts',
    title: 'Sparse experts: most neurons silent',
    description:
      'A mixture of experts sends each token to a few of many MLPs: drag the experts and top‑k and see which neurons fire, beside the cortex.',
  },
  {
    path: '/key-value',
    slug: 'key-value',
    title: 'Appendix: key and value neurons',
    description: 'Reading an MLP row by row (neurons) or column by column (directions): two views of the same output.',
  },
  {
    path: '/models',
    slug: 'models',
    title: 'Model zoo',
    description:
      'Neurons, synapses and parameters of real models, from LeNet to Llama, beside the nervous systems of animals.',
  },
];
