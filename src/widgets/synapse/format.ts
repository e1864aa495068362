import { formatDecimal } from '../../format/numbers.js';

/** A signal value to two decimals with a true minus sign, never "−0.00": 0.4321 → "0.43", −0.6 → "−0.60". */
export function formatSignal(x: number): string {
  const text = formatDecimal(x, 2);
  return /^-0\.00$/.test(text) ? '0.00' : text.replace('-', '−');
}

/** A signed weight, its sign always written: 0.8 → "+0.80", −0.6 → "−0.60", 0 → "0.00". */
export function formatWeight(w: number): string {
  const text = formatSignal(w);
  return text === '0.00' || text.startsWith('−') ? text : `+${text}`;
}

/** A factor inside a product, in parentheses when negative: "(−0.60)". */
export function formatFactor(x: number): string {
  const text = formatSignal(x);
  return text.startsWith('−') ? `(${text})` : text;
}
