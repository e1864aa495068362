import { divides, flag, oneOf, product, wholeNumber } from './errors.js';
import { countOf, matrixPart, parameterPart, repeatPart } from './parts.js';
import type { Count, Part } from './types.js';

/**
 * The shape of a decoder-only transformer. Defaults are GPT‑2/GPT‑3 style:
 * plain MLP with dFF = 4·dModel, biases everywhere, LayerNorm, learned
 * positions over a 2,048-token context, GPT‑2's 50,257-token vocabulary and an
 * LM head tied to the token embedding.
 *
 * @example GPT‑3 175B: { dModel: 12288, nLayers: 96, nHeads: 96 }
 */
export interface GptSpec {
  dModel: number;
  nLayers: number;
  nHeads: number;
  /** Grouped-query attention: key/value heads shared by groups of query heads. Default nHeads. */
  nKvHeads?: number;
  /** Width of one head. Default dModel / nHeads, which must then be whole. */
  dHead?: number;
  /** Neurons in the MLP's first layer. Default 4 · dModel. */
  dFF?: number;
  /** `plain` = key and value layers; `gated` = gate, up and down (SwiGLU). */
  mlp?: 'plain' | 'gated';
  /** Biases on the attention and MLP projections. Default true. */
  bias?: boolean;
  /** Overrides `bias` for the attention projections only. */
  attentionBias?: boolean;
  /** Overrides `bias` for the MLP projections only. */
  mlpBias?: boolean;
  /** LayerNorm has a weight and a bias per feature (2·d); RMSNorm a weight only (d). */
  norm?: 'layernorm' | 'rmsnorm';
  vocabSize?: number;
  /** Learned position embeddings have one row per context position. */
  contextLength?: number;
  positions?: 'learned' | 'rotary' | 'none';
  /**
   * The LM head shares the token embedding's weights. Default true. A tied head
   * is the embedding table read backwards and adds nothing; an untied head is a
   * layer of `vocabSize` neurons with `dModel` synapses each (see countGpt).
   */
  tiedEmbeddings?: boolean;
}

/** A {@link GptSpec} with every default filled in and every size checked. */
export type ResolvedGptSpec = Required<GptSpec>;

export const GPT_DEFAULTS = {
  mlp: 'plain',
  bias: true,
  norm: 'layernorm',
  vocabSize: 50257,
  contextLength: 2048,
  positions: 'learned',
  tiedEmbeddings: true,
} as const satisfies Partial<GptSpec>;

/** Fills defaults and validates; throws a SizeError naming the first bad field. */
export function resolveGptSpec(spec: GptSpec): ResolvedGptSpec {
  const dModel = wholeNumber(spec.dModel, 'dModel');
  const nLayers = wholeNumber(spec.nLayers, 'nLayers');
  const nHeads = wholeNumber(spec.nHeads, 'nHeads');
  const nKvHeads = wholeNumber(spec.nKvHeads ?? nHeads, 'nKvHeads');
  divides(nKvHeads, nHeads, 'nKvHeads', 'nHeads');
  let dHead: number;
  if (spec.dHead === undefined) {
    divides(nHeads, dModel, 'nHeads', 'dModel');
    dHead = dModel / nHeads;
  } else {
    dHead = wholeNumber(spec.dHead, 'dHead');
  }
  const bias = flag(spec.bias, 'bias', GPT_DEFAULTS.bias);
  return {
    dModel,
    nLayers,
    nHeads,
    nKvHeads,
    dHead,
    dFF: wholeNumber(spec.dFF ?? product('dModel', 4, dModel), 'dFF'),
    mlp: oneOf(spec.mlp, 'mlp', ['plain', 'gated'], GPT_DEFAULTS.mlp),
    bias,
    attentionBias: flag(spec.attentionBias, 'attentionBias', bias),
    mlpBias: flag(spec.mlpBias, 'mlpBias', bias),
    norm: oneOf(spec.norm, 'norm', ['layernorm', 'rmsnorm'], GPT_DEFAULTS.norm),
    vocabSize: wholeNumber(spec.vocabSize ?? GPT_DEFAULTS.vocabSize, 'vocabSize'),
    contextLength: wholeNumber(spec.contextLength ?? GPT_DEFAULTS.contextLength, 'contextLength'),
    positions: oneOf(spec.positions, 'positions', ['learned', 'rotary', 'none'], GPT_DEFAULTS.positions),
    tiedEmbeddings: flag(spec.tiedEmbeddings, 'tiedEmbeddings', GPT_DEFAULTS.tiedEmbeddings),
  };
}

