import { divides, flag, oneOf, product, SizeError, wholeNumber } from './errors.js';

/**
 * A mixture of experts in place of a block's MLP: a router (a linear map
 * from d_model to one score per expert) picks `topK` of `nExperts` routed
 * experts for each token; shared experts, if any, see every token. Each
 * expert is an MLP of the spec's kind (`mlp`, `mlpBias`).
 *
 * @example Mixtral 8×7B: { nExperts: 8, topK: 2 } with dFF 14,336
 */
export interface MoeSpec {
  /** Routed experts in each sparse block. */
  nExperts: number;
  /** Routed experts each token uses, from 1 to nExperts. */
  topK: number;
  /** Neurons in the first layer of each routed expert. Default the spec's dFF. */
  dExpert?: number;
  /** Experts every token uses besides the routed ones. Default 0. */
  nShared?: number;
  /** Neurons in the first layer of each shared expert. Default dExpert. */
  dShared?: number;
  /** One neuron whose sigmoid scales the shared experts' output (Qwen2‑MoE's shared_expert_gate). Default false. */
  sharedGate?: boolean;
  /** A bias per expert on the router (gpt-oss). Default false. */
  routerBias?: boolean;
  /** Blocks, counted from 0, whose MLP is one dense MLP of width dFF (DeepSeek‑V3: [0, 1, 2]). Default none. */
  denseLayers?: readonly number[];
}

/**
 * Multi-head latent attention (DeepSeek‑V2/V3): queries, and keys with values
 * together, are projected down to a small latent (`qLoraRank`,
 * `kvLoraRank`), normalised, and projected back up to the heads. Each head's
 * query and key have `qkNopeHeadDim` features without positions and
 * `qkRopeHeadDim` with rotary positions (the rotary key is one, shared by
 * every head); its value has `vHeadDim`.
 *
 * @example DeepSeek‑V3: { qLoraRank: 1536, kvLoraRank: 512, qkNopeHeadDim: 128, qkRopeHeadDim: 64, vHeadDim: 128 }
 */
export interface LatentAttentionSpec {
  /** Width of the query latent; absent, queries are projected straight from d_model (DeepSeek‑V2‑Lite). */
  qLoraRank?: number;
  kvLoraRank: number;
  qkNopeHeadDim: number;
  qkRopeHeadDim: number;
  vHeadDim: number;
}

/**
 * The shape of a decoder-only transformer. Defaults are GPT‑2/GPT‑3 style:
 * plain MLP with dFF = 4·dModel, biases everywhere, LayerNorm before
 * attention and before the MLP, learned positions over a 2,048-token context,
 * GPT‑2's 50,257-token vocabulary and an LM head tied to the token embedding.
 *
 * @example GPT‑3 175B: { dModel: 12288, nLayers: 96, nHeads: 96 }
 */
