import type { Reference } from '../references.js';
import { doi } from './links.js';

export const azevedo2009: Reference = {
  authors: 'F. A. C. Azevedo et al.',
  year: 2009,
  title:
    'Equal numbers of neuronal and nonneuronal cells make the human brain an isometrically scaled-up primate brain',
  venue: 'Journal of Comparative Neurology',
  details: '513(5), 532–541',
  url: doi('10.1002/cne.21974'),
};
