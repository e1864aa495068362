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
  /** Keyboard step of the slider. Default 1. */
  step?: number;
  /** A log-scale track, for ranges over orders of magnitude (1 to 65,536). */
  log?: boolean;
  /** Word after the value for screen readers, e.g. "neurons". */
  unit?: string;
  /** Values worth marking on the slider, e.g. GPT‑2's 768 and GPT‑3's 12,288. */
  marks?: readonly { value: number; label: string }[];
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

export type Param = IntParam | ChoiceParam | FlagParam | IntListParam;
export type Schema = Record<string, Param>;

export type ValueOf<P extends Param> = P extends IntParam
  ? number
  : P extends ChoiceParam<infer T>
    ? T
    : P extends FlagParam
      ? boolean
      : readonly number[];

export type Values<S extends Schema> = { [K in keyof S]: ValueOf<S[K]> };

export const int = (spec: Omit<IntParam, 'kind'>): IntParam => ({ kind: 'int', ...spec });
export const choice = <T extends string>(spec: Omit<ChoiceParam<T>, 'kind'>): ChoiceParam<T> => ({
  kind: 'choice',
  ...spec,
});
export const flag = (spec: Omit<FlagParam, 'kind'>): FlagParam => ({ kind: 'flag', ...spec });
export const intList = (spec: Omit<IntListParam, 'kind'>): IntListParam => ({ kind: 'intList', ...spec });

export function defaultsOf<S extends Schema>(schema: S): Values<S> {
  return Object.fromEntries(Object.entries(schema).map(([name, param]) => [name, param.default])) as Values<S>;
}

/** Snaps `value` into the parameter's range and onto its step grid (from min). */
export function clampInt(param: Pick<IntParam, 'min' | 'max' | 'step'>, value: number): number {
  const step = param.step ?? 1;
  const snapped = param.min + Math.round((value - param.min) / step) * step;
  return Math.min(param.max, Math.max(param.min, snapped));
}
