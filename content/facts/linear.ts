/**
 * Numbers the chapters quote in running text, each computed by the counting
 * library from a model's sizes. Prose imports these; it never types a count.
 */
import { countLinear, countMlp } from '../../src/counting/index.js';

export const linear = {
  /** GPT‑2 small's MLP key layer, 768 → 3,072. */
  gpt2Key: countLinear({ inFeatures: 768, outFeatures: 3072 }),
  seedTwoLayer: countMlp({ sizes: [3, 2, 2] }),
  seedFourLayer: countMlp({ sizes: [3, 3, 3, 3, 3] }),
};
