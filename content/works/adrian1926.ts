import type { Reference } from '../references.js';

export const adrian1926: Reference = {
  authors: 'E. D. Adrian and Y. Zotterman',
  year: 1926,
  title: 'The impulses produced by sensory nerve endings. Part 2: the response of a single end-organ',
  venue: 'The Journal of Physiology',
  details: '61(2), 151–171',
};
