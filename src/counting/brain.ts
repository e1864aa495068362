import { product, wholeNumber } from './errors.js';

/**
 * A nervous system as published: how many neurons, and how many synapses an
 * average neuron has. Both are estimates from the literature, inputs to the
 * library; the total number of synapses is their product.
 *
 * @example the human brain: { neurons: 86e9, synapsesPerNeuron: 7000 }
 */
export interface NervousSystemSpec {
  neurons: number;
  synapsesPerNeuron: number;
}

/** Totals of a nervous system, in the same terms as a model's {@link Count} (no parameters: a brain has none to count). */
export interface NervousSystemCount {
  neurons: number;
  synapsesPerNeuron: number;
  /** neurons × synapsesPerNeuron. */
  synapses: number;
}

export function countNervousSystem(spec: NervousSystemSpec): NervousSystemCount {
  const neurons = wholeNumber(spec.neurons, 'neurons');
  const synapsesPerNeuron = wholeNumber(spec.synapsesPerNeuron, 'synapsesPerNeuron');
  return { neurons, synapsesPerNeuron, synapses: product('synapsesPerNeuron', neurons, synapsesPerNeuron) };
}
