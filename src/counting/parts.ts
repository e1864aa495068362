import { product, SizeError } from './errors.js';
import type { Count, Part, Usage } from './types.js';

/**
 * A weight matrix of `neurons` rows and `synapsesPerNeuron` columns, plus
 * `biases` extra parameters. `field` is named if the total is too large.
 */
export function matrixPart<N extends string>(
  name: N,
  neurons: number,
  synapsesPerNeuron: number,
  biases: number,
  field: string,
): Part<N> {
  const synapses = product(field, neurons, synapsesPerNeuron);
  return { name, neurons, synapsesPerNeuron, synapses, parameters: safeSum(field, [synapses, biases]) };
}

/** Parameters that belong to no neuron: norms, embedding tables, biases kept apart. */
export function parameterPart<N extends string>(name: N, parameters: number): Part<N> {
  return { name, neurons: 0, synapsesPerNeuron: 0, synapses: 0, parameters };
}

const usage = ({ neurons, synapses, parameters }: Usage): Usage => ({ neurons, synapses, parameters });

function times(value: Usage, n: number, field: string): Usage {
  return {
    neurons: product(field, value.neurons, n),
    synapses: product(field, value.synapses, n),
    parameters: product(field, value.parameters, n),
  };
}

/** The same part repeated `times` times (e.g. over n_layers blocks), keeping its name. */
export function repeatPart<N extends string>(part: Part<N>, n: number, field: string): Part<N> {
  const repeated: Part<N> = { ...part, ...times(part, n, field) };
  if (part.active !== undefined) repeated.active = times(part.active, n, field);
  return repeated;
}

/**
 * `experts` copies of one expert's `part`, stacked, of which each token uses
 * `used`: the totals count every copy, `active` only the used ones.
 */
export function routedPart<N extends string>(part: Part<N>, experts: number, used: number, field: string): Part<N> {
  return { ...repeatPart(part, experts, field), active: times(part, used, field) };
}

function safeSum(field: string, values: number[]): number {
  const total = values.reduce((a, b) => a + b, 0);
  if (!Number.isSafeInteger(total)) {
    throw new SizeError(field, 'makes a total past Number.MAX_SAFE_INTEGER');
  }
  return total;
}

/**
 * Totals of `parts` (e.g. a model's attention parts alone), with what one
 * token uses of them in `active`; synapses per neuron is synapses ÷ neurons,
 * unrounded (0 when there are no neurons). `field` is named if a total
 * passes Number.MAX_SAFE_INTEGER.
 */
export function countOf<N extends string>(parts: Part<N>[], field: string): Count<N> {
  const sum = (values: Usage[], key: keyof Usage) =>
    safeSum(
      field,
      values.map((v) => v[key]),
    );
  const used = parts.map((p) => p.active ?? usage(p));
  const neurons = sum(parts, 'neurons');
  const synapses = sum(parts, 'synapses');
  return {
    neurons,
    synapses,
    synapsesPerNeuron: neurons === 0 ? 0 : synapses / neurons,
    parameters: sum(parts, 'parameters'),
    active: { neurons: sum(used, 'neurons'), synapses: sum(used, 'synapses'), parameters: sum(used, 'parameters') },
    parts,
  };
}
