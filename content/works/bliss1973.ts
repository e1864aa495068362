import type { Reference } from '../references.js';
import { doi } from './links.js';

export const bliss1973: Reference = {
  authors: 'T. V. P. Bliss and T. Lømo',
  year: 1973,
  title:
    'Long-lasting potentiation of synaptic transmission in the dentate area of the anaesthetized rabbit following stimulation of the perforant path',
  venue: 'The Journal of Physiology',
  details: '232(2), 331–356',
  url: doi('10.1113/jphysiol.1973.sp010273'),
};
