import type { Reference } from '../references.js';
import { doi } from './links.js';

export const carr1990: Reference = {
  authors: 'C. E. Carr and M. Konishi',
  year: 1990,
  title: 'A circuit for detection of interaural time differences in the brain stem of the barn owl',
  venue: 'The Journal of Neuroscience',
  details: '10(10), 3227–3246',
  url: doi('10.1523/JNEUROSCI.10-10-03227.1990'),
};
