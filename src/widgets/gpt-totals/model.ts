import type { WidgetModel } from '../../state/useWidgetStore.js';
import { constrainSizes, gptSizePresets, gptSizesSchema, type GptSizesSchema } from '../gpt-sizes/schema.js';

export const gptTotalsModel: WidgetModel<GptSizesSchema> = {
  id: 'gpt-totals',
  title: 'A GPT’s neurons and synapses beside a human brain',
  schema: gptSizesSchema,
  constrain: constrainSizes,
  presets: gptSizePresets,
};
