import type { Reference } from '../references.js';
import { doi } from './links.js';

export const hochreiter1997: Reference = {
  authors: 'S. Hochreiter and J. Schmidhuber',
  year: 1997,
  title: 'Long short-term memory',
  venue: 'Neural Computation',
  details: '9(8), 1735–1780',
  url: doi('10.1162/neco.1997.9.8.1735'),
};
