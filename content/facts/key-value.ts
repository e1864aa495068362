/**
 * Numbers the key–value appendix quotes, each computed by the counting
 * library: the seed's 3 → 8 → 2 figure (no biases), and the MLPs of a GPT‑2
 * small and a GPT‑3 175B block.
 */
import { countGptBlock, countMlp, GPT2_PRESETS, GPT3_PRESETS, type Part } from '../../src/counting/index.js';

function mlpOf(presets: typeof GPT3_PRESETS, id: string): { key: Part; value: Part } {
  const preset = presets.find((p) => p.id === id);
  if (preset === undefined) throw new Error(`no preset ${id}`);
  const parts = countGptBlock(preset.spec).parts;
  const part = (name: string) => parts.find((p) => p.name === name)!;
  return { key: part('mlp.key'), value: part('mlp.value') };
}

const seed = countMlp({ sizes: [3, 8, 2], bias: false });
const gpt3 = mlpOf(GPT3_PRESETS, 'gpt3-175b');

export const keyValue = {
  seed,
  seedKey: seed.parts[0]!,
  seedValue: seed.parts[1]!,
  gpt2Small: mlpOf(GPT2_PRESETS, 'gpt2-small'),
  gpt3,
  /** Key neurons per dimension of the space they write into: d_ff ÷ d_model. */
  gpt3DirectionsPerDimension: gpt3.key.neurons / gpt3.value.neurons,
};
