import { formatCount, formatDecimal } from '../format/numbers.js';
import {
  decimalsOf,
  snapToStep,
  type IntParam,
  type NumberParam,
  type Param,
  type Schema,
  type Values,
} from './schema.js';

/** What reading a link changed or ignored, said to the reader in words. */
export interface QueryNotice {
  key: string;
  message: string;
}

type Parsed = { value: unknown; notice?: string } | { notice: string };

const MAX_SHOWN = 24;
/** A query value as it may be quoted back to the reader: short, and only ever used as text. */
export function quote(raw: string): string {
  return JSON.stringify(raw.length > MAX_SHOWN ? `${raw.slice(0, MAX_SHOWN)}…` : raw);
}

function parseNumber(param: IntParam | NumberParam, raw: string): Parsed {
  // A fractional grid (weights, inputs) is quoted with its step's decimals: "using 0.35", not "using 0".
  const show = (v: number) =>
    param.kind === 'number' ? formatDecimal(v, decimalsOf(param.step ?? 1)) : formatCount(v);
  const trimmed = raw.trim();
  const number = trimmed === '' ? Number.NaN : Number(trimmed);
  if (!Number.isFinite(number)) return { notice: `ignored ${param.key}=${quote(raw)}: not a number` };
  const value = snapToStep(param, number);
  if (value === number) return { value };
  const why =
    number < param.min
      ? `below the minimum ${show(param.min)}`
      : number > param.max
        ? `above the maximum ${show(param.max)}`
        : 'not an allowed step';
  return { value, notice: `${param.key}=${quote(raw)} is ${why}; using ${show(value)}` };
}

function parseParam(param: Param, raw: string): Parsed {
  switch (param.kind) {
    case 'int':
    case 'number':
      return parseNumber(param, raw);
    case 'flag':
      if (['1', 'true', 'yes', 'on', ''].includes(raw)) return { value: true };
      if (['0', 'false', 'no', 'off'].includes(raw)) return { value: false };
      return { notice: `ignored ${param.key}=${quote(raw)}: use 1 or 0` };
    case 'choice':
      return param.options.some((o) => o.value === raw)
        ? { value: raw }
        : { notice: `ignored ${param.key}=${quote(raw)}: use one of ${param.options.map((o) => o.value).join(', ')}` };
    case 'intList': {
      const items = raw.split(',');
      const numbers = items.map((item) => (item.trim() === '' ? Number.NaN : Number(item)));
      if (items.length > param.maxLength || numbers.some((n) => !Number.isFinite(n))) {
        return {
          notice: `ignored ${param.key}=${quote(raw)}: use up to ${param.maxLength} numbers separated by commas`,
        };
      }
      const value = numbers.map((n) => snapToStep(param, n));
      const changed = value.some((v, i) => v !== numbers[i]);
      return changed
        ? {
            value,
            notice: `${param.key}=${quote(raw)} had sizes outside ${param.min}–${formatCount(param.max)}; using ${value.join(',')}`,
          }
        : { value };
    }
  }
}

/**
 * Reads the schema's keys from a query string. Never throws: a bad value is
 * ignored or clamped, and each such case yields a notice for the reader.
 */
export function readQuery<S extends Schema>(
  schema: S,
  search: URLSearchParams,
): { values: Partial<Values<S>>; notices: QueryNotice[] } {
  const values: Record<string, unknown> = {};
  const notices: QueryNotice[] = [];
  for (const [name, param] of Object.entries(schema)) {
    const raw = search.get(param.key);
    if (raw === null) continue;
    const parsed = parseParam(param, raw);
    if ('value' in parsed) values[name] = parsed.value;
    if (parsed.notice !== undefined) notices.push({ key: param.key, message: parsed.notice });
  }
  return { values: values as Partial<Values<S>>, notices };
}

