import { formatCount, unitFor } from '../../format/numbers.js';
import type { KernelOneComparison } from './counts.js';

/** Shown when k = 1: the library's counts for this layer beside those of the linear layer it equals. */
export function KernelOneNote({ comparison, groups }: { comparison: KernelOneComparison; groups: number }) {
  const { conv, linear, inFeatures, same } = comparison;
  const layer = <code>{`nn.Linear(${formatCount(inFeatures)}, ${formatCount(linear.neurons)})`}</code>;
  return (
    <div className="kernel-one" data-same={same}>
      <p className="kernel-one-title">
        {same ? 'k = 1: each neuron is a linear neuron' : 'k = 1, yet the counts differ from a linear layer'}
      </p>
      <p>
        It sees a single position of {formatCount(inFeatures)} input {unitFor(inFeatures, 'channels')}
        {groups > 1 ? ' (its group)' : ''}, one synapse each, and is applied at every position. {layer} has{' '}
        {same ? 'the same ' : ''}
        <span className="neuron-text">{formatCount(linear.neurons)}</span> {unitFor(linear.neurons, 'neurons')} of{' '}
        <span className="synapse-text">{formatCount(linear.synapsesPerNeuron)}</span>{' '}
        {unitFor(linear.synapsesPerNeuron, 'synapses')},{' '}
        <span className="synapse-text">{formatCount(linear.synapses)}</span> {unitFor(linear.synapses, 'synapses')} and{' '}
        <span className="param-text">{formatCount(linear.parameters)}</span> {unitFor(linear.parameters, 'parameters')}
        {same
          ? '.'
          : `; this layer has ${formatCount(conv.neurons)}, ${formatCount(conv.synapsesPerNeuron)}, ${formatCount(conv.synapses)} and ${formatCount(conv.parameters)}.`}
        {groups > 1 && same
          ? ` With ${formatCount(groups)} groups the layer is ${formatCount(groups)} linear layers side by side, each nn.Linear(${formatCount(inFeatures)}, ${formatCount(linear.neurons / groups)}); together they count the same.`
          : ''}
      </p>
    </div>
  );
}
