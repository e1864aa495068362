import { DENSE_EXAMPLES } from './examples-dense.js';
import { EXPERT_EXAMPLES } from './examples-experts.js';

/**
 * Real `config.json` files from the Hugging Face Hub, field for field, with
 * the parameter count `model.num_parameters()` reports for each checkpoint
 * (for the newer families, worked out from their transformers modelling code
 * in hf/*.test.ts, where each is set beside its model card's figure).
 * Tests hold the importer to them; the models page offers them as samples.
 */
export interface HfConfigExample {
  /** The repository on the Hub. */
  repo: string;
  parameters: number;
  config: Readonly<Record<string, unknown>>;
}

const EARLY_EXAMPLES: readonly HfConfigExample[] = [
  {
    repo: 'openai-community/gpt2',
    parameters: 124_439_808,
    config: {
      activation_function: 'gelu_new',
      architectures: ['GPT2LMHeadModel'],
      attn_pdrop: 0.1,
      bos_token_id: 50256,
      embd_pdrop: 0.1,
      eos_token_id: 50256,
      initializer_range: 0.02,
      layer_norm_epsilon: 1e-5,
      model_type: 'gpt2',
      n_ctx: 1024,
      n_embd: 768,
      n_head: 12,
      n_layer: 12,
      n_positions: 1024,
      resid_pdrop: 0.1,
      summary_activation: null,
      summary_first_dropout: 0.1,
      summary_proj_to_labels: true,
      summary_type: 'cls_index',
      summary_use_proj: true,
      task_specific_params: { 'text-generation': { do_sample: true, max_length: 50 } },
      vocab_size: 50257,
    },
  },
  {
    repo: 'EleutherAI/pythia-160m',
    parameters: 162_322_944,
    config: {
      architectures: ['GPTNeoXForCausalLM'],
      bos_token_id: 0,
      eos_token_id: 0,
      hidden_act: 'gelu',
      hidden_size: 768,
      initializer_range: 0.02,
      intermediate_size: 3072,
      layer_norm_eps: 1e-5,
      max_position_embeddings: 2048,
      model_type: 'gpt_neox',
      num_attention_heads: 12,
      num_hidden_layers: 12,
      rotary_emb_base: 10000,
      rotary_pct: 0.25,
      tie_word_embeddings: false,
      torch_dtype: 'float16',
      transformers_version: '4.24.0',
      use_cache: true,
      use_parallel_residual: true,
      vocab_size: 50304,
    },
  },
  {
    repo: 'meta-llama/Llama-2-7b-hf',
    parameters: 6_738_415_616,
    config: {
      _name_or_path: 'meta-llama/Llama-2-7b-hf',
      architectures: ['LlamaForCausalLM'],
      bos_token_id: 1,
      eos_token_id: 2,
      hidden_act: 'silu',
      hidden_size: 4096,
      initializer_range: 0.02,
      intermediate_size: 11008,
      max_position_embeddings: 4096,
      model_type: 'llama',
      num_attention_heads: 32,
      num_hidden_layers: 32,
      num_key_value_heads: 32,
      pretraining_tp: 1,
      rms_norm_eps: 1e-5,
      rope_scaling: null,
      tie_word_embeddings: false,
      torch_dtype: 'float16',
      transformers_version: '4.31.0.dev0',
      use_cache: true,
      vocab_size: 32000,
    },
  },
  {
    repo: 'mistralai/Mistral-7B-v0.1',
    parameters: 7_241_732_096,
    config: {
      architectures: ['MistralForCausalLM'],
      bos_token_id: 1,
      eos_token_id: 2,
      hidden_act: 'silu',
      hidden_size: 4096,
      initializer_range: 0.02,
      intermediate_size: 14336,
      max_position_embeddings: 32768,
      model_type: 'mistral',
      num_attention_heads: 32,
      num_hidden_layers: 32,
      num_key_value_heads: 8,
      rms_norm_eps: 1e-5,
      rope_theta: 10000.0,
      sliding_window: 4096,
      tie_word_embeddings: false,
      torch_dtype: 'bfloat16',
      transformers_version: '4.34.0.dev0',
      use_cache: true,
      vocab_size: 32000,
    },
  },
];

export const HF_CONFIG_EXAMPLES: readonly HfConfigExample[] = [
  ...EARLY_EXAMPLES,
  ...DENSE_EXAMPLES,
  ...EXPERT_EXAMPLES,
];
