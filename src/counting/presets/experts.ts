import type { GptPreset } from './gpt.js';
import { LLAMA_LIKE } from './llama.js';

/**
 * Mixtures of experts, as their Hugging Face checkpoints: `published` is the
 * total their makers print and `published.active` what they print one token
 * uses; `countModel(preset).active` is the library's count of the latter.
 */
export const EXPERT_PRESETS: readonly GptPreset[] = [
  {
    id: 'mixtral-8x7b',
    name: 'Mixtral 8×7B',
    description: '32 blocks of width 4,096, 8 experts, 2 per token',
    source:
      'Jiang et al. 2024, “Mixtral of Experts”; Mistral AI’s announcement (46.7B total, 12.9B per token); Hugging Face mistralai/Mixtral-8x7B-v0.1 config',
    spec: {
      ...LLAMA_LIKE,
      dModel: 4096,
      nLayers: 32,
      nHeads: 32,
      nKvHeads: 8,
      dFF: 14_336,
      moe: { nExperts: 8, topK: 2 },
    },
    published: { parameters: 46.7e9, as: '46.7B', active: { parameters: 12.9e9, as: '12.9B' } },
  },
  {
    id: 'qwen3-30b-a3b',
    name: 'Qwen3 30B‑A3B',
    description: '48 blocks of width 2,048, 128 experts, 8 per token',
    source: 'Qwen team 2025, Qwen3-30B-A3B model card; Hugging Face Qwen/Qwen3-30B-A3B config',
    spec: {
      ...LLAMA_LIKE,
      qkNorm: 'head',
      vocabSize: 151_936,
      dModel: 2048,
      nLayers: 48,
      nHeads: 32,
      nKvHeads: 4,
      dHead: 128,
      dFF: 6144,
      moe: { nExperts: 128, topK: 8, dExpert: 768 },
    },
    published: {
      parameters: 30.5e9,
      as: '30.5B',
      active: {
        parameters: 3.3e9,
        as: '3.3B',
        note: 'The model card cuts the count to one decimal (3.353B) rather than rounding it.',
      },
    },
  },
  {
    id: 'deepseek-v3',
    name: 'DeepSeek‑V3',
    description: '61 blocks of width 7,168, latent attention, 256 experts, 8 per token',
    source:
      'DeepSeek-AI 2024, “DeepSeek-V3 Technical Report”; Hugging Face deepseek-ai/DeepSeek-V3 config (the transformers model, without the multi-token-prediction block)',
    spec: {
      ...LLAMA_LIKE,
      vocabSize: 129_280,
      dModel: 7168,
      nLayers: 61,
      nHeads: 128,
      dFF: 18_432,
      latentAttention: { qLoraRank: 1536, kvLoraRank: 512, qkNopeHeadDim: 128, qkRopeHeadDim: 64, vHeadDim: 128 },
      moe: { nExperts: 256, topK: 8, dExpert: 2048, nShared: 1, denseLayers: [0, 1, 2] },
    },
    published: {
      parameters: 671e9,
      as: '671B',
      active: {
        parameters: 37e9,
        as: '37B',
        note: 'DeepSeek counts what one token uses without the token embedding (0.93B), of which a token reads one row: 36.6B.',
      },
    },
  },
];
