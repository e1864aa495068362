import type { Reference } from '../references.js';

export const radford2019: Reference = {
  authors: 'A. Radford et al.',
  year: 2019,
  title: 'Language models are unsupervised multitask learners',
  venue: 'OpenAI technical report',
  url: 'https://cdn.openai.com/better-language-models/language_models_are_unsupervised_multitask_learners.pdf',
};
