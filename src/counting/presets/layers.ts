import type {
  AdaptivePoolLayer,
  BatchNormLayer,
  ConvLayer,
  LinearLayer,
  PassLayer,
  PoolLayer,
} from '../network/spec.js';

/** Short builders so the presets read like their PyTorch source. */
type ConvOptions = Pick<ConvLayer, 'stride' | 'padding' | 'bias' | 'name'>;

/** `nn.Conv2d(inChannels, outChannels, kernelSize, stride, padding, bias)`. */
export const conv = (
  inChannels: number,
  outChannels: number,
  kernelSize: number,
  options: ConvOptions = {},
): ConvLayer => ({
  kind: 'conv',
  inChannels,
  outChannels,
  kernelSize,
  ...options,
});

export const linear = (inFeatures: number, outFeatures: number, name?: string): LinearLayer => ({
  kind: 'linear',
  inFeatures,
  outFeatures,
  name,
});

export const batchNorm = (features: number, name?: string): BatchNormLayer => ({ kind: 'batchnorm', features, name });

export const act = (fn: string, name?: string): PassLayer => ({ kind: 'activation', fn, name });

export const dropout = (name?: string): PassLayer => ({ kind: 'dropout', name });

export const maxPool = (kernelSize: number, stride?: number, padding?: number, name?: string): PoolLayer => ({
  kind: 'pool',
  mode: 'max',
  kernelSize,
  stride,
  padding,
  name,
});

export const avgPool = (kernelSize: number, stride?: number): PoolLayer => ({
  kind: 'pool',
  mode: 'avg',
  kernelSize,
  stride,
});

export const adaptiveAvgPool = (output: number, name = 'avgpool'): AdaptivePoolLayer => ({
  kind: 'adaptive-pool',
  mode: 'avg',
  output,
  name,
});
