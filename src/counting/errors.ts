/**
 * A size that cannot describe a real layer: not a positive whole number, a
 * divisibility rule broken, or a total too large to count exactly in a
 * JavaScript number. `field` names the offending option, e.g. `nHeads`.
 */
export class SizeError extends RangeError {
  readonly field: string;

  constructor(field: string, message: string) {
    super(`${field} ${message}`);
    this.name = 'SizeError';
    this.field = field;
  }
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return String(value);
}

/** Returns `value` if it is a whole number ≥ `min`, else throws a {@link SizeError} naming `field`. */
export function wholeNumber(value: unknown, field: string, min = 1): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new SizeError(field, `must be a number, got ${describe(value)}`);
  }
  if (!Number.isInteger(value)) throw new SizeError(field, `must be a whole number, got ${value}`);
  if (value < min) throw new SizeError(field, `must be at least ${min}, got ${value}`);
  if (!Number.isSafeInteger(value)) throw new SizeError(field, `is too large to count exactly, got ${value}`);
  return value;
}

/** Returns `value` if it is a boolean or undefined (then `fallback`), else throws naming `field`. */
export function flag(value: unknown, field: string, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') throw new SizeError(field, `must be true or false, got ${describe(value)}`);
  return value;
}

/** Returns `value` if it is one of `choices` (or `fallback` when undefined), else throws naming `field`. */
export function oneOf<T extends string>(value: unknown, field: string, choices: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (choices as readonly string[]).includes(value)) return value as T;
  throw new SizeError(field, `must be one of ${choices.map((c) => `'${c}'`).join(', ')}, got ${describe(value)}`);
}

/** Throws naming `field` unless `divisor` divides `value`. */
export function divides(divisor: number, value: number, field: string, what: string): void {
  if (value % divisor !== 0) {
    throw new SizeError(field, `(${divisor}) must divide ${what} (${value})`);
  }
}

/** Product of whole numbers, throwing naming `field` when it passes Number.MAX_SAFE_INTEGER. */
export function product(field: string, ...factors: number[]): number {
  let result = 1;
  for (const factor of factors) result *= factor;
  if (!Number.isSafeInteger(result)) {
    throw new SizeError(field, `makes a total (${factors.join(' × ')}) past Number.MAX_SAFE_INTEGER`);
  }
  return result;
}
