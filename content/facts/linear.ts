/**
 * Numbers the chapters quote in running text, each computed by the counting
 * library from a model's sizes. Prose imports these; it never types a count.
 */
import { countLinear, countMlp, GPT2_PRESETS, resolveGptSpec } from '../../src/counting/index.js';

const gpt2 = resolveGptSpec(GPT2_PRESETS.find((p) => p.id === 'gpt2-small')!.spec);

export const linear = {
  /** GPT‑2 small's MLP key layer, d_model → d_ff (768 → 3,072). */
  gpt2Key: { ...countLinear({ inFeatures: gpt2.dModel, outFeatures: gpt2.dFF }), dModel: gpt2.dModel, dFF: gpt2.dFF },
  seedTwoLayer: countMlp({ sizes: [3, 2, 2] }),
  seedFourLayer: countMlp({ sizes: [3, 3, 3, 3, 3] }),
};