function serialise(param: Param, value: unknown): string {
  if (param.kind === 'flag') return value ? '1' : '0';
  if (param.kind === 'intList') return (value as readonly number[]).join(',');
  return String(value);
}

function sameValue(a: unknown, b: unknown): boolean {
  return Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((x, i) => x === b[i]) : a === b;
}

/**
 * Writes the schema's values into `search` (a copy), leaving other keys as
 * they are; values equal to `base` are removed, so links stay short.
 */
export function writeQuery<S extends Schema>(
  schema: S,
  values: Values<S>,
  base: Values<S>,
  search: URLSearchParams,
): URLSearchParams {
  const next = new URLSearchParams(search);
  for (const [name, param] of Object.entries(schema)) {
    const value = values[name];
    if (sameValue(value, base[name])) next.delete(param.key);
    else next.set(param.key, serialise(param, value));
  }
  return next;
}

/** Why a widget's rule between fields changed a value, e.g. "does not divide d_model (768)"; undefined for a generic reason. */
export type Explain<S extends Schema> = (
  name: keyof S & string,
  requested: unknown,
  applied: Values<S>,
) => string | undefined;

function shown(param: Param, value: unknown): string {
  return typeof value === 'number' ? formatCount(value) : serialise(param, value);
}

/**
 * Notices for the link's values that the widget's `constrain` changed (heads
 * that do not divide d_model, say), so such a value is reported rather than
 * silently replaced. A notice about the same key from reading the link is
 * replaced: the reader needs the final value and why.
 */
export function ruleNotices<S extends Schema>(
  schema: S,
  search: URLSearchParams,
  read: { values: Partial<Values<S>>; notices: readonly QueryNotice[] },
  applied: Values<S>,
  explain?: Explain<S>,
): QueryNotice[] {
  let notices = [...read.notices];
  for (const [name, requested] of Object.entries(read.values)) {
    const param = schema[name]!;
    if (sameValue(requested, applied[name])) continue;
    const reason = explain?.(name, requested, applied) ?? 'does not fit the other settings';
    notices = notices.filter((n) => n.key !== param.key);
    notices.push({
      key: param.key,
      message: `${param.key}=${quote(search.get(param.key) ?? '')} ${reason}; using ${shown(param, applied[name])}`,
    });
  }
  return notices;
}

const STRAY_SHOWN = 3;

/** A query key as it may be named back to the reader: bare when it looks like a key, quoted otherwise. */
function keyShown(key: string): string {
  return /^[a-z_][\w-]{0,23}$/i.test(key) ? key : quote(key);
}

/**
 * A notice for what in a link nothing reads: keys that are no setting (a typo
 * such as `layers=` for `n_layers=`) and `hide=` names that are no setting.
 * Only for a page that is one widget (an embed): in a chapter, a key may
 * belong to another widget on the page. `settings` are the widget's query
 * keys, `pageKeys` the others the page reads, `hidden` the parsed `hide=` list.
 */
export function strayKeyNotices(
  search: URLSearchParams,
  settings: readonly string[],
  pageKeys: readonly string[],
  hidden: ReadonlySet<string>,
): QueryNotice[] {
  const stray = [
    ...[...new Set(search.keys())].filter((key) => !settings.includes(key) && !pageKeys.includes(key)).map(keyShown),
    ...[...hidden].filter((key) => !settings.includes(key)).map((key) => `hide=${key}`),
  ];
  if (stray.length === 0) return [];
  const named = stray.slice(0, STRAY_SHOWN).join(', ');
  const more = stray.length > STRAY_SHOWN ? ` and ${formatCount(stray.length - STRAY_SHOWN)} more` : '';
  const what = stray.length === 1 ? 'not a setting' : 'not settings';
  // "?" is no query key, so this notice never replaces (or is replaced by) one about a setting.
  return [
    { key: '?', message: `ignored ${named}${more}: ${what} of this widget, whose settings are ${settings.join(', ')}` },
  ];
}
