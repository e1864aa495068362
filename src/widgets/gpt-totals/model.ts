import type { WidgetModel } from '../../state/useWidgetStore.js';
import { constrainSizes, gptSizePresets, gptSizesSchema, type GptSizesSchema } from '../gpt-sizes/schema.js';
import { widgetMeta } from '../catalog.js';

export const gptTotalsModel: WidgetModel<GptSizesSchema> = {
  ...widgetMeta('gpt-totals'),
  schema: gptSizesSchema,
  constrain: constrainSizes,
  presets: gptSizePresets,
};
