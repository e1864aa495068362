import { describe, expect, it } from 'vitest';
import { countGptBlock, EXPERT_PRESETS } from '../../counting/index.js';
import { defaultsOf } from '../../state/schema.js';
import { formatShare, shareText } from './describe.js';
import { blockSpec, expertsModel, expertsSchema, topKFits } from './model.js';

const defaults = defaultsOf(expertsSchema);

describe('the experts widget’s model', () => {
  it('counts one expert with top-1 as the dense block of the same width', () => {
    const sparse = countGptBlock(blockSpec({ ...defaults, nExperts: 1, topK: 1 }));
    const plain = countGptBlock({ ...blockSpec(defaults), moe: undefined, dFF: defaults.dExpert });
    const router = defaults.dModel;
    expect(sparse.synapses).toBe(plain.synapses + router);
    expect(sparse.active.neurons).toBe(sparse.neurons);
  });

  it('lets one token use top_k of the experts’ neurons and every attention neuron', () => {
    const v = { ...defaults, nExperts: 8, topK: 2, dModel: 256, dExpert: 512 };
    const count = countGptBlock(blockSpec(v));
    const experts = count.parts.filter((p) => p.name.startsWith('moe.experts.'));
    const expertNeurons = experts.reduce((sum, p) => sum + p.neurons, 0);
    // Gate, up and down: 2 · d_expert + d_model neurons an expert.
    expect(expertNeurons).toBe(8 * (2 * 512 + 256));
    expect(count.neurons - count.active.neurons).toBe(6 * (2 * 512 + 256));
  });

  it('keeps top_k at most n_experts', () => {
    expect(topKFits({ ...defaults, nExperts: 4, topK: 8 }).topK).toBe(4);
    expect(topKFits({ ...defaults, nExperts: 64, topK: 8 }).topK).toBe(8);
  });

  it('offers the zoo’s mixtures of experts at their own sizes, each within the sliders', () => {
    for (const preset of EXPERT_PRESETS) {
      const values = expertsModel.presets!.find((p) => p.id === preset.id)!.values;
      expect(values.nExperts).toBe(preset.spec.moe!.nExperts);
      expect(values.topK).toBe(preset.spec.moe!.topK);
      expect(values.dModel).toBe(preset.spec.dModel);
      for (const [name, value] of Object.entries(values)) {
        const param = expertsSchema[name as keyof typeof expertsSchema];
        expect(value).toBeGreaterThanOrEqual(param.min);
        expect(value).toBeLessThanOrEqual(param.max);
        expect((value - param.min) % (param.step ?? 1)).toBe(0);
      }
    }
  });

  it('words the share one token uses, never as 0% when it is small', () => {
    expect(formatShare(1, 4)).toBe('25.0%');
    expect(formatShare(1, 400)).toBe('0.25%');
    const text = shareText(countGptBlock(blockSpec({ ...defaults, nExperts: 2, topK: 1, dModel: 64, dExpert: 64 })));
    expect(text).toMatch(/^One token uses \d+\.\d% of this block’s neurons/);
  });
});
