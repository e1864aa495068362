import type { FocusCodec } from '../../state/useFocus.js';

/**
 * What the reader points at in the spikes widget: a count row (`spikes`,
 * `rate`, `output`, `output-rate`) or a formula term (`w` for the inputs'
 * weight, `theta` the threshold, `tau`, `peak` the potential).
 */
export type SpikeFocus = { kind: 'spikes' | 'rate' | 'w' | 'output' | 'output-rate' | 'theta' | 'tau' | 'peak' };

/** The part of the spike diagram a focus points at. */
export type SpikePart = 'inputs' | 'output' | 'threshold' | 'trace';

const PART: Readonly<Record<SpikeFocus['kind'], SpikePart>> = {
  spikes: 'inputs',
  rate: 'inputs',
  w: 'inputs',
  output: 'output',
  'output-rate': 'output',
  theta: 'threshold',
  tau: 'trace',
  peak: 'trace',
};

const isKind = (id: string): id is SpikeFocus['kind'] => Object.hasOwn(PART, id);

/** Store ids: the row's or term's own name. */
export const spikeFocus: FocusCodec<SpikeFocus> = {
  parse: (id) => (id !== null && isKind(id) ? { kind: id } : null),
  id: (focus) => focus.kind,
};

export function spikePartOf(focus: SpikeFocus | null): SpikePart | null {
  return focus === null ? null : PART[focus.kind];
}

/** Whether `part` is lit while `focused` is; with a part in focus, the others are dimmed. */
export function partLit(focused: SpikePart | null, part: SpikePart): boolean {
  return focused === part;
}
