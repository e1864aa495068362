import { describe, expect, it } from 'vitest';
import {
  countGpt,
  countModel,
  gptSpecFromHfConfig,
  HF_CONFIG_EXAMPLES,
  matchesPublished,
  presets,
  printedRange,
  resolveGptSpec,
  traceNetwork,
  type ModelPreset,
} from '../index.js';
import { attention, swiglu } from '../hf/test-helpers.js';
import { sumOfParts } from '../test-helpers.js';

const preset = (id: string): ModelPreset => presets.find((p) => p.id === id)!;
const count = (id: string) => countModel(preset(id));

describe('every preset against its published parameter count', () => {
  // torchvision and Hugging Face: sum(p.numel() for p in model.parameters()).
  it.each([
    ['alexnet', 61_100_840],
    ['vgg-16', 138_357_544],
    ['resnet-18', 11_689_512],
    ['resnet-50', 25_557_032],
    ['gpt2-small', 124_439_808],
    ['gpt2-medium', 354_823_168],
    ['gpt2-large', 774_030_080],
    ['gpt2-xl', 1_557_611_200],
    ['llama-2-7b', 6_738_415_616],
    ['llama-2-13b', 13_015_864_320],
    ['mistral-7b', 7_241_732_096],
  ])('%s: %i', (id, parameters) => {
    expect(count(id).parameters).toBe(parameters);
    expect(preset(id).published.parameters).toBe(parameters);
  });

  it('LeNet‑5 (Dive into Deep Learning §7.6), by hand: 61,706', () => {
    const conv1 = 6 * 1 * 5 * 5 + 6; // 28 × 28 padded by 2 → 28 × 28, pooled to 14 × 14
    const conv2 = 16 * 6 * 5 * 5 + 16; // 14 → 10, pooled to 5 × 5: 16 × 5 × 5 = 400 features
    const fc = 400 * 120 + 120 + (120 * 84 + 84) + (84 * 10 + 10);
    expect(conv1 + conv2 + fc).toBe(61_706);
    expect(count('lenet-5').parameters).toBe(61_706);
    expect(count('lenet-5').neurons).toBe(6 + 16 + 120 + 84 + 10);
  });

  it('the word_language_model LSTM (650, 2 layers, WikiText‑2), by hand: 50,065,078', () => {
    const vocab = 33_278;
    const encoder = vocab * 650;
    const lstmLayer = 4 * 650 * (650 + 650) + 2 * 4 * 650; // PyTorch keeps b_ih and b_hh
    const decoder = 650 * vocab + vocab;
    expect(encoder + 2 * lstmLayer + decoder).toBe(50_065_078);
    const lstm = count('lstm-lm');
    expect(lstm.parameters).toBe(50_065_078);
    expect(lstm.neurons).toBe(2 * 4 * 650 + vocab);
    expect(lstm.parts.map((p) => p.name)).toEqual(['encoder', 'rnn.layer1', 'rnn.layer2', 'decoder']);
  });

  it('every exact preset’s printed figure is its count', () => {
    for (const p of presets.filter((p) => /^[\d,]+$/.test(p.published.as))) {
      expect(matchesPublished(p, countModel(p).parameters), p.id).toBe(true);
      expect(printedRange(p.published.as).low + 0.5).toBe(p.published.parameters);
    }
  });
});

describe('GPT‑3, Table 2.1: the paper’s rounded figures', () => {
  const within = (id: string) => matchesPublished(preset(id), count(id).parameters);

  it('Small, Large, 2.7B and 6.7B round to the printed figure', () => {
    for (const id of ['gpt3-small', 'gpt3-large', 'gpt3-2.7b', 'gpt3-6.7b']) expect(within(id), id).toBe(true);
  });

  it('XL and 13B do not: their heads × d_head is not d_model (3,072 ≠ 2,048; 5,120 ≠ 5,140), kept as printed', () => {
    expect(count('gpt3-xl').parameters).toBe(1_517_123_584);
    expect(count('gpt3-13b').parameters).toBe(12_936_488_380);
    expect(within('gpt3-xl')).toBe(false);
    expect(within('gpt3-13b')).toBe(false);
  });

  it('Medium (355.9M for “350M”) and 175B (174.6B for “175.0B”) are nominal names, not roundings', () => {
    expect(count('gpt3-medium').parameters).toBe(355_871_744);
    expect(count('gpt3-175b').parameters).toBe(174_604_259_328);
    expect(within('gpt3-medium')).toBe(false);
    expect(within('gpt3-175b')).toBe(false);
  });
});

