import { formatCount } from '../format/numbers.js';
import type { Schema, Values } from './schema.js';
import type { WidgetModel } from './useWidgetStore.js';

/** Whether two settings' values are the same (lists compared item by item). */
export const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The hidden settings (`hide=`, by query key) that applying `patch` to
 * `current` would change, directly or through the widget's rules: a hidden
 * control is locked at the link's value, so a preset, key or slider that would
 * move it must not be applied. Empty when `patch` keeps every hidden value.
 */
export function lockedChanges<S extends Schema>(
  model: WidgetModel<S>,
  current: Values<S>,
  patch: Partial<Values<S>>,
  hidden: ReadonlySet<string>,
): string[] {
  if (hidden.size === 0) return [];
  const next = { ...current, ...patch };
  const applied = model.constrain?.(next, current) ?? next;
  return Object.entries(model.schema)
    .filter(([name, param]) => hidden.has(param.key) && !sameValue(applied[name], current[name]))
    .map(([name]) => name);
}

/**
 * Why a value for `name` cannot be used here, for the reader ("would change
 * n_heads, which this view keeps at 12"), or null when it can.
 */
export function lockReason<S extends Schema>(
  model: WidgetModel<S>,
  current: Values<S>,
  name: keyof S & string,
  value: unknown,
  hidden: ReadonlySet<string>,
): string | null {
  const changed = lockedChanges(model, current, { [name]: value } as Partial<Values<S>>, hidden);
  if (changed.length === 0) return null;
  const kept = changed.map((n) => {
    const v = current[n];
    return `${model.schema[n]!.label} at ${typeof v === 'number' ? formatCount(v) : String(v)}`;
  });
  return `It would change what this view keeps fixed (${kept.join(', ')}).`;
}
