import type { Reference } from '../references.js';
import { doi } from './links.js';

export const merolla2014: Reference = {
  authors: 'P. A. Merolla et al.',
  year: 2014,
  title: 'A million spiking-neuron integrated circuit with a scalable communication network and interface',
  venue: 'Science',
  details: '345(6197), 668–673',
  url: doi('10.1126/science.1254642'),
};
