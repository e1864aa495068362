import type { Reference } from '../references.js';

export const elhage2021: Reference = {
  authors: 'N. Elhage et al.',
  year: 2021,
  title: 'A mathematical framework for transformer circuits',
  venue: 'Transformer Circuits Thread',
  url: 'https://transformer-circuits.pub/2021/framework/index.html',
};
