import { kernelSides } from '../conv.js';
import { SizeError } from '../errors.js';
import type { Part } from '../types.js';

/**
 * Runs a layer counter, naming its fields from the layer's path: `inChannels`
 * → `features.0.inChannels`; `rename` maps a field name first.
 */
export function within<T>(path: string, run: () => T, rename = (field: string) => field): T {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof SizeError)) throw error;
    throw new SizeError(`${path}.${rename(error.field)}`, error.message.slice(error.field.length + 1));
  }
}

export const renamed = (parts: readonly Part[], name: (part: Part) => string): Part[] =>
  parts.map((part) => ({ ...part, name: name(part) }));

/** The sides of a window, or of an adaptive pool's `output`, validated: one per spatial dimension. */
export function sides(value: number | readonly number[], dims: unknown, path: string, field = 'kernelSize'): number[] {
  const spec = { kernelSize: value, dims: dims as 1 | 2 | 3 | undefined };
  return within(
    path,
    () => kernelSides(spec),
    (name) => name.replace('kernelSize', field),
  );
}
