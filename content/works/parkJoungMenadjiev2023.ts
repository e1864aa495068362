import type { Reference } from '../references.js';
import { originalPost, originalPostDate } from '../originalPost.js';

export const parkJoungMenadjiev2023: Reference = {
  authors: 'B. Park, Y. Joung and E. Menadjiev',
  year: 2023,
  title: originalPost.title,
  venue: 'Blog post, KAIST',
  details: originalPostDate,
};
