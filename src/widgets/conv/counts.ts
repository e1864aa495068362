import { countConv, countLinear, type ConvSpec, type Count } from '../../counting/index.js';
import { dimsOf, type ConvValues } from './model.js';

/** The widget's values as the counting library's `countConv` takes them. */
export function convSpecOf(v: ConvValues): ConvSpec {
  return {
    inChannels: v.inChannels,
    outChannels: v.outChannels,
    kernelSize: v.kernel,
    dims: dimsOf(v),
    groups: v.groups,
    bias: v.bias,
  };
}

/** A 1 × 1 convolution side by side with the linear layer whose neurons it matches. */
export interface KernelOneComparison {
  conv: Count;
  linear: Count;
  /** in_channels / groups: what each neuron of both layers listens to. */
  inFeatures: number;
  /** Whether the library gives both the same neurons, synapses per neuron, synapses and parameters. */
  same: boolean;
}

/**
 * With kernel 1 a convolutional neuron sees one position of in_channels / groups
 * channels: a linear neuron of that many synapses, applied at every position.
 * Undefined for larger kernels.
 */
export function compareKernelOne(v: ConvValues): KernelOneComparison | undefined {
  if (v.kernel !== 1) return undefined;
  const conv = countConv(convSpecOf(v));
  const inFeatures = v.inChannels / v.groups;
  const linear = countLinear({ inFeatures, outFeatures: v.outChannels, bias: v.bias });
  const same =
    conv.neurons === linear.neurons &&
    conv.synapsesPerNeuron === linear.synapsesPerNeuron &&
    conv.synapses === linear.synapses &&
    conv.parameters === linear.parameters;
  return { conv, linear, inFeatures, same };
}
