import type { Reference } from '../references.js';
import { arxiv } from './links.js';

export const radford2022: Reference = {
  authors: 'A. Radford et al.',
  year: 2022,
  title: 'Robust speech recognition via large-scale weak supervision',
  venue: 'arXiv preprint',
  url: arxiv('2212.04356'),
};
