import type { Reference } from '../references.js';
import { doi } from './links.js';

export const markram2004: Reference = {
  authors: 'H. Markram et al.',
  year: 2004,
  title: 'Interneurons of the neocortical inhibitory system',
  venue: 'Nature Reviews Neuroscience',
  details: '5, 793–807',
  url: doi('10.1038/nrn1519'),
};
