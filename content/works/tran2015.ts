import type { Reference } from '../references.js';
import { arxiv } from './links.js';

export const tran2015: Reference = {
  authors: 'D. Tran et al.',
  year: 2015,
  title: 'Learning spatiotemporal features with 3D convolutional networks',
  venue: 'International Conference on Computer Vision (ICCV)',
  url: arxiv('1412.0767'),
};
