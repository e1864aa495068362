import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countGpt, countMlp, GPT3_PRESETS, parameterSteps, type GptPartName, type ParameterStepId } from './index.js';

const valueOf = (steps: ReturnType<typeof parameterSteps>, id: ParameterStepId) =>
  steps.find((s) => s.id === id)!.value;
const total = (steps: ReturnType<typeof parameterSteps>) => steps.reduce((a, s) => a + s.value, 0);

describe('parameterSteps', () => {
  it('walks GPT‑3 175B from 173,946,175,488 synapses to 174,604,259,328 parameters', () => {
    const d = 12_288;
    const count = countGpt({ dModel: d, nLayers: 96, nHeads: 96 });
    const steps = parameterSteps(count);
    expect(steps.map((s) => s.id)).toEqual(['synapses', 'biases', 'norms', 'tokens', 'positions']);
    expect(valueOf(steps, 'synapses')).toBe(173_946_175_488);
    expect(valueOf(steps, 'biases')).toBe(96 * 9 * d);
    expect(valueOf(steps, 'norms')).toBe(96 * 4 * d + 2 * d);
    expect(valueOf(steps, 'tokens')).toBe(50_257 * d);
    expect(valueOf(steps, 'positions')).toBe(2048 * d);
    expect(total(steps)).toBe(174_604_259_328);
    // The original post's "2B difference" is about 0.66B.
    expect(total(steps) - valueOf(steps, 'synapses')).toBe(658_083_840);
  });

  it('puts each part in the steps it feeds', () => {
    const steps = parameterSteps(countGpt({ dModel: 64, nLayers: 2, nHeads: 4, tiedEmbeddings: false }));
    expect(steps.find((s) => s.id === 'norms')!.parts).toEqual(['norm.attn', 'norm.mlp', 'norm.final']);
    expect(steps.find((s) => s.id === 'synapses')!.parts).toContain('lm_head');
    expect(steps.find((s) => s.id === 'biases')!.parts).toContain('mlp.value');
  });

  it('adds up to the library’s parameters exactly for every GPT‑3 row and any GPT shape', () => {
    for (const preset of GPT3_PRESETS) {
      const count = countGpt(preset.spec);
      expect(total(parameterSteps(count))).toBe(count.parameters);
      expect(valueOf(parameterSteps(count), 'synapses')).toBe(count.synapses);
    }
    // An untied head's weights are synapses of the model, and the waterfall starts from all of them.
    const untied = countGpt({ dModel: 64, nLayers: 2, nHeads: 4, tiedEmbeddings: false });
    const tied = countGpt({ dModel: 64, nLayers: 2, nHeads: 4 });
    expect(valueOf(parameterSteps(untied), 'synapses') - valueOf(parameterSteps(tied), 'synapses')).toBe(50_257 * 64);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 256 }).map((x) => 64 * x),
        fc.integer({ min: 1, max: 128 }),
        fc.boolean(),
        fc.constantFrom('learned', 'rotary', 'none') as fc.Arbitrary<'learned' | 'rotary' | 'none'>,
        fc.boolean(),
        (dModel, nLayers, tiedEmbeddings, positions, bias) => {
          const count = countGpt({ dModel, nLayers, nHeads: 8, tiedEmbeddings, positions, bias });
          const steps = parameterSteps(count);
          expect(total(steps)).toBe(count.parameters);
          expect(valueOf(steps, 'synapses')).toBe(count.synapses);
          expect(steps.find((s) => s.id === 'synapses')!.parts.includes('lm_head')).toBe(!tiedEmbeddings);
          expect(valueOf(steps, 'biases') === 0).toBe(!bias);
        },
      ),
    );
  });

  it('adds up for experts, attention sinks, q/k norms and latent attention too', () => {
    const experts = countGpt({
      dModel: 64,
      nLayers: 3,
      nHeads: 4,
      qkNorm: 'head',
      attentionSinks: true,
      moe: { nExperts: 4, topK: 1, routerBias: true, denseLayers: [0] },
    });
    const steps = parameterSteps(experts);
    expect(total(steps)).toBe(experts.parameters);
    expect(steps.find((s) => s.id === 'biases')!.parts).toEqual(expect.arrayContaining(['attn.sinks', 'moe.router']));
    expect(steps.find((s) => s.id === 'norms')!.parts).toEqual(expect.arrayContaining(['norm.q', 'norm.k']));
    const latent = countGpt({
      dModel: 64,
      nLayers: 2,
      nHeads: 4,
      latentAttention: { qLoraRank: 16, kvLoraRank: 8, qkNopeHeadDim: 8, qkRopeHeadDim: 4, vHeadDim: 8 },
    });
    expect(total(parameterSteps(latent))).toBe(latent.parameters);
  });

  it('refuses a part it has no step for, rather than dropping it', () => {
    const mlp = countMlp({ sizes: [3, 2] });
    // A name outside the GPT vocabulary, as a caller without the types could pass.
    const stray = { ...mlp.parts[0]!, name: 'x' as GptPartName, neurons: 0 };
    expect(() => parameterSteps({ ...mlp, parts: [stray] })).toThrow(/no step for the part "x"/);
  });
});
