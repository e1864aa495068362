import type { Reference } from '../references.js';
import { doi } from './links.js';

export const thorpe1996: Reference = {
  authors: 'S. Thorpe, D. Fize and C. Marlot',
  year: 1996,
  title: 'Speed of processing in the human visual system',
  venue: 'Nature',
  details: '381, 520–522',
  url: doi('10.1038/381520a0'),
};
