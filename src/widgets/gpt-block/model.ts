import { GPT2_PRESETS, GPT3_PRESETS } from '../../counting/index.js';
import { flag, int, type Values } from '../../state/schema.js';
import type { WidgetModel } from '../../state/useWidgetStore.js';
import { D_FF_FOLLOWS, D_MODEL, HEADS_LIMITS, settleHeads, whyHeadsMisfit } from '../../models/gptShape.js';
import { widgetMeta } from '../catalog.js';

/** d_ff on d_model's grids: 4 · d_model, any multiple of 16, stays in a link exactly when the reader pins it. */
export const D_FF_RANGE = { min: 64, max: 65_536, step: 16, trackStep: 64 } as const;

const gpt2 = GPT2_PRESETS.find((p) => p.id === 'gpt2-small')!.spec;
const gpt3 = GPT3_PRESETS.find((p) => p.id === 'gpt3-175b')!.spec;

export const gptBlockSchema = {
  dModel: int({ ...D_MODEL, default: gpt2.dModel }),
  nHeads: int({
    key: 'n_heads',
    label: 'n_heads',
    min: 1,
    max: HEADS_LIMITS.block.maxHeads,
    log: true,
    unit: 'heads',
    default: gpt2.nHeads,
  }),
  /**
   * The reader's own d_ff, or D_FF_FOLLOWS (0) while it follows 4 · d_model.
   * A link names d_ff only once the reader has set it, so `?d_model=1024`
   * means d_ff = 4,096 and `?d_model=1024&d_ff=2048` pins it.
   */
  dFF: int({ key: 'd_ff', label: 'd_ff', ...D_FF_RANGE, log: true, unit: 'key neurons', default: D_FF_FOLLOWS }),
  circuits: flag({ key: 'circuits', label: 'QK and OV circuits', default: false }),
};

export type GptBlockSchema = typeof gptBlockSchema;
export type GptBlockValues = Values<GptBlockSchema>;

/** n_heads follows d_model by the one GPT heads rule (see settleHeads); d_head is d_model ÷ n_heads. */
export function constrainGptBlock(next: GptBlockValues, previous: GptBlockValues): GptBlockValues {
  return settleHeads(next, previous, HEADS_LIMITS.block);
}

export const gptBlockModel: WidgetModel<GptBlockSchema> = {
  ...widgetMeta('gpt-block'),
  schema: gptBlockSchema,
  constrain: constrainGptBlock,
  stress: { values: { dModel: 16_384, nHeads: 128, dFF: D_FF_FOLLOWS }, control: D_MODEL.label },
  explain: (name, requested, applied) =>
    name === 'nHeads' ? whyHeadsMisfit(applied.dModel, requested as number, HEADS_LIMITS.block) : undefined,
  presets: [
    { id: 'gpt2-small', label: 'GPT‑2 small', values: { dModel: gpt2.dModel, nHeads: gpt2.nHeads, dFF: D_FF_FOLLOWS } },
    { id: 'gpt3-175b', label: 'GPT‑3 175B', values: { dModel: gpt3.dModel, nHeads: gpt3.nHeads, dFF: D_FF_FOLLOWS } },
    { id: 'tiny', label: 'Tiny · d_model 64', values: { dModel: 64, nHeads: 4, dFF: D_FF_FOLLOWS } },
  ],
};
