/**
 * A `config.json` that cannot be read: not JSON, not an object, a model type
 * the library does not know, or a field missing, of the wrong type or of
 * sizes that do not fit. `field` is the config's own key, e.g. `n_head`.
 */
export class ConfigError extends Error {
  readonly field: string;

  constructor(field: string, message: string) {
    super(`${field} ${message}`);
    this.name = 'ConfigError';
    this.field = field;
  }
}

const shown = (value: unknown): string => {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
};

/** Reads the fields of one config object, with errors that name the key and the model type. */
export function fieldsOf(config: Record<string, unknown>, modelType: string) {
  const absent = (key: string) => config[key] === undefined || config[key] === null;

  /** A whole number of at least `min`, or `fallback` when absent (required when there is none). */
  function whole(key: string, min: number, fallback?: number): number {
    if (absent(key)) {
      if (fallback !== undefined) return fallback;
      throw new ConfigError(key, `is missing: a ${modelType} config.json needs it`);
    }
    const value = config[key];
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) {
      throw new ConfigError(key, `must be a whole number of at least ${min}, got ${shown(value)}`);
    }
    return value;
  }

  /** A size: a whole number of at least 1. */
  const size = (key: string, fallback?: number) => whole(key, 1, fallback);
  /** A whole number that may be 0, e.g. a count of shared experts. */
  const count = (key: string, fallback?: number) => whole(key, 0, fallback);

  /** A list of layer numbers, e.g. the blocks kept dense; absent or null is none. */
  function layers(key: string): number[] {
    if (absent(key)) return [];
    const value = config[key];
    const isLayer = (v: unknown) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
    if (!Array.isArray(value)) throw new ConfigError(key, `must be a list of layer numbers, got ${shown(value)}`);
    const bad = value.find((v) => !isLayer(v)) as unknown;
    if (bad !== undefined) throw new ConfigError(key, `must be a list of layer numbers, but holds ${shown(bad)}`);
    return value as number[];
  }

  function flag(key: string, fallback: boolean): boolean {
    if (absent(key)) return fallback;
    const value = config[key];
    if (typeof value !== 'boolean') throw new ConfigError(key, `must be true or false, got ${shown(value)}`);
    return value;
  }

  /** A number from 0 to 1, e.g. the share of each head that is rotated. */
  function fraction(key: string, fallback: number): number {
    if (absent(key)) return fallback;
    const value = config[key];
    if (typeof value !== 'number' || !(value >= 0 && value <= 1)) {
      throw new ConfigError(key, `must be a number from 0 to 1, got ${shown(value)}`);
    }
    return value;
  }

  /** Throws unless `divisor` (the value of `key`) divides `value` (of `of`). */
  function divides(key: string, divisor: number, of: string, value: number): void {
    if (value % divisor !== 0) throw new ConfigError(key, `(${divisor}) must divide ${of} (${value})`);
  }

  /** Throws unless `value` (of `key`) is at most `limit` (of `of`). */
  function atMost(key: string, value: number, of: string, limit: number): void {
    if (value > limit) throw new ConfigError(key, `(${value}) must be at most ${of} (${limit})`);
  }

  return {
    has: (key: string) => !absent(key),
    isNull: (key: string) => config[key] === null,
    size,
    count,
    layers,
    flag,
    fraction,
    divides,
    atMost,
  };
}

export type Fields = ReturnType<typeof fieldsOf>;
export { shown };
