import type { Count } from '../../counting/index.js';
import { formatCount, formatDecimal } from '../../format/numbers.js';
import { CORTEX_ACTIVE } from './cortex.js';

/** A share as a percentage: one decimal, two below 1% so a small share does not print as 0. */
export function formatShare(part: number, whole: number): string {
  const percent = (100 * part) / whole;
  return `${formatDecimal(percent, percent < 1 ? 2 : 1)}%`;
}

/** The cortex's estimate as a whole percentage: “1%”. */
export const cortexShare = `${formatDecimal(100 * CORTEX_ACTIVE.fraction, 0)}%`;

/** The diagram's text alternative: the token, where it is sent and with what weights. */
export function diagramText(token: string, weights: readonly number[], chosen: readonly number[]): string {
  const shares = chosen.map((e) => `expert ${e + 1} (${formatShare(weights[e]!, 1)})`).join(', ');
  const skipped = weights.length - chosen.length;
  return `The router sends “${token}” to ${chosen.length} of ${weights.length} experts: ${shares}. ${
    skipped === 0 ? 'No expert is left dark.' : `The other ${skipped} stay dark.`
  }`;
}

/** What pointing at or tapping expert `expert` tells. */
export function expertDetail(expert: number, weights: readonly number[], chosen: readonly number[], dExpert: number) {
  const rank = chosen.indexOf(expert);
  const weight = `router weight ${formatShare(weights[expert]!, 1)}`;
  return rank >= 0
    ? `Expert ${expert + 1}: ${weight}, choice ${rank + 1} of ${chosen.length}. Its ${formatCount(dExpert)}-neuron layers fire for this token.`
    : `Expert ${expert + 1}: ${weight}, not among the top ${chosen.length}. Its neurons stay silent for this token.`;
}

/** The share of the block's neurons one token uses, beside the cortex's estimate. */
export function shareText(count: Count): string {
  return `One token uses ${formatShare(count.active.neurons, count.neurons)} of this block’s neurons and ${formatShare(
    count.active.parameters,
    count.parameters,
  )} of its parameters. In human cortex, possibly fewer than ${cortexShare} of neurons can be strongly active at once (Lennie 2003).`;
}

/** The counts in one sentence, for the live region. */
export function summary(count: Count, chosen: number, nExperts: number): string {
  return `${chosen} of ${nExperts} experts. One token uses ${formatCount(count.active.neurons)} of ${formatCount(
    count.neurons,
  )} neurons and ${formatCount(count.active.synapses)} of ${formatCount(count.synapses)} synapses.`;
}
