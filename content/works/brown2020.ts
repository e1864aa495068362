import type { Reference } from '../references.js';
import { arxiv } from './links.js';

export const brown2020: Reference = {
  authors: 'T. B. Brown et al.',
  year: 2020,
  title: 'Language models are few-shot learners',
  venue: 'Advances in Neural Information Processing Systems 33',
  url: arxiv('2005.14165'),
};
