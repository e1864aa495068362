/**
 * Numbers the sparse-experts chapter quotes in running text: the zoo's
 * mixtures of experts counted by the library, the widget's default block,
 * and the cortex's estimate the widget shows.
 */
import { countGpt, countGptBlock, EXPERT_PRESETS, type Count } from '../../src/counting/index.js';
import { cortexShare, formatShare } from '../../src/widgets/experts/describe.js';
import { blockSpec, expertsSchema } from '../../src/widgets/experts/model.js';
import { defaultsOf } from '../../src/state/schema.js';

const preset = (id: string) => EXPERT_PRESETS.find((p) => p.id === id)!;
const shares = (c: Count) => ({
  neurons: formatShare(c.active.neurons, c.neurons),
  parameters: formatShare(c.active.parameters, c.parameters),
});
const model = (id: string) => {
  const p = preset(id);
  const count = countGpt(p.spec);
  return { name: p.name, moe: p.spec.moe!, count, share: shares(count) };
};

const defaults = defaultsOf(expertsSchema);
const block = countGptBlock(blockSpec(defaults));

export const sparseExperts = {
  block: { ...defaults, count: block, share: shares(block) },
  mixtral: model('mixtral-8x7b'),
  qwen3: model('qwen3-30b-a3b'),
  deepseek: model('deepseek-v3'),
  cortex: { share: cortexShare },
};
