import type { Reference } from '../references.js';

export const lennie2003: Reference = {
  authors: 'P. Lennie',
  year: 2003,
  title: 'The cost of cortical computation',
  venue: 'Current Biology',
  details: '13(6), 493–497',
};
