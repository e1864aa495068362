import type { RowViewText } from '../../diagrams/key-value/RowView.js';
import type { KvFocus } from '../../diagrams/key-value/focus.js';
import {
  formatColumn,
  formatValue,
  formatVector,
  formatWeight,
  inputName,
  keyName,
  keyRule,
  keySigns,
  subscript,
  valueName,
} from './format.js';
import {
  activeKeys,
  VALUE_COLUMNS,
  W_KEY,
  W_VALUE,
  type Activation,
  type Vec2,
  type Vec3,
} from '../../models/keyValue.js';
import { HIDDEN } from '../../format/numbers.js';

/** The state the texts describe: the input, the key outputs and both views' outputs. */
export interface KvNumbers {
  x: Vec3;
  activation: Activation;
  h: readonly number[];
  /** Output of the row view (dot products). */
  y: Vec2;
}

const act = (activation: Activation) => (activation === 'relu' ? 'relu' : 'id');

const keyList = (keys: readonly number[]) => (keys.length === 0 ? 'none' : keys.map(keyName).join(', '));

/**
 * Labels and text alternatives of the row view. While the outputs are hidden (`hide`, predict then
 * reveal) every output is a "?" and the texts give the rules without their results.
 */
export function rowViewText({ h, y, activation }: KvNumbers, hide = false): RowViewText {
  const shown = (v: number) => (hide ? HIDDEN : formatValue(v));
  return {
    keys: h.map((value, i) => ({
      value: shown(value),
      name: keyName(i),
      signs: keySigns(i),
      describe: `Key neuron ${keyName(i)} = ${act(activation)}(${keyRule(i)})${hide ? '' : `: output ${formatValue(value)}`}, writes column ${formatColumn(VALUE_COLUMNS[i]!)}`,
    })),
    inputs: W_KEY[0]!.map((_, k) => inputName(k)),
    weights: W_VALUE.map((row) => row.map(formatWeight)),
    values: y.map((value, j) => ({
      name: valueName(j),
      output: shown(value),
      describe: `Value neuron ${valueName(j)}: row ${j + 1} of W_value · h${hide ? '' : ` = ${formatValue(value)}`}`,
    })),
    description: hide
      ? 'Row view. The key neurons’ outputs h and the value neurons’ outputs y are hidden.'
      : `Row view. Key neuron outputs h = ${formatVector(h)}; ${activation === 'relu' ? `on: ${keyList(activeKeys(h))}` : 'no activation'}. Value neurons: ${y
          .map((v, j) => `${valueName(j)} = row ${j + 1} of W_value · h = ${formatValue(v)}`)
          .join('; ')}.`,
  };
}

/** Text alternative of the column view; without its numbers while they are hidden (`hide`). */
export function columnViewDescription({ h }: KvNumbers, output: Vec2, hide = false): string {
  if (hide)
    return 'Column view. Each key neuron scales its column of W_value; laid head to tail, they reach y (hidden).';
  const steps = activeKeys(h).map((i) => `${keyName(i)}: ${formatValue(h[i]!)} × ${formatColumn(VALUE_COLUMNS[i]!)}`);
  return `Column view. Each key neuron scales its column of W_value; laid head to tail (${steps.join(', ') || 'no key is on'}), they reach y = ${formatVector(output)}.`;
}

/** A value as a term of a sum: parenthesised when negative, "(−0.70)". */
const operand = (v: number) => (formatValue(v).startsWith('−') ? `(${formatValue(v)})` : formatValue(v));

/** Σ wₖ·vₖ with weights of ±1 or 0 written as signs: "0.80 + 0.60 − (−0.70)"; terms of weight 0 are left out. */
function signedSum(weights: readonly number[], values: readonly number[]): string {
  const terms = weights.flatMap((w, k) => (w === 0 ? [] : [{ w, v: operand(values[k]!) }]));
  return terms.map(({ w, v }, k) => `${w < 0 ? (k === 0 ? '−' : ' − ') : k === 0 ? '' : ' + '}${v}`).join('') || '0';
}

/** The same sum in symbols: "h₁ + h₂ − h₄". */
function symbolicSum(weights: readonly number[], name: (k: number) => string): string {
  const terms = weights.flatMap((w, k) => (w === 0 ? [] : [{ w, n: name(k) }]));
  return terms.map(({ w, n }, k) => `${w < 0 ? (k === 0 ? '−' : ' − ') : k === 0 ? '' : ' + '}${n}`).join('');
}

/**
 * The arithmetic behind whatever the reader points at: a key neuron's sum,
 * its activation and the vector it writes, or a value neuron's sum.
 */
export function focusDetail(focus: KvFocus | null, { x, h, y, activation }: KvNumbers, hide = false): string | null {
  if (focus?.kind === 'key') {
    const i = focus.index;
    const column = VALUE_COLUMNS[i]!;
    const rule = `${keyName(i)} = ${act(activation)}(${keyRule(i)}) = ${act(activation)}(${signedSum(W_KEY[i]!, x)})`;
    if (hide) return `${rule} = ${HIDDEN}. It writes that × column ${formatColumn(column)}.`;
    const out = formatValue(h[i]!);
    const written = formatVector([h[i]! * column[0], h[i]! * column[1]]);
    return `${rule} = ${out}. It writes ${out} × column ${formatColumn(column)} = ${written}.`;
  }
  if (focus?.kind === 'value') {
    const j = focus.index;
    const row = W_VALUE[j]!;
    const rule = `${valueName(j)} = row ${j + 1} of W_value · h = ${symbolicSum(row, (i) => `h${subscript(i + 1)}`)}`;
    if (hide) return `${rule} = ${HIDDEN}.`;
    return `${rule} = ${signedSum(row, h)} = ${formatValue(y[j]!)}.`;
  }
  return null;
}

/** The widget's state in one sentence, announced once the reader stops dragging. */
export function summary({ x, h, y, activation }: KvNumbers): string {
  const on = activation === 'relu' ? `keys on: ${keyList(activeKeys(h))}; ` : '';
  return `x = ${formatVector(x)}; ${on}y = ${formatVector(y)} in both views.`;
}
