import type { Reference } from '../references.js';
import { arxiv } from './links.js';

export const xie2017: Reference = {
  authors: 'S. Xie et al.',
  year: 2017,
  title: 'Aggregated residual transformations for deep neural networks',
  venue: 'Conference on Computer Vision and Pattern Recognition (CVPR)',
  url: arxiv('1611.05431'),
};
