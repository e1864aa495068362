import type { Reference } from '../references.js';

export const attwell2001: Reference = {
  authors: 'D. Attwell and S. B. Laughlin',
  year: 2001,
  title: 'An energy budget for signaling in the grey matter of the brain',
  venue: 'Journal of Cerebral Blood Flow & Metabolism',
  details: '21(10), 1133–1145',
};