function normPart(name: string, s: ResolvedGptSpec): Part {
  return parameterPart(name, product('dModel', s.norm === 'layernorm' ? 2 : 1, s.dModel));
}

function attentionParts(s: ResolvedGptSpec): [q: Part, k: Part, v: Part, o: Part] {
  const d = s.dModel;
  const qWidth = product('dHead', s.nHeads, s.dHead);
  const kvWidth = product('dHead', s.nKvHeads, s.dHead);
  const bias = (rows: number) => (s.attentionBias ? rows : 0);
  return [
    matrixPart('attn.q', qWidth, d, bias(qWidth), 'dModel'),
    matrixPart('attn.k', kvWidth, d, bias(kvWidth), 'dModel'),
    matrixPart('attn.v', kvWidth, d, bias(kvWidth), 'dModel'),
    matrixPart('attn.o', d, qWidth, bias(d), 'dModel'),
  ];
}

function mlpParts(s: ResolvedGptSpec): Part[] {
  const d = s.dModel;
  const bias = (rows: number) => (s.mlpBias ? rows : 0);
  if (s.mlp === 'plain') {
    return [matrixPart('mlp.key', s.dFF, d, bias(s.dFF), 'dFF'), matrixPart('mlp.value', d, s.dFF, bias(d), 'dFF')];
  }
  return [
    matrixPart('mlp.gate', s.dFF, d, bias(s.dFF), 'dFF'),
    matrixPart('mlp.up', s.dFF, d, bias(s.dFF), 'dFF'),
    matrixPart('mlp.down', d, s.dFF, bias(d), 'dFF'),
  ];
}

function blockParts(s: ResolvedGptSpec): Part[] {
  return [normPart('norm.attn', s), ...attentionParts(s), normPart('norm.mlp', s), ...mlpParts(s)];
}

/**
 * One transformer block: attention (`attn.q/k/v/o`), the MLP (`mlp.key/value`
 * or `mlp.gate/up/down`) and its two norms. A plain block has 12·d² synapses.
 */
export function countGptBlock(spec: GptSpec): Count {
  return countOf(blockParts(resolveGptSpec(spec)), 'dModel');
}

/**
 * The whole model. Neurons and synapses are summed over every weight matrix the
 * model uses as a linear map: the nLayers blocks and, when it is not tied to the
 * token embedding, the LM head (`lm_head`: vocabSize neurons of dModel synapses,
 * an output layer like a CNN's classifier or an LSTM's decoder). Embedding tables
 * are lookups, not neurons, and a tied head is the token embedding read backwards,
 * so it adds nothing. Parameters also count the final norm and the token and
 * learned position embeddings, matching the sum of PyTorch's `numel()` over the
 * model's unique parameters.
 */
export function countGpt(spec: GptSpec): Count {
  const s = resolveGptSpec(spec);
  const parts = blockParts(s).map((part) => repeatPart(part, s.nLayers, 'nLayers'));
  parts.push(normPart('norm.final', s));
  parts.push(parameterPart('embed.tokens', product('vocabSize', s.vocabSize, s.dModel)));
  if (s.positions === 'learned') {
    parts.push(parameterPart('embed.positions', product('contextLength', s.contextLength, s.dModel)));
  }
  if (!s.tiedEmbeddings) parts.push(matrixPart('lm_head', s.vocabSize, s.dModel, 0, 'vocabSize'));
  return countOf(parts, 'nLayers');
}

/**
 * Attention of one block seen as two circuits (Elhage et al. 2021): QK = W_Qᵀ·W_K
 * and OV = W_O·W_V, each taken as one d × d matrix. That makes 2·d neurons of d
 * synapses each instead of four projections. The circuits are products of the
 * stored weights, not new weights, so `parameters` stays that of Q, K, V and O.
 */
export function countAttentionCircuits(spec: GptSpec): Count {
  const s = resolveGptSpec(spec);
  const [q, k, v, o] = attentionParts(s);
  const d = s.dModel;
  const circuit = (name: string, a: Part, b: Part): Part => ({
    ...matrixPart(name, d, d, 0, 'dModel'),
    parameters: a.parameters + b.parameters,
  });
  return countOf([circuit('attn.qk', q, k), circuit('attn.ov', o, v)], 'dModel');
}
