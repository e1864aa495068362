import { EXPERT_PRESETS, resolveGptSpec, type GptSpec } from '../../counting/index.js';
import { LLAMA_LIKE } from '../../counting/presets/llama.js';
import { int, type Values } from '../../state/schema.js';
import type { Preset, WidgetModel } from '../../state/useWidgetStore.js';
import { widgetMeta } from '../catalog.js';
import { TOKENS } from '../../models/routing.js';

/** Width of one attention head: d_model moves in steps of it, so the heads always divide it. */
export const D_HEAD = 64;

export const expertsSchema = {
  nExperts: int({ key: 'n_experts', label: 'n_experts (routed experts)', min: 1, max: 256, log: true, default: 8 }),
  topK: int({ key: 'top_k', label: 'top_k (experts per token)', min: 1, max: 16, default: 2 }),
  dModel: int({ key: 'd_model', label: 'd_model (width)', min: 64, max: 8192, step: D_HEAD, log: true, default: 4096 }),
  dExpert: int({
    key: 'd_expert',
    label: 'd_expert (neurons in an expert’s first layer)',
    min: 64,
    max: 16_384,
    step: 64,
    log: true,
    default: 14_336,
  }),
  token: int({ key: 'token', label: 'token (which word of the sentence)', min: 1, max: TOKENS.length, default: 2 }),
};

export type ExpertsSchema = typeof expertsSchema;
export type ExpertsValues = Values<ExpertsSchema>;

/**
 * One sparse block of a Llama-style model (gated experts, RMSNorm, no
 * biases) with plain multi-head attention of width d_model: what the widget
 * asks the counting library to count.
 */
export function blockSpec(v: Pick<ExpertsValues, 'nExperts' | 'topK' | 'dModel' | 'dExpert'>): GptSpec {
  return {
    ...LLAMA_LIKE,
    dModel: v.dModel,
    nLayers: 1,
    nHeads: v.dModel / D_HEAD,
    moe: { nExperts: v.nExperts, topK: v.topK, dExpert: v.dExpert },
  };
}

/** A token cannot use more experts than there are: top_k follows n_experts down. */
export function topKFits(next: ExpertsValues): ExpertsValues {
  return next.topK > next.nExperts ? { ...next, topK: next.nExperts } : next;
}

/** The routed experts of the zoo's mixtures, at their own widths (shared experts and attention aside). */
const modelPresets: Preset<ExpertsSchema>[] = EXPERT_PRESETS.map((p) => {
  const moe = resolveGptSpec(p.spec).moe!;
  return {
    id: p.id,
    label: p.name,
    values: { nExperts: moe.nExperts, topK: moe.topK, dModel: p.spec.dModel, dExpert: moe.dExpert },
  };
});

export const expertsModel: WidgetModel<ExpertsSchema> = {
  ...widgetMeta('experts'),
  schema: expertsSchema,
  constrain: topKFits,
  explain: (name, _requested, applied) =>
    name === 'topK' ? `top_k is at most n_experts (${applied.nExperts})` : undefined,
  presets: [{ id: 'dense', label: 'One expert (a dense MLP)', values: { nExperts: 1, topK: 1 } }, ...modelPresets],
  stress: { values: { nExperts: 256, topK: 16, dModel: 8192, dExpert: 16_384 }, control: 'n_experts (routed experts)' },
};
