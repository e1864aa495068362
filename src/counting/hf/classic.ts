import type { GptSpec } from '../gpt-spec.js';
import { ConfigError, type Fields } from './fields.js';
import { HF_KEYS, type Reader } from './reader.js';

/** GPT2Config: Conv1D projections with biases, LayerNorm, learned positions, head tied unless said otherwise. */
function gpt2(f: Fields): GptSpec {
  const dModel = f.size('n_embd');
  const nHeads = f.size('n_head');
  f.divides('n_head', nHeads, 'n_embd', dModel);
  if (f.flag('add_cross_attention', false)) {
    throw new ConfigError(
      'add_cross_attention',
      'is true: only decoder-only gpt2 models (no cross-attention) are counted',
    );
  }
  return {
    dModel,
    nLayers: f.size('n_layer'),
    nHeads,
    dFF: f.size('n_inner', 4 * dModel),
    mlp: 'plain',
    bias: true,
    norm: 'layernorm',
    vocabSize: f.size('vocab_size'),
    contextLength: f.size('n_positions'),
    positions: 'learned',
    tiedEmbeddings: f.flag('tie_word_embeddings', true),
  };
}

/**
 * GPTNeoXConfig: fused QKV and dense with `attention_bias` (default true),
 * MLP biases always, LayerNorm, rotary positions on `rotary_pct` of each head
 * (no parameters), an untied `embed_out` unless tied. `use_parallel_residual`
 * reorders the block without changing a count.
 */
function gptNeox(f: Fields): GptSpec {
  const dModel = f.size('hidden_size');
  const nHeads = f.size('num_attention_heads');
  f.divides('num_attention_heads', nHeads, 'hidden_size', dModel);
  f.flag('use_parallel_residual', true);
  const rotary = f.fraction('rotary_pct', 0.25);
  return {
    dModel,
    nLayers: f.size('num_hidden_layers'),
    nHeads,
    dFF: f.size('intermediate_size'),
    mlp: 'plain',
    attentionBias: f.flag('attention_bias', true),
    mlpBias: true,
    norm: 'layernorm',
    vocabSize: f.size('vocab_size'),
    contextLength: f.size('max_position_embeddings', 2048),
    positions: rotary > 0 ? 'rotary' : 'none',
    tiedEmbeddings: f.flag('tie_word_embeddings', false),
  };
}

/** The first two families the site read: GPT‑2 and GPT‑NeoX (Pythia). */
export const CLASSIC_READERS: Readonly<Record<string, Reader>> = {
  gpt2: {
    read: gpt2,
    keys: {
      dModel: 'n_embd',
      nLayers: 'n_layer',
      nHeads: 'n_head',
      dFF: 'n_inner',
      vocabSize: 'vocab_size',
      contextLength: 'n_positions',
    },
  },
  gpt_neox: { read: gptNeox, keys: HF_KEYS },
};
