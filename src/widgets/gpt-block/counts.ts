import {
  countAttentionCircuits,
  countGptBlock,
  countOf,
  groupOf,
  resolveGptSpec,
  type GptCount,
  type GptPart,
  type GptPartName,
  type GptSpec,
} from '../../counting/index.js';
import { effectiveDFF, type GptBlockValues } from './model.js';

type Sizes = Pick<GptBlockValues, 'dModel' | 'nHeads' | 'dFF'>;

/** The widget's sizes as the counting library takes them: one GPT‑2/GPT‑3-style block. */
export function specOf(values: Sizes): GptSpec {
  return { dModel: values.dModel, nLayers: 1, nHeads: values.nHeads, dFF: effectiveDFF(values) };
}

/** Width of one head, as the library resolves it (d_model ÷ n_heads). */
export const dHeadOf = (values: Sizes): number => resolveGptSpec(specOf(values)).dHead;

/**
 * One block, counted by the library: countGptBlock, or with `circuits` its
 * four attention projections replaced by countAttentionCircuits' QK and OV.
 */
export function blockCount(values: Sizes & Pick<GptBlockValues, 'circuits'>): GptCount {
  const spec = specOf(values);
  const block = countGptBlock(spec);
  if (!values.circuits) return block;
  const circuits = countAttentionCircuits(spec).parts;
  return countOf(
    block.parts.flatMap((p) => (p.name === 'attn.q' ? circuits : groupOf(p.name) === 'attn' ? [] : [p])),
    'dModel',
  );
}

/** The parts table's order: as the text takes them, MLP first, then attention, then the parameters-only norms. */
const TABLE_ORDER: readonly GptPartName[] = [
  'mlp.key',
  'mlp.value',
  'attn.q',
  'attn.k',
  'attn.v',
  'attn.o',
  'attn.qk',
  'attn.ov',
];

export function tableParts(count: GptCount): GptPart[] {
  const rank = (name: GptPartName) => (TABLE_ORDER.includes(name) ? TABLE_ORDER.indexOf(name) : TABLE_ORDER.length);
  return [...count.parts].sort((a, b) => rank(a.name) - rank(b.name));
}
