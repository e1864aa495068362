import { formatCompact, formatCount, formatRatio } from '../../format/numbers.js';

/** A value beside a bar: exact below a million (16,384), compact above (10.6M, 602T). */
export function barValue(value: number): string {
  return value < 1e6 ? formatCount(value) : (formatCompact(value) ?? formatCount(value));
}

/** How many times larger: whole above 100 (8,100), one decimal below (2.3). */
export function times(ratio: number): string {
  return ratio >= 100 ? formatCount(Math.round(ratio)) : formatRatio(ratio);
}
