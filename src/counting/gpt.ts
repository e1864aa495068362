import { attentionParts, normPart } from './attention.js';
import { product, SizeError } from './errors.js';
import { resolveGptSpec, type GptSpec, type ResolvedGptSpec } from './gpt-spec.js';
import { mlpParts, moeParts } from './mlp.js';
import type { GptCount, GptPart, GptPartName } from './part-names.js';
import { countOf, matrixPart, parameterPart, repeatPart } from './parts.js';

/** A block's norms, where the spec puts them, around its attention and its MLP; `each` repeats a norm over blocks. */
function aroundBlock(
  s: ResolvedGptSpec,
  attention: GptPart[],
  mlp: GptPart[],
  each = (norm: GptPart) => norm,
): GptPart[] {
  const norm = (name: GptPartName) => [each(normPart(name, s.dModel, s))];
  const before = s.blockNorms !== 'post';
  const after = s.blockNorms !== 'pre';
  return [
    ...(before ? norm('norm.attn') : []),
    ...attention,
    ...(after ? norm('norm.attn.post') : []),
    ...(before ? norm('norm.mlp') : []),
    ...mlp,
    ...(after ? norm('norm.mlp.post') : []),
  ];
}

const denseMlp = (s: ResolvedGptSpec) => mlpParts(s, 'mlp', s.dFF, 'dFF');

/** How many of the blocks are sparse (their MLP a mixture of experts). */
function sparseBlocks(s: ResolvedGptSpec): number {
  return s.moe === null ? 0 : s.nLayers - s.moe.denseLayers.length;
}

/**
 * One transformer block: its norms, attention (`attn.q/k/v/o`, or the latent
 * projections) and MLP (`mlp.key/value` or `mlp.gate/up/down`). A plain
 * block has 12·d² synapses. When the spec has experts, this is a sparse block
 * (`moe.router`, `moe.experts.*`, `moe.shared.*`), and its `active` is what
 * one token uses of it.
 */
export function countGptBlock(spec: GptSpec): GptCount {
  const s = resolveGptSpec(spec);
  const mlp = s.moe !== null && sparseBlocks(s) > 0 ? moeParts(s, s.moe) : denseMlp(s);
  return countOf(aroundBlock(s, attentionParts(s), mlp), 'dModel');
}

/**
 * The whole model. Neurons and synapses are summed over every weight matrix
 * the model uses as a linear map: the blocks and an untied LM head (vocab
 * neurons of d_model synapses); a tied head is the embedding table read
 * backwards and adds nothing. Parameters also count the final norm and the
 * token and learned position embeddings (parts with no neurons), matching
 * the sum of PyTorch's `numel()` over the model's unique parameters. With
 * experts, dense blocks (`moe.denseLayers`) have `mlp.*` parts and sparse
 * ones `moe.*` parts, each repeated over its blocks; `active` is what one
 * token uses (see {@link Count.active}).
 */
export function countGpt(spec: GptSpec): GptCount {
  const s = resolveGptSpec(spec);
  const sparse = sparseBlocks(s);
  const dense = s.nLayers - sparse;
  const repeat = (parts: GptPart[], times: number) => parts.map((part) => repeatPart(part, times, 'nLayers'));
  const mlp = [
    ...(dense > 0 ? repeat(denseMlp(s), dense) : []),
    ...(s.moe !== null && sparse > 0 ? repeat(moeParts(s, s.moe), sparse) : []),
  ];
  const parts = aroundBlock(s, repeat(attentionParts(s), s.nLayers), mlp, (norm) =>
    repeatPart(norm, s.nLayers, 'nLayers'),
  );
  parts.push(normPart('norm.final', s.dModel, s));
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
 * Latent attention has no separate K and V to pair, and is refused.
 */
export function countAttentionCircuits(spec: GptSpec): GptCount {
  const s = resolveGptSpec(spec);
  if (s.latentAttention !== null) {
    throw new SizeError('latentAttention', 'has no separate key and value projections to pair into QK and OV circuits');
  }
  const [q, k, v, o] = attentionParts(s) as [GptPart, GptPart, GptPart, GptPart];
  const d = s.dModel;
  const circuit = (name: 'attn.qk' | 'attn.ov', a: GptPart, b: GptPart): GptPart => ({
    ...matrixPart(name, d, d, 0, 'dModel'),
    parameters: a.parameters + b.parameters,
  });
  return countOf([circuit('attn.qk', q, k), circuit('attn.ov', o, v)], 'dModel');
}
