// A fixed locale, so the prerendered page and the reader's browser print the same digits.
const full = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });

/** An exact count with thousands separators: 173946175488 → "173,946,175,488". */
export function formatCount(n: number | bigint): string {
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

/** The text with a true minus sign (U+2212) where Intl and String() write a hyphen: "-0.5" → "−0.5". */
export function trueMinus(text: string): string {
  return text.replace(/^-/, '−');
}

/**
 * A signed value to `decimals` places with a true minus sign, never "−0.00": (−0.6, 2) → "−0.60",
 * (−0.001, 2) → "0.00". With `sign: 'always'` a positive value is written with its "+": "+0.80".
 */
export function formatSigned(x: number, decimals: number, sign: 'negative' | 'always' = 'negative'): string {
  const text = formatDecimal(x, decimals);
  if (/^-?0(\.0+)?$/.test(text)) return text.replace('-', '');
  if (text.startsWith('-')) return trueMinus(text);
  return sign === 'always' ? `+${text}` : text;
}

/** The letters of large numbers, largest first: a value of at least `size` is written in `letter`s. */
const SCALE_LETTERS = [
  [1e12, 'T'],
  [1e9, 'B'],
  [1e6, 'M'],
  [1e3, 'K'],
] as const;

/** 10^e as a short label: 3 → "1K", 11 → "100B", 15 → "1,000T" (T is the largest letter). */
export function formatPowerShort(e: number): string {
  const [size, letter] = SCALE_LETTERS.find(([size]) => 10 ** e >= size) ?? [1, ''];
  return `${formatCount(Math.round(10 ** e / size))}${letter}`;
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** 10 to a power, as printed on a log axis: 0 → "1", 12 → "10¹²". */
export function formatPowerOfTen(exponent: number): string {
  if (exponent === 0) return '1';
  return `10${[...String(exponent)].map((d) => SUPERSCRIPT[Number(d)]).join('')}`;
}

/**
 * Labels for evenly spaced axis ticks in one unit, with as many decimals as
 * the spacing needs: [174e9, 174.2e9] → ["174.0B", "174.2B"].
 */
export function formatTicks(values: readonly number[]): string[] {
  if (values.length === 0) return [];
  const largest = Math.max(...values.map(Math.abs));
  const [size, letter] = SCALE_LETTERS.find(([size]) => largest >= size) ?? [1, ''];
  const step = values.length > 1 ? Math.abs(values[1]! - values[0]!) : largest;
  const decimals = step === 0 ? 0 : Math.max(0, Math.ceil(-Math.log10(step / size) - 1e-9));
  return values.map((v) => `${(v / size).toFixed(decimals)}${letter}`);
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
