import type { Reference } from '../references.js';
import { arxiv } from './links.js';

export const he2016: Reference = {
  authors: 'K. He et al.',
  year: 2016,
  title: 'Deep residual learning for image recognition',
  venue: 'Conference on Computer Vision and Pattern Recognition (CVPR)',
  url: arxiv('1512.03385'),
};