export interface GptSpec {
  dModel: number;
  nLayers: number;
  nHeads: number;
  /** Grouped-query attention: key/value heads shared by groups of query heads. Default nHeads. */
  nKvHeads?: number;
  /**
   * Width of one head, used for the queries, keys, values and the output's
   * synapses. Default dModel / nHeads, which must then be whole (with latent
   * attention: qkNopeHeadDim + qkRopeHeadDim).
   */
  dHead?: number;
  /** Neurons in the MLP's first layer (in a dense block). Default 4 · dModel. */
  dFF?: number;
  /** `plain` = key and value layers; `gated` = gate, up and down (SwiGLU). Experts are of the same kind. */
  mlp?: 'plain' | 'gated';
  /** Biases on the attention and MLP projections. Default true. */
  bias?: boolean;
  /** Overrides `bias` for attention: true on all four projections, `'qkv'` on queries, keys and values only (Qwen2). */
  attentionBias?: boolean | 'qkv';
  /** Overrides `bias` for the MLP projections (and the experts') only. */
  mlpBias?: boolean;
  /** LayerNorm has a weight and a bias per feature (2·d); RMSNorm a weight only (d). */
  norm?: 'layernorm' | 'rmsnorm';
  /**
   * Where a block's norms sit: `pre`, before attention and before the MLP
   * (GPT‑2, Llama); `post`, after each (OLMo 2); `sandwich`, before and after
   * each, four a block (Gemma 2 and 3). Default `pre`.
   */
  blockNorms?: 'pre' | 'post' | 'sandwich';
  /**
   * Norms on queries and keys: `head`, one norm of dHead shared by every head
   * (Qwen3, Gemma 3); `full`, one over all the query features and one over all
   * the key features (OLMo 2). Default `none`.
   */
  qkNorm?: 'none' | 'head' | 'full';
  /** A learned logit per head that takes part in attention's softmax (gpt-oss). Default false. */
  attentionSinks?: boolean;
  /** Multi-head latent attention in place of the Q, K, V projections. Default none. */
  latentAttention?: LatentAttentionSpec;
  /** A mixture of experts in place of the MLP. Default none (every block dense). */
  moe?: MoeSpec;
  vocabSize?: number;
  /** Learned position embeddings have one row per context position. */
  contextLength?: number;
  positions?: 'learned' | 'rotary' | 'none';
  /** The LM head shares the token embedding's weights (counted once). Default true. */
  tiedEmbeddings?: boolean;
}

export type ResolvedMoeSpec = Required<MoeSpec>;
export type ResolvedLatentAttention = Required<Omit<LatentAttentionSpec, 'qLoraRank'>> & { qLoraRank: number | null };

/** A {@link GptSpec} with every default filled in and every size checked; absent options are null. */
export type ResolvedGptSpec = Required<Omit<GptSpec, 'moe' | 'latentAttention'>> & {
  moe: ResolvedMoeSpec | null;
  latentAttention: ResolvedLatentAttention | null;
};

export const GPT_DEFAULTS = {
  mlp: 'plain',
  bias: true,
  norm: 'layernorm',
  blockNorms: 'pre',
  qkNorm: 'none',
  attentionSinks: false,
  vocabSize: 50257,
  contextLength: 2048,
  positions: 'learned',
  tiedEmbeddings: true,
} as const satisfies Partial<GptSpec>;

function resolveLatent(spec: LatentAttentionSpec): ResolvedLatentAttention {
  const at = (field: keyof LatentAttentionSpec) => `latentAttention.${field}`;
  return {
    qLoraRank: spec.qLoraRank === undefined ? null : wholeNumber(spec.qLoraRank, at('qLoraRank')),
    kvLoraRank: wholeNumber(spec.kvLoraRank, at('kvLoraRank')),
    qkNopeHeadDim: wholeNumber(spec.qkNopeHeadDim, at('qkNopeHeadDim')),
    qkRopeHeadDim: wholeNumber(spec.qkRopeHeadDim, at('qkRopeHeadDim')),
    vHeadDim: wholeNumber(spec.vHeadDim, at('vHeadDim')),
  };
}

function resolveMoe(spec: MoeSpec, dFF: number, nLayers: number): ResolvedMoeSpec {
  const nExperts = wholeNumber(spec.nExperts, 'moe.nExperts');
  const topK = wholeNumber(spec.topK, 'moe.topK');
  if (topK > nExperts) throw new SizeError('moe.topK', `(${topK}) must be at most moe.nExperts (${nExperts})`);
  const dExpert = wholeNumber(spec.dExpert ?? dFF, 'moe.dExpert');
  const denseLayers = spec.denseLayers ?? [];
  if (!Array.isArray(denseLayers)) throw new SizeError('moe.denseLayers', 'must be a list of block numbers');
  denseLayers.forEach((layer, i) => {
    wholeNumber(layer, `moe.denseLayers[${i}]`, 0);
    if (layer >= nLayers) throw new SizeError(`moe.denseLayers[${i}]`, `(${layer}) must be below nLayers (${nLayers})`);
    if (denseLayers.indexOf(layer) !== i) throw new SizeError(`moe.denseLayers[${i}]`, `(${layer}) is listed twice`);
  });
  const nShared = wholeNumber(spec.nShared ?? 0, 'moe.nShared', 0);
  const sharedGate = flag(spec.sharedGate, 'moe.sharedGate', false);
  if (sharedGate && nShared === 0)
    throw new SizeError('moe.sharedGate', 'needs shared experts (moe.nShared of 1 or more)');
  return {
    nExperts,
    topK,
    dExpert,
    nShared,
    dShared: wholeNumber(spec.dShared ?? dExpert, 'moe.dShared'),
    sharedGate,
    routerBias: flag(spec.routerBias, 'moe.routerBias', false),
    denseLayers: [...denseLayers],
  };
}

