import type { GptSpec, MoeSpec } from '../gpt-spec.js';
import { attentionBiasFlag, decoder } from './dense.js';
import { ConfigError, type Fields } from './fields.js';
import { HF_KEYS, type Reader } from './reader.js';

/** `num_experts_per_tok` experts of `experts`, checked; the key of the expert count differs per family. */
function routing(f: Fields, expertsKey: string): Pick<MoeSpec, 'nExperts' | 'topK'> {
  const nExperts = f.size(expertsKey);
  const topK = f.size('num_experts_per_tok');
  f.atMost('num_experts_per_tok', topK, expertsKey, nExperts);
  return { nExperts, topK };
}

/** Qwen-MoE's rule: block i is sparse unless listed in `mlp_only_layers` or (i + 1) is not a multiple of `decoder_sparse_step`. */
function qwenDenseLayers(f: Fields, nLayers: number): number[] {
  const step = f.size('decoder_sparse_step', 1);
  const only = new Set(f.layers('mlp_only_layers'));
  return [...Array(nLayers).keys()].filter((i) => only.has(i) || (i + 1) % step !== 0);
}

/**
 * Mixtral (modeling_mixtral.py): Mistral's attention with no biases; each
 * block's MLP is `num_local_experts` SwiGLU experts of `intermediate_size`
 * and a router (`gate`, Linear(hidden, experts), no bias).
 */
function mixtral(f: Fields): GptSpec {
  const spec = decoder(f, { kvHeads: 8, headDim: 'divide', tied: false });
  return { ...spec, moe: routing(f, 'num_local_experts') };
}

/**
 * Qwen2‑MoE and Qwen3‑MoE (modeling_qwen2_moe.py, modeling_qwen3_moe.py):
 * routed experts of `moe_intermediate_size` behind a router with no bias;
 * blocks kept dense have one MLP of `intermediate_size`. Qwen2‑MoE has
 * biases on q, k and v (`qkv_bias`, default true) and one shared expert of
 * `shared_expert_intermediate_size` whose output a one-neuron
 * `shared_expert_gate` scales; Qwen3‑MoE has Qwen3's attention (q/k norms per
 * head, `attention_bias` default false) and no shared expert. `num_experts`
 * of 0 makes every block dense.
 */
function qwenMoe(version: 2 | 3) {
  return (f: Fields): GptSpec => {
    const spec =
      version === 2
        ? decoder(f, {
            kvHeads: 16,
            headDim: 'divide',
            tied: false,
            attentionBias: (g) => g.flag('qkv_bias', true) && 'qkv',
          })
        : decoder(f, { kvHeads: 4, headDim: 'divide', tied: false, attentionBias: attentionBiasFlag, qkNorm: 'head' });
    if (f.count('num_experts') === 0) return spec;
    const denseLayers = qwenDenseLayers(f, spec.nLayers);
    const shared: Partial<MoeSpec> =
      version === 2 ? { nShared: 1, dShared: f.size('shared_expert_intermediate_size'), sharedGate: true } : {};
    return {
      ...spec,
      moe: { ...routing(f, 'num_experts'), dExpert: f.size('moe_intermediate_size'), ...shared, denseLayers },
    };
  };
}

/**
 * DeepSeek‑V3 (modeling_deepseek_v3.py): multi-head latent attention
 * (`q_lora_rank` null projects queries straight from hidden_size), biases on
 * its down-projections and output when `attention_bias`; the first
 * `first_k_dense_replace` blocks have one MLP of `intermediate_size`, the
 * rest `n_routed_experts` experts of `moe_intermediate_size`, a router with
 * no bias, and the `n_shared_experts` shared experts as one MLP of
 * n_shared_experts × moe_intermediate_size (as the weights store them). The
 * router's `e_score_correction_bias` is a buffer, not a parameter, and the
 * multi-token-prediction block (`num_nextn_predict_layers`) is not part of
 * the transformers model, so neither is counted.
 */
function deepseekV3(f: Fields): GptSpec {
  const qkNopeHeadDim = f.size('qk_nope_head_dim');
  const qkRopeHeadDim = f.size('qk_rope_head_dim');
  const spec = decoder(f, { kvHeads: 'heads', headDim: qkNopeHeadDim + qkRopeHeadDim, tied: false });
  const qLoraRank = f.isNull('q_lora_rank') ? undefined : f.size('q_lora_rank');
  const latentAttention = {
    ...(qLoraRank === undefined ? {} : { qLoraRank }),
    kvLoraRank: f.size('kv_lora_rank'),
    qkNopeHeadDim,
    qkRopeHeadDim,
    vHeadDim: f.size('v_head_dim'),
  };
  // DeepseekV3DecoderLayer makes every block from first_k_dense_replace on sparse, whatever this says.
  if (f.size('moe_layer_freq', 1) !== 1) {
    throw new ConfigError('moe_layer_freq', 'must be 1: the transformers DeepSeek‑V3 makes every later block sparse');
  }
  const dExpert = f.size('moe_intermediate_size');
  const nShared = f.count('n_shared_experts');
  const firstDense = Math.min(f.count('first_k_dense_replace', 3), spec.nLayers);
  return {
    ...spec,
    dHead: qkNopeHeadDim + qkRopeHeadDim,
    attentionBias: attentionBiasFlag(f),
    latentAttention,
    moe: {
      ...routing(f, 'n_routed_experts'),
      dExpert,
      ...(nShared > 0 ? { nShared: 1, dShared: nShared * dExpert } : {}),
      denseLayers: [...Array(firstDense).keys()],
    },
  };
}

/**
 * gpt-oss (modeling_gpt_oss.py): biases on all four attention projections
 * (`attention_bias`, default true) and a learned sink logit per head; every
 * block's MLP is `num_local_experts` experts of `intermediate_size`, each
 * with biases (gate_up_proj_bias, down_proj_bias), behind a router with a
 * bias. head_dim defaults to 64 and key/value heads to 8.
 */
function gptOss(f: Fields): GptSpec {
  const spec = decoder(f, {
    kvHeads: 8,
    headDim: 64,
    tied: false,
    attentionBias: (g) => g.flag('attention_bias', true),
  });
  return {
    ...spec,
    mlpBias: true,
    attentionSinks: true,
    moe: { ...routing(f, 'num_local_experts'), routerBias: true },
  };
}

const keys = (experts: string, expertWidth: string, extra: Record<string, string> = {}) => ({
  ...HF_KEYS,
  'moe.nExperts': experts,
  'moe.dExpert': expertWidth,
  ...extra,
});

export const EXPERT_READERS: Readonly<Record<string, Reader>> = {
  mixtral: { read: mixtral, keys: keys('num_local_experts', 'intermediate_size') },
  qwen2_moe: {
    read: qwenMoe(2),
    keys: keys('num_experts', 'moe_intermediate_size', { 'moe.dShared': 'shared_expert_intermediate_size' }),
  },
  qwen3_moe: { read: qwenMoe(3), keys: keys('num_experts', 'moe_intermediate_size') },
  deepseek_v3: {
    read: deepseekV3,
    keys: keys('n_routed_experts', 'moe_intermediate_size', {
      'moe.dShared': 'n_shared_experts',
      'latentAttention.qLoraRank': 'q_lora_rank',
      'latentAttention.kvLoraRank': 'kv_lora_rank',
    }),
  },
  gpt_oss: { read: gptOss, keys: keys('num_local_experts', 'intermediate_size') },
};
