import type { GptSpec } from '../gpt-spec.js';
import { countGpt } from '../gpt.js';
import { countNetwork } from '../network/count.js';
import type { LayerSpec } from '../network/spec.js';
import type { Count } from '../types.js';
import { ALEXNET, LENET5, RESNET18, RESNET50, VGG16 } from './cnn.js';
import { GPT2_PRESETS, GPT3_PRESETS, type GptPreset } from './gpt.js';
import { EXPERT_PRESETS } from './experts.js';
import { LLAMA_PRESETS } from './llama.js';
import { RECENT_PRESETS } from './recent.js';
import { LSTM_LM } from './rnn.js';

export type ModelFamily = 'cnn' | 'rnn' | 'transformer';

/** What every preset says about itself; `published` is the figure its source prints, kept to compare. */
export type PresetInfo = Omit<GptPreset, 'spec'> & { family: ModelFamily };

/**
 * A real model: a transformer given by its {@link GptSpec}, or any other
 * network given by its layers (see `countNetwork`).
 */
export type ModelPreset =
  (PresetInfo & { kind: 'gpt'; spec: GptSpec }) | (PresetInfo & { kind: 'network'; spec: readonly LayerSpec[] });

const TORCHVISION = 'torchvision.models, sum(p.numel() for p in model.parameters())';

const network = (info: PresetInfo, spec: readonly LayerSpec[]): ModelPreset => ({ ...info, kind: 'network', spec });
const transformer = (preset: GptPreset): ModelPreset => ({ ...preset, kind: 'gpt', family: 'transformer' });

/**
 * Every model the site counts. Each `published.parameters` is the count its
 * source reports (torchvision / Hugging Face `numel()`; worked out by hand for
 * LeNet‑5 and the LSTM, whose references print none; rounded in the GPT‑3
 * paper and on today's model cards) and the tests hold the library to it.
 * A mixture of experts also carries the figure its makers print for what one
 * token uses (`published.active`), beside `countModel(preset).active`.
 */
export const presets: readonly ModelPreset[] = [
  network(
    {
      id: 'lenet-5',
      name: 'LeNet‑5',
      description: 'Two convolutions and three linear layers, for digits',
      family: 'cnn',
      source: 'LeCun et al. 1998; as built in Zhang et al., “Dive into Deep Learning”, §7.6',
      published: { parameters: 61_706, as: '61,706' },
    },
    LENET5,
  ),
  network(
    {
      id: 'alexnet',
      name: 'AlexNet',
      description: 'Five convolutions and three linear layers',
      family: 'cnn',
      source: `Krizhevsky et al. 2012; ${TORCHVISION}`,
      published: { parameters: 61_100_840, as: '61,100,840' },
    },
    ALEXNET,
  ),
  network(
    {
      id: 'vgg-16',
      name: 'VGG‑16',
      description: 'Thirteen 3 × 3 convolutions and three linear layers',
      family: 'cnn',
      source: `Simonyan & Zisserman 2015; ${TORCHVISION}`,
      published: { parameters: 138_357_544, as: '138,357,544' },
    },
    VGG16,
  ),
  network(
    {
      id: 'resnet-18',
      name: 'ResNet‑18',
      description: 'Eight residual blocks of two 3 × 3 convolutions',
      family: 'cnn',
      source: `He et al. 2016; ${TORCHVISION}`,
      published: { parameters: 11_689_512, as: '11,689,512' },
    },
    RESNET18,
  ),
  network(
    {
      id: 'resnet-50',
      name: 'ResNet‑50',
      description: 'Sixteen bottleneck blocks (1 × 1, 3 × 3, 1 × 1)',
      family: 'cnn',
      source: `He et al. 2016; ${TORCHVISION}`,
      published: { parameters: 25_557_032, as: '25,557,032' },
    },
    RESNET50,
  ),
  network(
    {
      id: 'lstm-lm',
      name: 'LSTM language model',
      description: 'Two LSTM layers of 650 over a 33,278-word vocabulary',
      family: 'rnn',
      source: 'PyTorch examples, word_language_model (RNNModel: LSTM, emsize 650, nhid 650, 2 layers, WikiText‑2)',
      published: { parameters: 50_065_078, as: '50,065,078' },
    },
    LSTM_LM,
  ),
  ...GPT2_PRESETS.map(transformer),
  ...GPT3_PRESETS.map(transformer),
  ...LLAMA_PRESETS.map(transformer),
  ...RECENT_PRESETS.map(transformer),
  ...EXPERT_PRESETS.map(transformer),
];

/** Neurons, synapses and parameters of a preset, with its parts and what one token uses (`active`). */
export function countModel(preset: ModelPreset): Count {
  return preset.kind === 'gpt' ? countGpt(preset.spec) : countNetwork(preset.spec);
}

/**
 * The interval a printed figure stands for: half a unit of its last digit
 * either side. `'61,100,840'` is exact; `'1.3B'` is [1.25e9, 1.35e9).
 */
export function printedRange(as: string): { low: number; high: number } {
  const match = /^([\d,]+)(?:\.(\d+))?([MB]?)$/.exec(as);
  if (match === null)
    throw new RangeError(`printed figure ${JSON.stringify(as)} is not digits with an optional M or B`);
  const [, whole = '', decimals = '', suffix] = match;
  const scale = suffix === 'B' ? 1e9 : suffix === 'M' ? 1e6 : 1;
  const value = Number(`${whole.replace(/,/g, '')}.${decimals || '0'}`) * scale;
  const half = scale / 10 ** decimals.length / 2;
  return { low: value - half, high: value + half };
}

/** Does `parameters` round to the figure the preset's source prints? */
export function matchesPublished(preset: Pick<PresetInfo, 'published'>, parameters: number): boolean {
  const { low, high } = printedRange(preset.published.as);
  return parameters >= low && parameters < high;
}
