import type { Reference } from '../references.js';
import { arxiv } from './links.js';

export const chung2014: Reference = {
  authors: 'J. Chung et al.',
  year: 2014,
  title: 'Empirical evaluation of gated recurrent neural networks on sequence modeling',
  venue: 'arXiv preprint',
  url: arxiv('1412.3555'),
};
