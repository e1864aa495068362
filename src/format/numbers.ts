// A fixed locale, so the prerendered page and the reader's browser print the same digits.
const full = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });

/** An exact count with thousands separators: 173946175488 → "173,946,175,488". */
export function formatCount(n: number): string {
  return full.format(n);
}

/** A short form to sit beside the exact one: 173946175488 → "173.9B"; undefined below 10,000, where it adds nothing. */
export function formatCompact(n: number): string | undefined {
  return Math.abs(n) < 10_000 ? undefined : compact.format(n);
}

/** A ratio such as synapses per neuron, to one decimal: 14745.6 → "14,745.6", 3 → "3". */
export function formatRatio(x: number): string {
  return oneDecimal.format(x);
}

const decimalFormats = new Map<number, Intl.NumberFormat>();

/** A value on a fractional grid, with exactly `decimals` places: (0.5, 2) → "0.50", (−1.25, 2) → "−1.25". */
export function formatDecimal(x: number, decimals: number): string {
  let format = decimalFormats.get(decimals);
  if (format === undefined) {
    format = new Intl.NumberFormat('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    decimalFormats.set(decimals, format);
  }
  return format.format(x);
}

/** What stands in for a result while the counts are hidden (predict, then reveal). */
export const HIDDEN = '?';

/**
 * A count with its unit, singular for exactly one: (96, 'blocks') → "96 blocks",
 * (1, 'blocks') → "1 block", (1, 'spikes in 100 ms') → "1 spike in 100 ms". The unit
 * is given in the plural; for one, its first word that ends in "s" (and is more than
 * an abbreviation such as "ms") loses that "s", which is right for every unit here.
 */
export function formatQuantity(n: number, unit: string): string {
  return `${formatCount(n)} ${unitFor(n, unit)}`;
}

/** The unit as `n` of it reads: `unit` (a plural) unless n is exactly one. */
export function unitFor(n: number, unit: string): string {
  return n === 1 ? unit.replace(/\b(\w{2,})s\b/, '$1') : unit;
}
