import { product } from './errors.js';
import type { ResolvedGptSpec, ResolvedLatentAttention } from './gpt-spec.js';
import type { GptPart, GptPartName } from './part-names.js';
import { matrixPart, parameterPart } from './parts.js';

/** A norm over `width` features: LayerNorm has a weight and a bias per feature, RMSNorm a weight only. */
export function normPart(name: GptPartName, width: number, s: ResolvedGptSpec): GptPart {
  return parameterPart(name, product('dModel', s.norm === 'layernorm' ? 2 : 1, width));
}

/** Q, K, V and O of one block, with grouped-query key/value heads of dHead each. */
function projections(s: ResolvedGptSpec): GptPart[] {
  const d = s.dModel;
  const qWidth = product('dHead', s.nHeads, s.dHead);
  const kvWidth = product('dHead', s.nKvHeads, s.dHead);
  const bias = (rows: number) => (s.attentionBias === false ? 0 : rows);
  const parts: GptPart[] = [
    matrixPart('attn.q', qWidth, d, bias(qWidth), 'dModel'),
    matrixPart('attn.k', kvWidth, d, bias(kvWidth), 'dModel'),
    matrixPart('attn.v', kvWidth, d, bias(kvWidth), 'dModel'),
    matrixPart('attn.o', d, qWidth, s.attentionBias === true ? d : 0, 'dModel'),
  ];
  if (s.qkNorm === 'head') parts.push(normPart('norm.q', s.dHead, s), normPart('norm.k', s.dHead, s));
  if (s.qkNorm === 'full') parts.push(normPart('norm.q', qWidth, s), normPart('norm.k', kvWidth, s));
  return parts;
}

/**
 * Multi-head latent attention as DeepSeek‑V3 builds it: queries d → qLoraRank
 * (`attn.q_a`), a norm, → heads × (nope + rope) (`attn.q_b`); keys and values
 * d → kvLoraRank + rope (`attn.kv_a`, the rope part being the one key all
 * heads share), a norm over the latent, → heads × (nope + v) (`attn.kv_b`);
 * then the output, heads × v → d. Biases, when the model has them, sit on
 * the two down-projections and the output only.
 */
function latentProjections(s: ResolvedGptSpec, m: ResolvedLatentAttention): GptPart[] {
  const d = s.dModel;
  const qkHead = m.qkNopeHeadDim + m.qkRopeHeadDim;
  const down = (rows: number) => (s.attentionBias === false ? 0 : rows);
  const field = 'latentAttention.kvLoraRank';
  const kvA = m.kvLoraRank + m.qkRopeHeadDim;
  const query: GptPart[] =
    m.qLoraRank === null
      ? [matrixPart('attn.q', product(field, s.nHeads, qkHead), d, 0, 'dModel')]
      : [
          matrixPart('attn.q_a', m.qLoraRank, d, down(m.qLoraRank), 'dModel'),
          normPart('norm.q_a', m.qLoraRank, s),
          matrixPart('attn.q_b', product(field, s.nHeads, qkHead), m.qLoraRank, 0, 'latentAttention.qLoraRank'),
        ];
  const vWidth = product(field, s.nHeads, m.vHeadDim);
  return [
    ...query,
    matrixPart('attn.kv_a', kvA, d, down(kvA), 'dModel'),
    normPart('norm.kv_a', m.kvLoraRank, s),
    matrixPart('attn.kv_b', product(field, s.nHeads, m.qkNopeHeadDim + m.vHeadDim), m.kvLoraRank, 0, field),
    matrixPart('attn.o', d, vWidth, s.attentionBias === true ? d : 0, 'dModel'),
  ];
}

/** The attention of one block: its projections (`attn.*`), any norms inside it, and any sinks. */
export function attentionParts(s: ResolvedGptSpec): GptPart[] {
  const parts = s.latentAttention === null ? projections(s) : latentProjections(s, s.latentAttention);
  if (s.attentionSinks) parts.push(parameterPart('attn.sinks', s.nHeads));
  return parts;
}
