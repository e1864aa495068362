import type { Reference } from '../references.js';

export const cornford2021: Reference = {
  authors: 'J. Cornford et al.',
  year: 2021,
  title: 'Learning to live with Dale’s principle: ANNs with separate excitatory and inhibitory units',
  venue: 'International Conference on Learning Representations (ICLR)',
};
