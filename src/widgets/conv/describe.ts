import type { Count } from '../../counting/index.js';
import { formatCount, formatQuantity } from '../../format/numbers.js';
import { dimsOf, type ConvValues, type Dims } from './model.js';

/** The kernel's sides as the text writes them: "3", "3 × 3", "3 × 3 × 3". */
export function kernelShape(kernel: number, dims: Dims): string {
  return Array.from({ length: dims }, () => formatCount(kernel)).join(' × ');
}

const NOUN: Record<Dims, string> = { 1: 'sequence', 2: 'map', 3: 'clip of frames' };

/** The diagram's text alternative, with the current numbers from the library's count (none while the counts are hidden). */
export function describeConv(v: ConvValues, neuron: number, count?: Count): string {
  const dims = dimsOf(v);
  const reads = v.inChannels / v.groups;
  const group =
    v.groups === 1
      ? v.inChannels === 1
        ? 'its one input channel'
        : `all ${formatCount(v.inChannels)} input channels`
      : `the ${formatCount(reads)} input ${reads === 1 ? 'channel' : 'channels'} of its group (group ${formatCount(
          Math.floor(neuron / (v.outChannels / v.groups)) + 1,
        )} of ${formatCount(v.groups)})`;
  return (
    `Input: ${formatCount(v.inChannels)} channels, each a ${NOUN[dims]}. ` +
    `Neuron ${formatCount(neuron + 1)} of ${formatCount(v.outChannels)} reads ${group} through a ` +
    `${kernelShape(v.kernel, dims)} kernel in each, highlighted${count ? `: ${formatQuantity(count.synapsesPerNeuron, 'synapses')}` : ''}. ` +
    `Output: ${formatCount(v.outChannels)} ${NOUN[dims]}s, one per neuron, each made by applying that neuron at every position.`
  );
}

/** The numbers the layer's formula (layer.tex) shows, one per slot: W's shape and the synapse product. */
export function layerFormulaValues(
  {
    outChannels,
    inChannels,
    groups,
    kernelShape: k,
  }: { outChannels: number; inChannels: number; groups: number; kernelShape: string },
  count: Count,
): Record<string, string> {
  return {
    out: formatCount(outChannels),
    cing: formatCount(inChannels / groups),
    cin: formatCount(inChannels),
    g: formatCount(groups),
    kshape: k,
    kcomma: k.replaceAll(' × ', ', '),
    per: formatCount(count.synapsesPerNeuron),
    s: formatCount(count.synapses),
  };
}
