import type { Reference } from '../references.js';

export const strata1999: Reference = {
  authors: 'P. Strata and R. Harvey',
  year: 1999,
  title: 'Dale’s principle',
  venue: 'Brain Research Bulletin',
  details: '50(5–6), 349–350',
};
