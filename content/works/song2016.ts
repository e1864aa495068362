import type { Reference } from '../references.js';
import { doi } from './links.js';

export const song2016: Reference = {
  authors: 'H. F. Song, G. R. Yang and X.-J. Wang',
  year: 2016,
  title:
    'Training excitatory-inhibitory recurrent neural networks for cognitive tasks: a simple and flexible framework',
  venue: 'PLOS Computational Biology',
  details: '12(2), e1004792',
  url: doi('10.1371/journal.pcbi.1004792'),
};
