import { formatSigned } from '../../format/numbers.js';

/** A signal value to two decimals with a true minus sign, never "−0.00": 0.4321 → "0.43", −0.6 → "−0.60". */
export const formatSignal = (x: number): string => formatSigned(x, 2);

/** A signed weight, its sign always written: 0.8 → "+0.80", −0.6 → "−0.60", 0 → "0.00". */
export const formatWeight = (w: number): string => formatSigned(w, 2, 'always');

/** A factor inside a product, in parentheses when negative: "(−0.60)". */
export function formatFactor(x: number): string {
  const text = formatSignal(x);
  return text.startsWith('−') ? `(${text})` : text;
}
