import type { GptSpec } from '../gpt-spec.js';

/**
 * A figure as a source prints it: `as` is the print ('175.0B', '6,738,415,616'),
 * `parameters` the number it names. `note` says why the count does not round
 * to it, where the reason is the source's and not the model's.
 */
export interface PublishedFigure {
  parameters: number;
  as: string;
  note?: string;
}

/**
 * A real model the site counts. `published` is the parameter count as its
 * source prints it (a rounded figure for the GPT‑3 paper and for the model
 * cards of today's models), kept to compare with what the library computes,
 * never shown instead of it; for a mixture of experts, `published.active` is
 * the source's figure for what one token uses, to set beside `active`.
 */
export interface GptPreset {
  id: string;
  name: string;
  description: string;
  /** Where the sizes come from: a paper or a reference configuration. */
  source: string;
  spec: GptSpec;
  published: PublishedFigure & { active?: PublishedFigure };
}

const GPT2 = { vocabSize: 50_257, contextLength: 1024, tiedEmbeddings: true } as const;
const GPT2_SOURCE = 'Radford et al. 2019; Hugging Face gpt2 configs (count from PyTorch numel)';

/** GPT‑2, as the Hugging Face `gpt2*` checkpoints: exact parameter counts. */
export const GPT2_PRESETS: readonly GptPreset[] = [
  {
    id: 'gpt2-small',
    name: 'GPT‑2 small',
    description: '12 blocks of width 768',
    source: GPT2_SOURCE,
    spec: { ...GPT2, dModel: 768, nLayers: 12, nHeads: 12 },
    published: { parameters: 124_439_808, as: '124,439,808' },
  },
  {
    id: 'gpt2-medium',
    name: 'GPT‑2 medium',
    description: '24 blocks of width 1,024',
    source: GPT2_SOURCE,
    spec: { ...GPT2, dModel: 1024, nLayers: 24, nHeads: 16 },
    published: { parameters: 354_823_168, as: '354,823,168' },
  },
  {
    id: 'gpt2-large',
    name: 'GPT‑2 large',
    description: '36 blocks of width 1,280',
    source: GPT2_SOURCE,
    spec: { ...GPT2, dModel: 1280, nLayers: 36, nHeads: 20 },
    published: { parameters: 774_030_080, as: '774,030,080' },
  },
  {
    id: 'gpt2-xl',
    name: 'GPT‑2 XL',
    description: '48 blocks of width 1,600',
    source: GPT2_SOURCE,
    spec: { ...GPT2, dModel: 1600, nLayers: 48, nHeads: 25 },
    published: { parameters: 1_557_611_200, as: '1,557,611,200' },
  },
];

const GPT3_SOURCE = 'Brown et al. 2020, “Language Models are Few-Shot Learners”, Table 2.1';

/**
 * The eight GPT‑3 sizes exactly as Table 2.1 of the paper prints them, with a
 * 2,048-token context and GPT‑2's vocabulary. Two rows do not add up: for
 * 1.3B (XL), 24 heads × 128 = 3,072 ≠ 2,048, and for 13B, 40 × 128 = 5,120 ≠
 * 5,140. They are kept as printed, with dHead given explicitly.
 */
function gpt3(
  id: string,
  name: string,
  nLayers: number,
  dModel: number,
  nHeads: number,
  dHead: number,
  printed: string,
  parameters: number,
): GptPreset {
  return {
    id,
    name,
    description: `${nLayers} blocks of width ${dModel.toLocaleString('en-US')}`,
    source: GPT3_SOURCE,
    spec: { dModel, nLayers, nHeads, dHead, vocabSize: 50_257, contextLength: 2048, tiedEmbeddings: true },
    published: { parameters, as: printed },
  };
}

export const GPT3_PRESETS: readonly GptPreset[] = [
  gpt3('gpt3-small', 'GPT‑3 Small', 12, 768, 12, 64, '125M', 125e6),
  gpt3('gpt3-medium', 'GPT‑3 Medium', 24, 1024, 16, 64, '350M', 350e6),
  gpt3('gpt3-large', 'GPT‑3 Large', 24, 1536, 16, 96, '760M', 760e6),
  gpt3('gpt3-xl', 'GPT‑3 XL', 24, 2048, 24, 128, '1.3B', 1.3e9),
  gpt3('gpt3-2.7b', 'GPT‑3 2.7B', 32, 2560, 32, 80, '2.7B', 2.7e9),
  gpt3('gpt3-6.7b', 'GPT‑3 6.7B', 32, 4096, 32, 128, '6.7B', 6.7e9),
  gpt3('gpt3-13b', 'GPT‑3 13B', 40, 5140, 40, 128, '13.0B', 13e9),
  gpt3('gpt3-175b', 'GPT‑3 175B', 96, 12_288, 96, 128, '175.0B', 175e9),
];
