import type { Reference } from '../references.js';

export const abbott1999: Reference = {
  authors: 'L. F. Abbott',
  year: 1999,
  title: 'Lapicque’s introduction of the integrate-and-fire model neuron (1907)',
  venue: 'Brain Research Bulletin',
  details: '50(5–6), 303–304',
};
