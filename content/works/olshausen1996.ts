import type { Reference } from '../references.js';
import { doi } from './links.js';

export const olshausen1996: Reference = {
  authors: 'B. A. Olshausen and D. J. Field',
  year: 1996,
  title: 'Emergence of simple-cell receptive field properties by learning a sparse code for natural images',
  venue: 'Nature',
  details: '381, 607–609',
  url: doi('10.1038/381607a0'),
};