function resolveDHead(spec: GptSpec, dModel: number, nHeads: number, latent: ResolvedLatentAttention | null): number {
  if (spec.dHead !== undefined) return wholeNumber(spec.dHead, 'dHead');
  if (latent !== null) return latent.qkNopeHeadDim + latent.qkRopeHeadDim;
  divides(nHeads, dModel, 'nHeads', 'dModel');
  return dModel / nHeads;
}

/** Fills defaults and validates; throws a SizeError naming the first bad field (`moe.topK`, …). */
export function resolveGptSpec(spec: GptSpec): ResolvedGptSpec {
  const dModel = wholeNumber(spec.dModel, 'dModel');
  const nLayers = wholeNumber(spec.nLayers, 'nLayers');
  const nHeads = wholeNumber(spec.nHeads, 'nHeads');
  const nKvHeads = wholeNumber(spec.nKvHeads ?? nHeads, 'nKvHeads');
  divides(nKvHeads, nHeads, 'nKvHeads', 'nHeads');
  const latentAttention = spec.latentAttention === undefined ? null : resolveLatent(spec.latentAttention);
  const dFF = wholeNumber(spec.dFF ?? product('dModel', 4, dModel), 'dFF');
  const bias = flag(spec.bias, 'bias', GPT_DEFAULTS.bias);
  const attentionBias = spec.attentionBias === 'qkv' ? 'qkv' : flag(spec.attentionBias, 'attentionBias', bias);
  const qkNorm = oneOf(spec.qkNorm, 'qkNorm', ['none', 'head', 'full'], GPT_DEFAULTS.qkNorm);
  if (latentAttention !== null && qkNorm !== 'none') {
    throw new SizeError('qkNorm', `must be 'none' with latent attention, which has norms of its own`);
  }
  return {
    dModel,
    nLayers,
    nHeads,
    nKvHeads,
    dHead: resolveDHead(spec, dModel, nHeads, latentAttention),
    dFF,
    mlp: oneOf(spec.mlp, 'mlp', ['plain', 'gated'], GPT_DEFAULTS.mlp),
    bias,
    attentionBias,
    mlpBias: flag(spec.mlpBias, 'mlpBias', bias),
    norm: oneOf(spec.norm, 'norm', ['layernorm', 'rmsnorm'], GPT_DEFAULTS.norm),
    blockNorms: oneOf(spec.blockNorms, 'blockNorms', ['pre', 'post', 'sandwich'], GPT_DEFAULTS.blockNorms),
    qkNorm,
    attentionSinks: flag(spec.attentionSinks, 'attentionSinks', GPT_DEFAULTS.attentionSinks),
    latentAttention,
    moe: spec.moe === undefined ? null : resolveMoe(spec.moe, dFF, nLayers),
    vocabSize: wholeNumber(spec.vocabSize ?? GPT_DEFAULTS.vocabSize, 'vocabSize'),
    contextLength: wholeNumber(spec.contextLength ?? GPT_DEFAULTS.contextLength, 'contextLength'),
    positions: oneOf(spec.positions, 'positions', ['learned', 'rotary', 'none'], GPT_DEFAULTS.positions),
    tiedEmbeddings: flag(spec.tiedEmbeddings, 'tiedEmbeddings', GPT_DEFAULTS.tiedEmbeddings),
  };
}
