import type { GptPreset } from '../counting/index.js';
import { formatCount } from '../format/numbers.js';

export interface PublishedComparison {
  /** The figure as its source prints it: "175.0B", "124,439,808". */
  printed: string;
  /** The library's count, printed the same way: "174.6B". */
  counted: string;
  /** Whether the count is the published figure exactly (a source that prints every digit). */
  exact: boolean;
  /** count ÷ published − 1: −0.0023 is 0.23% below. */
  relative: number;
}

/** The multipliers of a printed size's last letter: "175.0B" is in billions. */
export const UNITS: Readonly<Record<string, number>> = { K: 1e3, M: 1e6, B: 1e9 };

/**
 * The library's count beside a model's published parameter count, rounded as
 * the source rounds it ("175.0B" has one decimal of billions), so the two
 * read side by side.
 */
export function compareWithPublished(published: GptPreset['published'], parameters: number): PublishedComparison {
  const relative = parameters / published.parameters - 1;
  const rounded = /^(\d+)(?:\.(\d+))?([KMB])$/.exec(published.as);
  if (rounded === null) {
    return {
      printed: published.as,
      counted: formatCount(parameters),
      exact: parameters === published.parameters,
      relative,
    };
  }
  const decimals = rounded[2]?.length ?? 0;
  const unit = rounded[3]!;
  const counted = `${(parameters / UNITS[unit]!).toFixed(decimals)}${unit}`;
  return { printed: published.as, counted, exact: false, relative };
}
