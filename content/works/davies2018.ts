import type { Reference } from '../references.js';

export const davies2018: Reference = {
  authors: 'M. Davies et al.',
  year: 2018,
  title: 'Loihi: a neuromorphic manycore processor with on-chip learning',
  venue: 'IEEE Micro',
  details: '38(1), 82–99',
};
