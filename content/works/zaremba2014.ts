import type { Reference } from '../references.js';
import { arxiv } from './links.js';

export const zaremba2014: Reference = {
  authors: 'W. Zaremba, I. Sutskever and O. Vinyals',
  year: 2014,
  title: 'Recurrent neural network regularization',
  venue: 'arXiv preprint',
  url: arxiv('1409.2329'),
};
