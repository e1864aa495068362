import type { FocusCodec } from '../../state/useFocus.js';

/**
 * What the reader points at in the conv widget, shared by the formula terms,
 * the count rows, the controls and the diagram: a formula term or control
 * (`in`, `kernel`, `groups`, `out`), a count row, or one neuron (from 0).
 */
export type ConvFocus =
  | { kind: 'in' | 'kernel' | 'groups' | 'out' }
  | { kind: 'neurons' | 'per-neuron' | 'synapses' | 'parameters' }
  | { kind: 'neuron'; index: number };

export type ConvPart = 'inputs' | 'kernel' | 'neuron' | 'outputs' | 'groups';

type NamedKind = Exclude<ConvFocus['kind'], 'neuron'>;

const PARTS: Readonly<Record<NamedKind, readonly ConvPart[]>> = {
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

const isNamed = (id: string): id is NamedKind => Object.hasOwn(PARTS, id);

/** Store ids: the term's, control's or count row's own name, or `neuron:<j>`. */
export const convFocus: FocusCodec<ConvFocus> = {
  parse(id) {
    if (id === null) return null;
    if (isNamed(id)) return { kind: id };
    const neuron = /^neuron:(\d+)$/.exec(id);
    return neuron ? { kind: 'neuron', index: Number(neuron[1]) } : null;
  },
  id: (focus) => (focus.kind === 'neuron' ? `neuron:${focus.index}` : focus.kind),
};

/** The neuron the focus names, if it names one. */
export const focusedNeuron = (focus: ConvFocus | null): number | null =>
  focus?.kind === 'neuron' ? focus.index : null;

/** Whether `focus` lights diagram part `part`; with anything in focus, the parts it does not light are dimmed. */
export function partLit(focus: ConvFocus | null, part: ConvPart): boolean {
  if (focus === null) return false;
  if (focus.kind === 'neuron') return part === 'neuron' || part === 'kernel';
  return PARTS[focus.kind].includes(part);
}
