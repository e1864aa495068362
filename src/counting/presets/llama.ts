import type { GptSpec } from '../gpt-spec.js';
import type { GptPreset } from './gpt.js';

/** What Llama and Mistral share: SwiGLU MLP, RMSNorm, no biases, rotary positions, an untied LM head, 32,000 tokens. */
export const LLAMA_LIKE = {
  mlp: 'gated',
  bias: false,
  norm: 'rmsnorm',
  positions: 'rotary',
  tiedEmbeddings: false,
  vocabSize: 32_000,
} as const satisfies Partial<GptSpec>;

const LLAMA2_SOURCE =
  'Touvron et al. 2023, “Llama 2”; Hugging Face meta-llama/Llama-2-*-hf configs (count from PyTorch numel)';

/** Llama‑2 and Mistral as their Hugging Face checkpoints: exact parameter counts. */
export const LLAMA_PRESETS: readonly GptPreset[] = [
  {
    id: 'llama-2-7b',
    name: 'Llama‑2 7B',
    description: '32 blocks of width 4,096, SwiGLU',
    source: LLAMA2_SOURCE,
    spec: { ...LLAMA_LIKE, dModel: 4096, nLayers: 32, nHeads: 32, dFF: 11_008, contextLength: 4096 },
    published: { parameters: 6_738_415_616, as: '6,738,415,616' },
  },
  {
    id: 'llama-2-13b',
    name: 'Llama‑2 13B',
    description: '40 blocks of width 5,120, SwiGLU',
    source: LLAMA2_SOURCE,
    spec: { ...LLAMA_LIKE, dModel: 5120, nLayers: 40, nHeads: 40, dFF: 13_824, contextLength: 4096 },
    published: { parameters: 13_015_864_320, as: '13,015,864,320' },
  },
  {
    id: 'mistral-7b',
    name: 'Mistral 7B',
    description: '32 blocks of width 4,096, 8 key/value heads',
    source: 'Jiang et al. 2023, “Mistral 7B”; Hugging Face mistralai/Mistral-7B-v0.1 config (count from PyTorch numel)',
    spec: { ...LLAMA_LIKE, dModel: 4096, nLayers: 32, nHeads: 32, nKvHeads: 8, dFF: 14_336, contextLength: 32_768 },
    published: { parameters: 7_241_732_096, as: '7,241,732,096' },
  },
];
