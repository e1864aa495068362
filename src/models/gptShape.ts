import {
  countAttentionCircuits,
  countGpt,
  countGptBlock,
  countOf,
  groupOf,
  sumGroup,
  type Count,
  type GptCount,
  type GptSpec,
  type PartIn,
} from '../counting/index.js';

export * from './gptHeads.js';

/**
 * d_model as every GPT widget takes it, one block or a whole model: one grid,
 * so a width carried from one widget's link to another's means the same. A
 * link or a typed value may be any multiple of 4 (GPT‑3 13B's 5,140); the
 * slider's keys and drag land on multiples of 64, where heads that follow
 * stay as wide as real models' (12,288 → 12,292 would split into heads of 4).
 * Each widget adds its own default.
 */
export const D_MODEL = {
  key: 'd_model',
  label: 'd_model (width)',
  min: 64,
  max: 16_384,
  step: 4,
  trackStep: 64,
  log: true,
  unit: 'features',
  marks: [
    { value: 768, label: 'GPT‑2 · 768' },
    { value: 12_288, label: 'GPT‑3 · 12,288' },
  ],
} as const;

/** The stored d_ff while the reader has not set one: d_ff then follows 4 · d_model. */
export const D_FF_FOLLOWS = 0;

/**
 * The sizes of the GPT‑2/GPT‑3-style model a widget shows; everything else is
 * GPT‑2's (50,257 tokens, biases, LayerNorm).
 *
 * @example one GPT‑2 block: { dModel: 768, nHeads: 12 }; GPT‑3 175B: { dModel: 12288, nHeads: 96, dHead: 128, nLayers: 96 }
 */
export interface GptShape {
  dModel: number;
  nHeads: number;
  /** Width of one head; absent, d_model ÷ n_heads. */
  dHead?: number;
  /** Blocks of a whole model; absent, the shape is one block. */
  nLayers?: number;
  /** Neurons in the MLP's key layer; absent or D_FF_FOLLOWS, 4 · d_model. */
  dFF?: number;
  /** Context length, for the learned position embedding. Default 2,048. */
  nCtx?: number;
  /** LM head tied to the token embedding. Default true. */
  tied?: boolean;
}

/** The d_ff in use: the shape's, or 4 · d_model while it follows. */
export function dFFOf(shape: Pick<GptShape, 'dModel' | 'dFF'>): number {
  return shape.dFF === undefined || shape.dFF === D_FF_FOLLOWS ? 4 * shape.dModel : shape.dFF;
}

/** What the counting library is asked to count. */
export function specOf(shape: GptShape): GptSpec {
  return {
    dModel: shape.dModel,
    nLayers: shape.nLayers ?? 1,
    nHeads: shape.nHeads,
    ...(shape.dHead !== undefined && { dHead: shape.dHead }),
    dFF: dFFOf(shape),
    ...(shape.nCtx !== undefined && { contextLength: shape.nCtx }),
    ...(shape.tied !== undefined && { tiedEmbeddings: shape.tied }),
  };
}

/** The groups of a block's parts a GPT widget sums: the MLP, attention and the norms. */
export type Group = 'mlp' | 'attn' | 'norm';

/** Everything a GPT widget shows of its shape, computed once per change. */
export interface GptView {
  spec: GptSpec;
  dHead: number;
  dFF: number;
  /** One block as shown: with `circuits`, QK and OV in place of Q, K, V and O. */
  block: GptCount;
  /** The block's MLP, attention and norms, as shown. */
  groups: { readonly [G in Group]: Count<PartIn<G>> };
  /** With `circuits`, the four projections' attention they replace; else null. */
  replaced: Count<PartIn<'attn'>> | null;
  /** The whole model, when the shape has n_layers; else null. */
  model: GptCount | null;
}

export interface ViewOptions {
  /** Attention of the block as two circuits, QK and OV (Elhage et al. 2021). */
  circuits?: boolean;
}

/**
 * The shape counted by the library: one block (countGptBlock, or with
 * `circuits` its attention as countAttentionCircuits' QK and OV), its groups,
 * and the whole model (countGpt) when the shape has blocks to repeat.
 */
export function view(shape: GptShape & { nLayers: number }, options?: ViewOptions): GptView & { model: GptCount };
export function view(shape: GptShape, options?: ViewOptions): GptView;
export function view(shape: GptShape, { circuits = false }: ViewOptions = {}): GptView {
  const spec = specOf(shape);
  const plain = countGptBlock(spec);
  let block = plain;
  if (circuits) {
    const qkov = countAttentionCircuits(spec).parts;
    block = countOf(
      plain.parts.flatMap((p) => (p.name === 'attn.q' ? qkov : groupOf(p.name) === 'attn' ? [] : [p])),
      'dModel',
    );
  }
  return {
    spec,
    // countGptBlock has checked d_head: given, or d_model ÷ n_heads and whole.
    dHead: shape.dHead ?? shape.dModel / shape.nHeads,
    dFF: spec.dFF!,
    block,
    groups: { mlp: sumGroup(block, 'mlp'), attn: sumGroup(block, 'attn'), norm: sumGroup(block, 'norm') },
    replaced: circuits ? sumGroup(plain, 'attn') : null,
    model: shape.nLayers === undefined ? null : countGpt(spec),
  };
}
