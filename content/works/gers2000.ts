import type { Reference } from '../references.js';
import { doi } from './links.js';

export const gers2000: Reference = {
  authors: 'F. A. Gers, J. Schmidhuber and F. Cummins',
  year: 2000,
  title: 'Learning to forget: continual prediction with LSTM',
  venue: 'Neural Computation',
  details: '12(10), 2451–2471',
  url: doi('10.1162/089976600300015015'),
};
