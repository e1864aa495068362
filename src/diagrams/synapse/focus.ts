/**
 * What the reader points at in the synapse widget, shared by the formula,
 * the value rows, the controls and the diagrams. Focus ids: `w1`…`w3` (a
 * synapse), `x1`…`x3` (an input), `sum`, `b`, `z`, `y`, `act` (σ).
 */
export type NeuronPart = 'neuron' | 'bias' | 'output' | 'curve';

/** Synapse `index` (from 0) is lit by its weight, its input, or the weighted sum. */
export function synapseLit(focus: string | null, index: number): boolean | undefined {
  if (focus === null) return undefined;
  return focus === 'sum' || focus === `w${index + 1}` || focus === `x${index + 1}`;
}

export function inputLit(focus: string | null, index: number): boolean | undefined {
  if (focus === null) return undefined;
  return focus === 'sum' || focus === `x${index + 1}`;
}

const PARTS: Readonly<Record<string, readonly NeuronPart[]>> = {
  b: ['bias'],
  z: ['neuron', 'curve'],
  y: ['output', 'curve'],
  act: ['curve'],
  sum: ['neuron'],
};

export function partLit(focus: string | null, part: NeuronPart): boolean | undefined {
  if (focus === null) return undefined;
  return PARTS[focus]?.includes(part) ?? false;
}
