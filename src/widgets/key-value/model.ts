import { choice, num } from '../../state/schema.js';
import type { WidgetModel } from '../../state/useWidgetStore.js';
import type { Activation, Vec3 } from '../../models/keyValue.js';
import { widgetMeta } from '../catalog.js';

const input = (n: 1 | 2 | 3, fallback: number) =>
  num({ key: `x${n}`, label: `input x${'₁₂₃'[n - 1]}`, min: -1, max: 1, step: 0.05, default: fallback });

export const keyValueSchema = {
  // A default that switches on four keys with four different strengths, one of them (k₇) pointing away from the rest.
  x1: input(1, 0.8),
  x2: input(2, 0.6),
  x3: input(3, -0.7),
  activation: choice<Activation>({
    key: 'activation',
    label: 'activation of the key neurons',
    options: [
      { value: 'relu', label: 'ReLU' },
      { value: 'none', label: 'none (linear)' },
    ],
    default: 'relu',
  }),
};

export type KeyValueSchema = typeof keyValueSchema;

export const keyValueModel: WidgetModel<KeyValueSchema> = {
  ...widgetMeta('key-value'),
  schema: keyValueSchema,
  stress: { values: {}, control: 'input x₁' },
  presets: [
    { id: 'mixed', label: 'x = (0.8, 0.6, −0.7)', values: { x1: 0.8, x2: 0.6, x3: -0.7 } },
    { id: 'corner', label: 'x along k₁ (1, 1, 1)', values: { x1: 1, x2: 1, x3: 1 } },
    { id: 'opposite', label: 'x = (−1, −1, −1)', values: { x1: -1, x2: -1, x3: -1 } },
  ],
};

export const inputOf = (s: { x1: number; x2: number; x3: number }): Vec3 => [s.x1, s.x2, s.x3];
