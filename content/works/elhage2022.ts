import type { Reference } from '../references.js';

export const elhage2022: Reference = {
  authors: 'N. Elhage et al.',
  year: 2022,
  title: 'Toy models of superposition',
  venue: 'Transformer Circuits Thread',
  url: 'https://transformer-circuits.pub/2022/toy_model/index.html',
};
