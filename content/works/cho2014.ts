import type { Reference } from '../references.js';
import { arxiv } from './links.js';

export const cho2014: Reference = {
  authors: 'K. Cho et al.',
  year: 2014,
  title: 'Learning phrase representations using RNN encoder–decoder for statistical machine translation',
  venue: 'Empirical Methods in Natural Language Processing (EMNLP)',
  url: arxiv('1406.1078'),
};
