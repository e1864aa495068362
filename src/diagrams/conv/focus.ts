/**
 * What the reader points at in the conv widget, shared by the formula terms,
 * the count rows, the controls and the diagram. Focus ids in the store:
 * `in`, `kernel`, `groups`, `out` (formula terms and controls), `neurons`,
 * `per-neuron`, `synapses`, `parameters` (count rows), `neuron:<j>` (a neuron, from 0).
 */
export type ConvPart = 'inputs' | 'kernel' | 'neuron' | 'outputs' | 'groups';

const PARTS: Readonly<Record<string, readonly ConvPart[]>> = {
  // The channels a neuron reads, with its kernel in them and the output it makes there.
  in: ['inputs', 'kernel', 'neuron'],
  kernel: ['kernel', 'neuron'],
  groups: ['groups', 'kernel'],
  out: ['outputs'],
  neurons: ['outputs', 'neuron'],
  'per-neuron': ['kernel', 'neuron'],
  synapses: ['kernel', 'outputs'],
  parameters: ['kernel', 'outputs', 'neuron'],
};

export const neuronFocus = (j: number) => `neuron:${j}`;

/** The neuron a focus id names, if it names one. */
export function focusedNeuron(focus: string | null): number | undefined {
  const match = focus?.match(/^neuron:(\d+)$/);
  return match ? Number(match[1]) : undefined;
}

/** The diagram parts to light for `focus`; null when nothing is focused (nothing is dimmed). */
export function litParts(focus: string | null): ReadonlySet<ConvPart> | null {
  if (focus === null) return null;
  if (focusedNeuron(focus) !== undefined) return new Set<ConvPart>(['neuron', 'kernel']);
  return new Set(PARTS[focus] ?? []);
}

/** `data-lit` for an element of `part`: undefined while nothing is focused. */
export function litAttr(lit: ReadonlySet<ConvPart> | null, part: ConvPart): boolean | undefined {
  return lit === null ? undefined : lit.has(part);
}
