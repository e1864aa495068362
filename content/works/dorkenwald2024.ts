import type { Reference } from '../references.js';
import { doi } from './links.js';

export const dorkenwald2024: Reference = {
  authors: 'S. Dorkenwald et al.',
  year: 2024,
  title: 'Neuronal wiring diagram of an adult brain',
  venue: 'Nature',
  details: '634, 124–138',
  url: doi('10.1038/s41586-024-07558-y'),
};
