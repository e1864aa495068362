/**
 * Which part of the spike diagram a count row or formula term points at.
 * Focus ids: `spikes`, `rate`, `w` (the inputs), `output`, `output-rate`,
 * `theta` (the threshold), `tau`, `peak` (the potential).
 */
export type SpikePart = 'inputs' | 'output' | 'threshold' | 'trace';

export function spikePartOf(focus: string | null): SpikePart | null {
  switch (focus) {
    case 'spikes':
    case 'rate':
    case 'w':
      return 'inputs';
    case 'output':
    case 'output-rate':
      return 'output';
    case 'theta':
      return 'threshold';
    case 'tau':
    case 'peak':
      return 'trace';
    default:
      return null;
  }
}

/** `data-lit` for a part: undefined when nothing is focused, so nothing dims. */
export function litFor(focused: SpikePart | null, part: SpikePart): boolean | undefined {
  return focused === null ? undefined : focused === part;
}