describe('today’s models, against the figures their makers print', () => {
  const within = (id: string) => matchesPublished(preset(id), count(id).parameters);
  const activeWithin = (id: string, value = count(id).active.parameters) => {
    const { low, high } = printedRange(preset(id).published.active!.as);
    return value >= low && value < high;
  };

  it('each counts as its Hugging Face config does, totals, active and parts', () => {
    for (const [id, repo] of [
      ['qwen2.5-7b', 'Qwen/Qwen2.5-7B'],
      ['gemma-2-2b', 'google/gemma-2-2b'],
      ['mixtral-8x7b', 'mistralai/Mixtral-8x7B-v0.1'],
      ['qwen3-30b-a3b', 'Qwen/Qwen3-30B-A3B'],
      ['deepseek-v3', 'deepseek-ai/DeepSeek-V3'],
    ] as const) {
      const config = HF_CONFIG_EXAMPLES.find((e) => e.repo === repo)!;
      expect(count(id), id).toEqual(countGpt(gptSpecFromHfConfig(config.config)));
      expect(count(id).parameters, id).toBe(config.parameters);
    }
  });

  it('Llama 3 8B and 70B, by hand: 8,030,261,248 for “8B”; 70,553,706,496 for “70B”, a name, not a rounding', () => {
    const llama3 = (d: number, layers: number, heads: number, ff: number) =>
      layers * (attention(d, heads, 8, 128) + swiglu(d, ff) + 2 * d) + d + 2 * 128_256 * d;
    expect(count('llama-3-8b').parameters).toBe(llama3(4096, 32, 32, 14_336));
    expect(count('llama-3-70b').parameters).toBe(llama3(8192, 80, 64, 28_672));
    expect(count('llama-3-70b').parameters).toBe(70_553_706_496);
    expect(within('llama-3-8b')).toBe(true);
    expect(within('llama-3-70b')).toBe(false);
  });

  it('Phi‑3 mini, by hand: 3,821,079,552 for “3.8B”', () => {
    expect(count('phi-3-mini').parameters).toBe(
      32 * (4 * 3072 * 3072 + swiglu(3072, 8192) + 2 * 3072) + 3072 + 2 * 32_064 * 3072,
    );
    expect(within('phi-3-mini')).toBe(true);
  });

  it('the totals round to the printed figure, but for Qwen2.5 7B, whose card cuts 7.6156B to 7.61B', () => {
    for (const id of ['gemma-2-2b', 'mixtral-8x7b', 'qwen3-30b-a3b', 'deepseek-v3']) expect(within(id), id).toBe(true);
    expect(within('qwen2.5-7b')).toBe(false);
    expect(preset('qwen2.5-7b').published.note).toMatch(/cuts/);
  });

  it('what one token uses: Mixtral’s rounds to 12.9B; Qwen3’s card cuts 3.353B; DeepSeek’s 37B leaves out the token embedding', () => {
    expect(activeWithin('mixtral-8x7b')).toBe(true);
    expect(activeWithin('qwen3-30b-a3b')).toBe(false);
    expect(Math.floor(count('qwen3-30b-a3b').active.parameters / 1e8)).toBe(33);
    expect(activeWithin('deepseek-v3')).toBe(false);
    expect(activeWithin('deepseek-v3', count('deepseek-v3').active.parameters - 129_280 * 7168)).toBe(true);
    for (const id of ['qwen3-30b-a3b', 'deepseek-v3']) expect(preset(id).published.active!.note, id).toBeDefined();
  });

  it('a dense model’s active count is its totals; a mixture of experts uses a small share of its neurons a token', () => {
    const llama = count('llama-3-70b');
    expect(llama.active).toEqual({ neurons: llama.neurons, synapses: llama.synapses, parameters: llama.parameters });
    const deepseek = count('deepseek-v3');
    expect(deepseek.active.neurons / deepseek.neurons).toBeLessThan(0.1);
  });
});

