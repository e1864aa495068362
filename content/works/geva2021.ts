import type { Reference } from '../references.js';
import { arxiv } from './links.js';

export const geva2021: Reference = {
  authors: 'M. Geva et al.',
  year: 2021,
  title: 'Transformer feed-forward layers are key-value memories',
  venue: 'Empirical Methods in Natural Language Processing (EMNLP)',
  url: arxiv('2012.14913'),
};
