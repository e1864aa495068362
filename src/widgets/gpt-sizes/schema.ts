import { GPT2_PRESETS, GPT3_PRESETS, resolveGptSpec, type GptPreset, type GptSpec } from '../../counting/index.js';
import { flag, int, type Values } from '../../state/schema.js';
import type { Preset, WidgetModel } from '../../state/useWidgetStore.js';
import { headsFollowModel, MAX_D_HEAD } from './heads.js';
import { widgetMeta } from '../catalog.js';

/**
 * The sizes of a GPT‑2/GPT‑3-style model, shared by the GPT‑3 chapter's
 * widgets (linked widgets need one schema object). d_model may be any
 * multiple of 4, as the paper's 13B row has d_model = 5,140; its slider lands
 * on multiples of 64, so that the heads that follow it stay 64 or 128 wide
 * (12,288 → 12,292 would split into 3,073 heads of 4).
 */
export const gptSizesSchema = {
  nLayers: int({ key: 'n_layers', label: 'n_layers (blocks)', min: 1, max: 128, unit: 'blocks', default: 96 }),
  dModel: int({
    key: 'd_model',
    label: 'd_model (width)',
    min: 64,
    max: 16_384,
    step: 4,
    trackStep: 64,
    log: true,
    default: 12_288,
  }),
  nHeads: int({ key: 'n_heads', label: 'n_heads (attention heads)', min: 1, max: 16_384, default: 96 }),
  dHead: int({ key: 'd_head', label: 'd_head (width of a head)', min: 1, max: MAX_D_HEAD, default: 128 }),
  nCtx: int({
    key: 'n_ctx',
    label: 'n_ctx (context length)',
    min: 1,
    max: 32_768,
    log: true,
    unit: 'positions',
    default: 2048,
  }),
  tied: flag({ key: 'tied', label: 'LM head tied to the token embedding (tied)', default: true }),
};

export type GptSizesSchema = typeof gptSizesSchema;
export type GptSizes = Values<GptSizesSchema>;

/** The real models the widgets offer, GPT‑2 then GPT‑3, with their sources and published counts. */
export const GPT_PRESETS: readonly GptPreset[] = [...GPT2_PRESETS, ...GPT3_PRESETS];

/** A preset's sizes as the schema holds them, heads included, so it reproduces its model exactly. */
export function sizesOf(spec: GptSpec): GptSizes {
  const s = resolveGptSpec(spec);
  return {
    nLayers: s.nLayers,
    dModel: s.dModel,
    nHeads: s.nHeads,
    dHead: s.dHead,
    nCtx: s.contextLength,
    tied: s.tiedEmbeddings,
  };
}

/** What the counting library is asked to count; everything else is GPT‑2's (50,257 tokens, biases, LayerNorm). */
export function specOf(sizes: GptSizes): GptSpec {
  return {
    nLayers: sizes.nLayers,
    dModel: sizes.dModel,
    nHeads: sizes.nHeads,
    dHead: sizes.dHead,
    contextLength: sizes.nCtx,
    tiedEmbeddings: sizes.tied,
  };
}

export const gptSizePresets: readonly Preset<GptSizesSchema>[] = GPT_PRESETS.map((p) => ({
  id: p.id,
  label: p.name,
  values: sizesOf(p.spec),
}));

/** The real model these sizes are, if any. */
export function presetMatching(sizes: GptSizes): GptPreset | undefined {
  const keys = Object.keys(gptSizesSchema) as (keyof GptSizes)[];
  return GPT_PRESETS.find((p) => {
    const values = sizesOf(p.spec);
    return keys.every((k) => values[k] === sizes[k]);
  });
}

export const constrainSizes = headsFollowModel<GptSizes>;

/** The largest model the sliders reach: what the benchmark times. */
const STRESS_SIZES = { nLayers: 128, dModel: 16_384, nHeads: 128, dHead: 128 } as const;

/**
 * A widget on the GPT sizes (the totals and the parameter waterfall): one
 * schema, so a chapter can link them and both move together.
 */
export const gptSizesModel = (id: 'gpt-totals' | 'gpt-params'): WidgetModel<GptSizesSchema> => ({
  ...widgetMeta(id),
  schema: gptSizesSchema,
  constrain: constrainSizes,
  stress: { values: STRESS_SIZES, control: 'd_model (width)' },
  presets: gptSizePresets,
});
