import { formatSigned } from '../../format/numbers.js';
import { W_KEY } from '../../models/keyValue.js';

const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉';
const MINUS = '−';

/** 3 → "₃". */
export const subscript = (n: number): string => [...String(n)].map((d) => SUBSCRIPTS[Number(d)]).join('');

/** Inputs sit on a grid of 0.05, so every value of the MLP is a multiple of 0.05: two decimals are exact. */
const DECIMALS = 2;

/** A value of the MLP as the widget prints it: "0.60", "−0.30", and a silent neuron as "0". */
export function formatValue(v: number): string {
  const rounded = Math.round(v * 10 ** DECIMALS) / 10 ** DECIMALS + 0;
  return rounded === 0 ? '0' : formatSigned(rounded, DECIMALS);
}

/** "(1.80, 1.40)". */
export const formatVector = (v: readonly number[]): string => `(${v.map(formatValue).join(', ')})`;

/** A weight of ±1 or 0 as printed in the matrices: "1", "−1", "0". */
export const formatWeight = (w: number): string => formatSigned(w, 0);

/** A column of W_value: "(1, −1)". */
export const formatColumn = (column: readonly number[]): string => `(${column.map(formatWeight).join(', ')})`;

/** Key neuron i (from 0) as the page names it: "k₁". */
export const keyName = (i: number): string => `k${subscript(i + 1)}`;

/** Value neuron j (from 0): "y₁". */
export const valueName = (j: number): string => `y${subscript(j + 1)}`;

/** What key i adds up, in words of the inputs: "x₁ + x₂ − x₃". */
export function keyRule(i: number): string {
  return W_KEY[i]!.map(
    (w, k) => `${k === 0 ? (w < 0 ? MINUS : '') : w < 0 ? ` ${MINUS} ` : ' + '}${inputName(k)}`,
  ).join('');
}

/** Key i's synapses as signs, one per input: ["+", "+", "−"]. */
export const keySigns = (i: number): string[] => W_KEY[i]!.map((w) => (w < 0 ? MINUS : '+'));

/** Input k (from 0): "x₁". */
export const inputName = (k: number): string => `x${subscript(k + 1)}`;
