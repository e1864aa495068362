import type { Reference } from '../references.js';

export const horowitz2014: Reference = {
  authors: 'M. Horowitz',
  year: 2014,
  title: 'Computing’s energy problem (and what we can do about it)',
  venue: 'IEEE International Solid-State Circuits Conference (ISSCC)',
  details: '10–14',
};
