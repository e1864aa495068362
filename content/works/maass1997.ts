import type { Reference } from '../references.js';
import { doi } from './links.js';

export const maass1997: Reference = {
  authors: 'W. Maass',
  year: 1997,
  title: 'Networks of spiking neurons: the third generation of neural network models',
  venue: 'Neural Networks',
  details: '10(9), 1659–1671',
  url: doi('10.1016/S0893-6080(97)00011-7'),
};
