import type { Reference } from '../references.js';
import { arxiv } from './links.js';

export const howard2017: Reference = {
  authors: 'A. G. Howard et al.',
  year: 2017,
  title: 'MobileNets: efficient convolutional neural networks for mobile vision applications',
  venue: 'arXiv preprint',
  url: arxiv('1704.04861'),
};
