import type { Reference } from '../references.js';

export const herculanoHouzel2006: Reference = {
  authors: 'S. Herculano-Houzel, B. Mota and R. Lent',
  year: 2006,
  title: 'Cellular scaling rules for rodent brains',
  venue: 'Proceedings of the National Academy of Sciences',
  details: '103(32), 12138–12143',
};
