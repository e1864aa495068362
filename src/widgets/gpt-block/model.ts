import { GPT2_PRESETS, GPT3_PRESETS } from '../../counting/index.js';
import { flag, int, type Values } from '../../state/schema.js';
import type { WidgetModel } from '../../state/useWidgetStore.js';
import { fitHeads, MAX_HEADS, whyHeadsMisfit } from './heads.js';
import { widgetMeta } from '../catalog.js';

/** The stored d_ff while the reader has not set one: d_ff then follows 4 · d_model, and the link carries no d_ff. */
export const D_FF_FOLLOWS = 0;
export const D_FF_RANGE = { min: 64, max: 65_536, step: 64 } as const;

const gpt2 = GPT2_PRESETS.find((p) => p.id === 'gpt2-small')!.spec;
const gpt3 = GPT3_PRESETS.find((p) => p.id === 'gpt3-175b')!.spec;

export const gptBlockSchema = {
  dModel: int({
    key: 'd_model',
    label: 'd_model',
    min: 64,
    max: 16_384,
    step: 64,
    log: true,
    unit: 'features',
    default: gpt2.dModel,
    marks: [
      { value: gpt2.dModel, label: 'GPT‑2 · 768' },
      { value: gpt3.dModel, label: 'GPT‑3 · 12,288' },
    ],
  }),
  nHeads: int({
    key: 'n_heads',
    label: 'n_heads',
    min: 1,
    max: MAX_HEADS,
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

/** The d_ff in use: the reader's, or 4 · d_model while it follows. */
export function effectiveDFF(values: Pick<GptBlockValues, 'dModel' | 'dFF'>): number {
  return values.dFF === D_FF_FOLLOWS ? 4 * values.dModel : values.dFF;
}

/**
 * Heads must divide d_model: moving either keeps the nearest head count that
 * does (see fitHeads). When d_model moves, a tie leans the same way, which
 * keeps d_head where it was (768 → 1,024 takes 12 heads to 16, d_head 64).
 */
export function constrainGptBlock(next: GptBlockValues, previous: GptBlockValues): GptBlockValues {
  const moved = next.nHeads !== previous.nHeads;
  const nHeads = fitHeads(
    next.dModel,
    next.nHeads,
    moved ? { from: previous.nHeads } : { lean: next.dModel - previous.dModel },
  );
  return nHeads === next.nHeads ? next : { ...next, nHeads };
}

export const gptBlockModel: WidgetModel<GptBlockSchema> = {
  ...widgetMeta('gpt-block'),
  schema: gptBlockSchema,
  constrain: constrainGptBlock,
  stress: { values: { dModel: 16_384, nHeads: 128, dFF: D_FF_FOLLOWS }, control: 'd_model' },
  explain: (name, requested, applied) =>
    name === 'nHeads' ? whyHeadsMisfit(applied.dModel, requested as number) : undefined,
  presets: [
    { id: 'gpt2-small', label: 'GPT‑2 small', values: { dModel: gpt2.dModel, nHeads: gpt2.nHeads, dFF: D_FF_FOLLOWS } },
    { id: 'gpt3-175b', label: 'GPT‑3 175B', values: { dModel: gpt3.dModel, nHeads: gpt3.nHeads, dFF: D_FF_FOLLOWS } },
    { id: 'tiny', label: 'Tiny · d_model 64', values: { dModel: 64, nHeads: 4, dFF: D_FF_FOLLOWS } },
  ],
};
