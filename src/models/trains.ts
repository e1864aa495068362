/**
 * The input spike trains the widget feeds its neuron. Every train has the
 * same number of spikes N in the same 100 ms window, so the same rate
 * (10·N spikes/s): only their timing differs.
 */
export const WINDOW_MS = 100;
/** The seed's bunched example: all of one input's spikes within its first (or last) 20 ms. */
export const BUNCHED_MS = 20;

/** N spikes evenly spaced in [start, start + width], at fraction `phase` of each slot. */
function evenly(n: number, start: number, width: number, phase: number): number[] {
  return Array.from({ length: n }, (_, k) => start + ((k + phase) * width) / n);
}

/**
 * Two inputs A and B, morphing from spread to bunched as `bunching` goes 0 → 1.
 * At 0 both spread over the whole window, B's spikes half-way between A's, so
 * they never arrive together; at 1, A fires all its spikes in the first 20 ms
 * and B in the last 20 ms. B is always A mirrored in time.
 */
export function timingTrains(n: number, bunching: number): [number[], number[]] {
  const width = WINDOW_MS - (WINDOW_MS - BUNCHED_MS) * bunching;
  return [evenly(n, 0, width, 0.25), evenly(n, WINDOW_MS - width, width, 0.75)];
}

/**
 * The two ears' auditory nerves, phase-locked to one sound: N evenly spaced
 * spikes each, the right ear's earlier by the interaural time difference
 * `itd` (ms; positive when the sound comes from the right). Each train moves
 * by half of it, so both stay inside the window for |itd| ≤ 100/N.
 */
export function earTrains(n: number, itd: number): { left: number[]; right: number[] } {
  const base = evenly(n, 0, WINDOW_MS, 0.5);
  return { left: base.map((t) => t + itd / 2), right: base.map((t) => t - itd / 2) };
}
