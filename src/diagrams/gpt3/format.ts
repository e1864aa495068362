import { formatCompact, formatCount, formatRatio } from '../../format/numbers.js';

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** 10 to a power, as printed on a log axis: 0 → "1", 12 → "10¹²". */
export function powerOfTen(exponent: number): string {
  if (exponent === 0) return '1';
  return `10${[...String(exponent)].map((d) => SUPERSCRIPT[Number(d)]).join('')}`;
}

/** A value beside a bar: exact below a million (16,384), compact above (10.6M, 602T). */
export function barValue(value: number): string {
  return value < 1e6 ? formatCount(value) : (formatCompact(value) ?? formatCount(value));
}

/** How many times larger: whole above 100 (8,100), one decimal below (2.3). */
export function times(ratio: number): string {
  return ratio >= 100 ? formatCount(Math.round(ratio)) : formatRatio(ratio);
}

const UNITS = [
  [1e12, 'T'],
  [1e9, 'B'],
  [1e6, 'M'],
  [1e3, 'K'],
] as const;

/**
 * Labels for evenly spaced axis ticks in one unit, with as many decimals as
 * the spacing needs: [174e9, 174.2e9] → ["174.0B", "174.2B"].
 */
export function axisLabels(values: readonly number[]): string[] {
  if (values.length === 0) return [];
  const largest = Math.max(...values.map(Math.abs));
  const [unit, suffix] = UNITS.find(([u]) => largest >= u) ?? [1, ''];
  const step = values.length > 1 ? Math.abs(values[1]! - values[0]!) : largest;
  const decimals = step === 0 ? 0 : Math.max(0, Math.ceil(-Math.log10(step / unit) - 1e-9));
  return values.map((v) => `${(v / unit).toFixed(decimals)}${suffix}`);
}
