import { choice, num, type NumberParam } from '../../state/schema.js';
import type { WidgetModel } from '../../state/useWidgetStore.js';
import type { Activation } from '../../models/neuron.js';
import { widgetMeta } from '../catalog.js';

const weight = (i: number, value: number): NumberParam =>
  num({ key: `w${i}`, label: `weight w${i} of synapse ${i}`, min: -2, max: 2, step: 0.05, default: value });
const input = (i: number, value: number): NumberParam =>
  num({ key: `x${i}`, label: `input x${i} (firing rate)`, min: 0, max: 1, step: 0.05, default: value });

export const synapseSchema = {
  w1: weight(1, 0.8),
  w2: weight(2, -0.6),
  w3: weight(3, 0.3),
  x1: input(1, 0.9),
  x2: input(2, 0.5),
  x3: input(3, 0.7),
  b: num({ key: 'b', label: 'bias b', min: -2, max: 2, step: 0.05, default: -0.2 }),
  activation: choice<Activation>({
    key: 'activation',
    label: 'activation σ',
    options: [
      { value: 'relu', label: 'ReLU' },
      { value: 'tanh', label: 'tanh' },
      { value: 'sigmoid', label: 'sigmoid' },
    ],
    default: 'sigmoid',
  }),
};

export type SynapseSchema = typeof synapseSchema;

export const SYNAPSES = [1, 2, 3] as const;
export type SynapseIndex = (typeof SYNAPSES)[number];

export const synapseModel: WidgetModel<SynapseSchema> = {
  ...widgetMeta('synapse'),
  schema: synapseSchema,
  stress: { values: {}, control: 'weight w1 of synapse 1' },
  presets: [
    { id: 'mixed', label: 'Mixed', values: { w1: 0.8, w2: -0.6, w3: 0.3, b: -0.2 } },
    { id: 'excitatory', label: 'All excitatory', values: { w1: 0.8, w2: 0.6, w3: 0.3, b: -0.2 } },
    {
      id: 'inhibited',
      label: 'Inhibition wins',
      values: { w1: 0.8, w2: -2, w3: 0.3, x2: 1, b: -0.2, activation: 'relu' },
    },
    { id: 'silent', label: 'All synapses off', values: { w1: 0, w2: 0, w3: 0 } },
  ],
};

/** The largest |z| the schema allows: every weight and input at its extreme, plus the largest bias. */
export const Z_MAX =
  SYNAPSES.length *
    Math.max(Math.abs(synapseSchema.w1.min), synapseSchema.w1.max) *
    Math.max(Math.abs(synapseSchema.x1.min), synapseSchema.x1.max) +
  Math.max(Math.abs(synapseSchema.b.min), synapseSchema.b.max);
