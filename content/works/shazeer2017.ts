import type { Reference } from '../references.js';
import { arxiv } from './links.js';

export const shazeer2017: Reference = {
  authors: 'N. Shazeer et al.',
  year: 2017,
  title: 'Outrageously large neural networks: the sparsely-gated mixture-of-experts layer',
  venue: 'International Conference on Learning Representations (ICLR)',
  url: arxiv('1701.06538'),
};
