import { product, SizeError } from './errors.js';
import type { Count, Part } from './types.js';

/**
 * A weight matrix of `neurons` rows and `synapsesPerNeuron` columns, plus
 * `biases` extra parameters. `field` is named if the total is too large.
 */
export function matrixPart(
  name: string,
  neurons: number,
  synapsesPerNeuron: number,
  biases: number,
  field: string,
): Part {
  const synapses = product(field, neurons, synapsesPerNeuron);
  return { name, neurons, synapsesPerNeuron, synapses, parameters: safeSum(field, [synapses, biases]) };
}

/** Parameters that belong to no neuron: norms, embedding tables, biases kept apart. */
export function parameterPart(name: string, parameters: number): Part {
  return { name, neurons: 0, synapsesPerNeuron: 0, synapses: 0, parameters };
}

/** The same part repeated `times` times (e.g. over n_layers blocks), keeping its name. */
export function repeatPart(part: Part, times: number, field: string): Part {
  return {
    name: part.name,
    neurons: product(field, part.neurons, times),
    synapsesPerNeuron: part.synapsesPerNeuron,
    synapses: product(field, part.synapses, times),
    parameters: product(field, part.parameters, times),
  };
}

function safeSum(field: string, values: number[]): number {
  const total = values.reduce((a, b) => a + b, 0);
  if (!Number.isSafeInteger(total)) {
    throw new SizeError(field, 'makes a total past Number.MAX_SAFE_INTEGER');
  }
  return total;
}

/**
 * Totals of `parts` (e.g. a model's attention parts alone); synapses per neuron
 * is synapses ÷ neurons, unrounded (0 when there are no neurons). `field` is
 * named if a total passes Number.MAX_SAFE_INTEGER.
 */
export function countOf(parts: Part[], field: string): Count {
  const neurons = safeSum(
    field,
    parts.map((p) => p.neurons),
  );
  const synapses = safeSum(
    field,
    parts.map((p) => p.synapses),
  );
  const parameters = safeSum(
    field,
    parts.map((p) => p.parameters),
  );
  return { neurons, synapses, synapsesPerNeuron: neurons === 0 ? 0 : synapses / neurons, parameters, parts };
}
