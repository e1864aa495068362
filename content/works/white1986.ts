import type { Reference } from '../references.js';
import { doi } from './links.js';

export const white1986: Reference = {
  authors: 'J. G. White et al.',
  year: 1986,
  title: 'The structure of the nervous system of the nematode Caenorhabditis elegans',
  venue: 'Philosophical Transactions of the Royal Society B',
  details: '314(1165), 1–340',
  url: doi('10.1098/rstb.1986.0056'),
};
