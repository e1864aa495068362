import type { GptPreset } from './gpt.js';
import { LLAMA_LIKE } from './llama.js';

const hub = (repo: string) => `Hugging Face ${repo} config`;

/** Llama 3: Llama's shape with 8 key/value heads and a 128,256-token vocabulary, named by its rounded size. */
function llama3(size: '8B' | '70B', dModel: number, nLayers: number, nHeads: number, dFF: number): GptPreset {
  const width = dModel.toLocaleString('en-US');
  return {
    id: `llama-3-${size.toLowerCase()}`,
    name: `Llama 3 ${size}`,
    description: `${nLayers} blocks of width ${width}, 8 key/value heads, 128,256 tokens`,
    source: `Meta 2024, Llama 3 model card; ${hub(`meta-llama/Meta-Llama-3-${size}`)}`,
    spec: { ...LLAMA_LIKE, vocabSize: 128_256, dModel, nLayers, nHeads, nKvHeads: 8, dFF },
    published: { parameters: Number.parseFloat(size) * 1e9, as: size },
  };
}

/**
 * Dense models of today, as their Hugging Face checkpoints. Their
 * `published` figures are the rounded ones their makers print (model cards
 * and reports); the tests hold the count to each and say where it differs.
 */
export const RECENT_PRESETS: readonly GptPreset[] = [
  llama3('8B', 4096, 32, 32, 14_336),
  llama3('70B', 8192, 80, 64, 28_672),
  {
    id: 'qwen2.5-7b',
    name: 'Qwen2.5 7B',
    description: '28 blocks of width 3,584, 4 key/value heads, biases on Q, K and V',
    source: `Qwen team 2024, Qwen2.5-7B model card; ${hub('Qwen/Qwen2.5-7B')}`,
    spec: {
      ...LLAMA_LIKE,
      attentionBias: 'qkv',
      vocabSize: 152_064,
      dModel: 3584,
      nLayers: 28,
      nHeads: 28,
      nKvHeads: 4,
      dFF: 18_944,
    },
    published: {
      parameters: 7.61e9,
      as: '7.61B',
      note: 'The model card cuts the count to two decimals (7.6156B) rather than rounding it.',
    },
  },
  {
    id: 'gemma-2-2b',
    name: 'Gemma 2 2B',
    description: '26 blocks of width 2,304, four norms a block, tied head',
    source: `Gemma Team 2024, “Gemma 2: Improving Open Language Models at a Practical Size”; ${hub('google/gemma-2-2b')}`,
    spec: {
      ...LLAMA_LIKE,
      tiedEmbeddings: true,
      blockNorms: 'sandwich',
      vocabSize: 256_000,
      dModel: 2304,
      nLayers: 26,
      nHeads: 8,
      nKvHeads: 4,
      dHead: 256,
      dFF: 9216,
    },
    published: { parameters: 2.6e9, as: '2.6B' },
  },
  {
    id: 'phi-3-mini',
    name: 'Phi‑3 mini',
    description: '32 blocks of width 3,072, fused Q, K, V and gate, up',
    source: `Abdin et al. 2024, “Phi-3 Technical Report”; ${hub('microsoft/Phi-3-mini-4k-instruct')}`,
    spec: { ...LLAMA_LIKE, vocabSize: 32_064, dModel: 3072, nLayers: 32, nHeads: 32, dFF: 8192 },
    published: { parameters: 3.8e9, as: '3.8B' },
  },
];
