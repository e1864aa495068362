import { GPT2_PRESETS, GPT3_PRESETS, resolveGptSpec, type GptPreset, type GptSpec } from '../../counting/index.js';
import { D_MODEL, HEADS_LIMITS, settleHeads } from '../../models/gptShape.js';
import { flag, int, type Values } from '../../state/schema.js';
import type { Preset, WidgetModel } from '../../state/useWidgetStore.js';
import { widgetMeta } from '../catalog.js';

/**
 * The sizes of a GPT‑2/GPT‑3-style model (a GptShape, as view takes it), shared by the GPT‑3 chapter's
 * widgets (linked widgets need one schema object). d_model is every GPT
 * widget's (see D_MODEL); the heads follow it by the one GPT heads rule.
 */
export const gptSizesSchema = {
  nLayers: int({ key: 'n_layers', label: 'n_layers (blocks)', min: 1, max: 128, unit: 'blocks', default: 96 }),
  dModel: int({ ...D_MODEL, default: 12_288 }),
  nHeads: int({
    key: 'n_heads',
    label: 'n_heads (attention heads)',
    min: 1,
    max: HEADS_LIMITS.model.maxHeads,
    default: 96,
  }),
  dHead: int({
    key: 'd_head',
    label: 'd_head (width of a head)',
    min: 1,
    max: HEADS_LIMITS.model.maxDHead,
    default: 128,
  }),
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

export const gptSizePresets: readonly Preset<GptSizesSchema>[] = GPT_PRESETS.map((p) => ({
  id: p.id,
  label: p.name,
  values: sizesOf(p.spec),
}));

/** The real model these sizes are, if any. */
export function presetMatching(sizes: GptSizes): GptPreset | undefined {
  const keys = Object.keys(gptSizesSchema) as (keyof GptSizes)[];
  const index = gptSizePresets.findIndex((p) => keys.every((k) => p.values[k] === sizes[k]));
  return GPT_PRESETS[index];
}

/** The heads follow d_model by the one GPT heads rule, in the range of whole models' (see HEADS_LIMITS). */
export const constrainSizes = (next: GptSizes, previous: GptSizes): GptSizes =>
  settleHeads(next, previous, HEADS_LIMITS.model);

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
  stress: { values: STRESS_SIZES, control: D_MODEL.label },
  presets: gptSizePresets,
});
