import type { Reference } from '../references.js';

export const treiman2001: Reference = {
  authors: 'D. M. Treiman',
  year: 2001,
  title: 'GABAergic mechanisms in epilepsy',
  venue: 'Epilepsia',
  details: '42 (suppl. 3), 8–12',
};
