import type { Reference } from '../references.js';
import { doi } from './links.js';

export const jeffress1948: Reference = {
  authors: 'L. A. Jeffress',
  year: 1948,
  title: 'A place theory of sound localization',
  venue: 'Journal of Comparative and Physiological Psychology',
  details: '41(1), 35–39',
  url: doi('10.1037/h0061495'),
};
