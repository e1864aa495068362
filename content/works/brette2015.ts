import type { Reference } from '../references.js';
import { doi } from './links.js';

export const brette2015: Reference = {
  authors: 'R. Brette',
  year: 2015,
  title: 'Philosophy of the spike: rate-based vs. spike-based theories of the brain',
  venue: 'Frontiers in Systems Neuroscience',
  details: '9, 151',
  url: doi('10.3389/fnsys.2015.00151'),
};