describe('neurons and synapses follow the counting rule', () => {
  it('AlexNet: a neuron per output channel or unit, every bias a parameter but not a synapse', () => {
    const alexnet = count('alexnet');
    expect(alexnet.neurons).toBe(64 + 192 + 384 + 256 + 256 + 4096 + 4096 + 1000);
    expect(alexnet.synapses).toBe(alexnet.parameters - alexnet.neurons);
    expect(alexnet.parts.map((p) => p.name)).toEqual([
      'features.0',
      'features.3',
      'features.6',
      'features.8',
      'features.10',
      'classifier.1',
      'classifier.4',
      'classifier.6',
    ]);
  });

  it('ResNet‑50: batch-norm weights and biases are parameters, not synapses', () => {
    const resnet = count('resnet-50');
    const norms = resnet.parts.filter((p) => /\.?(bn\d|downsample\.1)$/.test(p.name));
    expect(norms.every((p) => p.neurons === 0 && p.synapses === 0)).toBe(true);
    const normParameters = norms.reduce((a, p) => a + p.parameters, 0);
    expect(resnet.synapses).toBe(resnet.parameters - normParameters - 1000);
    expect(resnet.parts.find((p) => p.name === 'layer2.0.downsample.0')).toMatchObject({
      neurons: 512,
      synapsesPerNeuron: 256,
    });
  });

  it('one rule for output layers: an untied head, a classifier or a decoder is a layer of neurons; a tied head adds none', () => {
    for (const p of presets) {
      const { parts } = countModel(p);
      const output = parts.filter((part) => part.neurons > 0).at(-1)!;
      if (p.kind === 'network') {
        const last = traceNetwork(p.spec)
          .map((t) => t.layer)
          .filter((layer) => layer.kind === 'linear')
          .at(-1)!;
        expect(output, p.id).toMatchObject({ neurons: last.outFeatures, synapsesPerNeuron: last.inFeatures });
        continue;
      }
      const s = resolveGptSpec(p.spec);
      const head = parts.find((part) => part.name === 'lm_head');
      if (s.tiedEmbeddings) {
        expect(head, p.id).toBeUndefined();
      } else {
        expect(head, p.id).toMatchObject({ neurons: s.vocabSize, synapsesPerNeuron: s.dModel });
        expect(output, p.id).toBe(head);
      }
      expect(parts.find((part) => part.name === 'embed.tokens')?.neurons, p.id).toBe(0);
    }
    expect(count('llama-2-7b').parts.find((p) => p.name === 'lm_head')?.synapses).toBe(32_000 * 4_096);
  });

  it('every preset keeps the invariants and has a unique id', () => {
    for (const p of presets) sumOfParts(countModel(p));
    expect(new Set(presets.map((p) => p.id)).size).toBe(presets.length);
  });
});

describe('printedRange', () => {
  it('is half a unit of the last printed digit either side', () => {
    expect(printedRange('1.3B')).toEqual({ low: 1.25e9, high: 1.35e9 });
    expect(printedRange('125M')).toEqual({ low: 124.5e6, high: 125.5e6 });
    expect(printedRange('61,706')).toEqual({ low: 61_705.5, high: 61_706.5 });
  });

  it('rejects a figure it cannot read', () => {
    expect(() => printedRange('about 7B')).toThrow(/not digits/);
  });
});
