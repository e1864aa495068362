/**
 * One schema table per widget: every parameter once, with its URL key, its
 * accessible label, its bounds and its default. Controls, URL sync, embed
 * attributes and tests all read the same table.
 */
interface ParamBase<T> {
  /** Query-string key, in the symbols of the text: `d_model`, `kernel`, … */
  key: string;
  /** Accessible name of the control; contains the symbol, e.g. "d_model". */
  label: string;
  default: T;
}

export interface IntParam extends ParamBase<number> {
  kind: 'int';
  min: number;
  max: number;
  /** The grid a value may be on, typed or in a link; the slider's keyboard step too, unless trackStep says otherwise. Default 1. */
  step?: number;
  /** A coarser grid the slider's keys and drag land on, where every step of `step` would give shapes no model has. */
  trackStep?: number;
  /** A log-scale track, for ranges over orders of magnitude (1 to 65,536). */
  log?: boolean;
  /** Word after the value for screen readers, e.g. "neurons". */
  unit?: string;
  /** Values worth marking on the slider, e.g. GPT‑2's 768 and GPT‑3's 12,288. */
  marks?: readonly { value: number; label: string }[];
}

/** A number on a fractional grid, e.g. a synaptic weight from −2 to 2 in steps of 0.05. */
export interface NumberParam extends Omit<IntParam, 'kind'> {
  kind: 'number';
}

export interface ChoiceParam<T extends string = string> extends ParamBase<T> {
  kind: 'choice';
  options: readonly { value: T; label: string }[];
}

export interface FlagParam extends ParamBase<boolean> {
  kind: 'flag';
}

export interface IntListParam extends ParamBase<readonly number[]> {
  kind: 'intList';
  min: number;
  max: number;
  maxLength: number;
}

export type Param = IntParam | NumberParam | ChoiceParam | FlagParam | IntListParam;
export type Schema = Record<string, Param>;

export type ValueOf<P extends Param> = P extends IntParam | NumberParam
  ? number
  : P extends ChoiceParam<infer T>
    ? T
    : P extends FlagParam
      ? boolean
      : readonly number[];

export type Values<S extends Schema> = { [K in keyof S]: ValueOf<S[K]> };

export const int = (spec: Omit<IntParam, 'kind'>): IntParam => ({ kind: 'int', ...spec });
export const num = (spec: Omit<NumberParam, 'kind'>): NumberParam => ({ kind: 'number', ...spec });
export const choice = <T extends string>(spec: Omit<ChoiceParam<T>, 'kind'>): ChoiceParam<T> => ({
  kind: 'choice',
  ...spec,
});
export const flag = (spec: Omit<FlagParam, 'kind'>): FlagParam => ({ kind: 'flag', ...spec });
export const intList = (spec: Omit<IntListParam, 'kind'>): IntListParam => ({ kind: 'intList', ...spec });

export function defaultsOf<S extends Schema>(schema: S): Values<S> {
  return Object.fromEntries(Object.entries(schema).map(([name, param]) => [name, param.default])) as Values<S>;
}

/** Decimal places of a step: 0.05 → 2, 64 → 0. */
export function decimalsOf(step: number): number {
  return (String(step).split('.')[1] ?? '').length;
}

/**
 * Snaps `value` into [min, max] and onto the step grid counted from min,
 * rounded to the step's decimals so 0.1-steps do not drift (0.30000000000000004).
 */
export function snapToStep(range: { min: number; max: number; step?: number }, value: number): number {
  const step = range.step ?? 1;
  const snapped = range.min + Math.round((value - range.min) / step) * step;
  const clamped = Math.min(range.max, Math.max(range.min, snapped));
  return Number(clamped.toFixed(decimalsOf(step)));
}
