import { choice, flag, int, type Values } from '../../state/schema.js';
import type { WidgetModel } from '../../state/useWidgetStore.js';
import { largestDivisorAtMost } from './divisors.js';
import { widgetMeta } from '../catalog.js';

export const MAX_CHANNELS = 2048;

export type Dims = 1 | 2 | 3;

export const convSchema = {
  inChannels: int({
    key: 'in_channels',
    label: 'in_channels (input channels)',
    min: 1,
    max: MAX_CHANNELS,
    log: true,
    unit: 'input channels',
    default: 3,
  }),
  outChannels: int({
    key: 'out_channels',
    label: 'out_channels (neurons)',
    min: 1,
    max: MAX_CHANNELS,
    log: true,
    unit: 'neurons',
    default: 16,
  }),
  kernel: int({ key: 'kernel', label: 'kernel size k', min: 1, max: 11, unit: 'cells a side', default: 3 }),
  dims: choice({
    key: 'dims',
    label: 'dimensions d',
    options: [
      { value: '1', label: '1-D' },
      { value: '2', label: '2-D' },
      { value: '3', label: '3-D' },
    ],
    default: '2',
  }),
  /** Must divide in_channels and out_channels; `constrainConv` keeps it so. */
  groups: int({ key: 'groups', label: 'groups g', min: 1, max: MAX_CHANNELS, unit: 'groups', default: 1 }),
  bias: flag({ key: 'bias', label: 'bias (one extra parameter per neuron)', default: true }),
};

export type ConvSchema = typeof convSchema;
export type ConvValues = Values<ConvSchema>;

/** Groups must divide both channel counts: keep the largest divisor of both not above the requested groups. */
export function constrainConv(next: ConvValues): ConvValues {
  const groups = largestDivisorAtMost(next.inChannels, next.outChannels, next.groups);
  return groups === next.groups ? next : { ...next, groups };
}

export const convModel: WidgetModel<ConvSchema> = {
  ...widgetMeta('conv'),
  schema: convSchema,
  constrain: constrainConv,
  stress: {
    values: { inChannels: MAX_CHANNELS, outChannels: MAX_CHANNELS, kernel: 11, dims: '3', groups: 1 },
    control: 'in_channels (input channels)',
  },
  presets: [
    {
      id: 'small-cnn',
      label: 'Small CNN, first layer (3 → 16, 3×3)',
      values: { inChannels: 3, outChannels: 16, kernel: 3, dims: '2', groups: 1 },
    },
    {
      id: 'resnet',
      label: 'ResNet 3×3 (256 → 256)',
      values: { inChannels: 256, outChannels: 256, kernel: 3, dims: '2', groups: 1 },
    },
    {
      id: 'depthwise',
      label: 'Depthwise 3×3 (32)',
      values: { inChannels: 32, outChannels: 32, kernel: 3, dims: '2', groups: 32 },
    },
    {
      id: 'pointwise',
      label: 'Pointwise 1×1 (32 → 64)',
      values: { inChannels: 32, outChannels: 64, kernel: 1, dims: '2', groups: 1 },
    },
    {
      id: 'audio',
      label: '1-D audio (80 → 384, k 3)',
      values: { inChannels: 80, outChannels: 384, kernel: 3, dims: '1', groups: 1 },
    },
    {
      id: 'video',
      label: '3-D video (3 → 64, 3×3×3)',
      values: { inChannels: 3, outChannels: 64, kernel: 3, dims: '3', groups: 1 },
    },
  ],
};

export const dimsOf = (values: Pick<ConvValues, 'dims'>): Dims => Number(values.dims) as Dims;

/** The settings that make the layer depthwise: one input channel per neuron, as many neurons as channels. */
export function depthwise(inChannels: number): Partial<ConvValues> {
  return { outChannels: inChannels, groups: inChannels };
}

export const isDepthwise = (v: Pick<ConvValues, 'inChannels' | 'outChannels' | 'groups'>): boolean =>
  v.groups === v.inChannels && v.groups === v.outChannels;
