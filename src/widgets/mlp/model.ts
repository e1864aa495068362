import { flag, int, intList } from '../../state/schema.js';
import type { WidgetModel } from '../../state/useWidgetStore.js';
import { widgetMeta } from '../catalog.js';

export const MAX_WIDTH = 65_536;
export const MAX_LAYERS = 8;

export const mlpSchema = {
  input: int({ key: 'input', label: 'input size n', min: 1, max: MAX_WIDTH, log: true, unit: 'inputs', default: 3 }),
  /** One entry per layer; the number of layers is its length. */
  widths: intList({
    key: 'widths',
    label: 'layer widths m',
    min: 1,
    max: MAX_WIDTH,
    maxLength: MAX_LAYERS,
    default: [2, 2],
  }),
  bias: flag({ key: 'bias', label: 'bias (one extra parameter per neuron)', default: true }),
};

export type MlpSchema = typeof mlpSchema;

export const mlpModel: WidgetModel<MlpSchema> = {
  ...widgetMeta('mlp'),
  schema: mlpSchema,
  stress: {
    values: { input: 65_536, widths: Array.from({ length: MAX_LAYERS }, () => MAX_WIDTH) },
    control: 'width of layer 1 (m1)',
  },
  presets: [
    { id: 'two-layer', label: '3 → 2 → 2', values: { input: 3, widths: [2, 2] } },
    { id: 'four-layer', label: 'Four layers of 3', values: { input: 3, widths: [3, 3, 3, 3] } },
    { id: 'mnist', label: 'MNIST 784 → 512 → 512 → 10', values: { input: 784, widths: [512, 512, 10] } },
    { id: 'gpt3-mlp', label: 'GPT‑3’s MLP', values: { input: 12_288, widths: [49_152, 12_288] } },
  ],
};

/** [inputs, width₁, …] as the counting library's countMlp takes it. */
export const sizesOf = (input: number, widths: readonly number[]): number[] => [input, ...widths];

/** Widths for `layers` layers: cut, or extended by repeating the last width. */
export function resizeWidths(widths: readonly number[], layers: number): number[] {
  const last = widths[widths.length - 1] ?? 1;
  return Array.from({ length: layers }, (_, i) => widths[i] ?? last);
}
