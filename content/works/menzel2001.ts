import type { Reference } from '../references.js';

export const menzel2001: Reference = {
  authors: 'R. Menzel and M. Giurfa',
  year: 2001,
  title: 'Cognitive architecture of a mini-brain: the honeybee',
  venue: 'Trends in Cognitive Sciences',
  details: '5(2), 62–71',
};
