import type { Reference } from '../references.js';
import { doi } from './links.js';

export const grothe2010: Reference = {
  authors: 'B. Grothe, M. Pecka and D. McAlpine',
  year: 2010,
  title: 'Mechanisms of sound localization in mammals',
  venue: 'Physiological Reviews',
  details: '90(3), 983–1012',
  url: doi('10.1152/physrev.00026.2009'),
};
