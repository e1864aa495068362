import type { Reference } from '../references.js';

export const liu2012: Reference = {
  authors: 'J. Liu et al.',
  year: 2012,
  title: 'RAIDR: retention-aware intelligent DRAM refresh',
  venue: 'International Symposium on Computer Architecture (ISCA)',
  details: '1–12',
};
