import { product, SizeError } from '../errors.js';

/** One example's shape (no batch dimension), or null when the network gives no input shape. */
export type Shape = readonly number[] | null;

const show = (shape: readonly number[]) => `[${shape.join(', ')}]`;

/** PyTorch's output size of a sliding window (floor mode): ⌊(n + 2p − d·(k − 1) − 1) / s⌋ + 1. */
export function slidingSide(
  n: number,
  window: { kernel: number; stride: number; padding: number; dilation: number },
  field: string,
): number {
  const { kernel, stride, padding, dilation } = window;
  const out = Math.floor((n + 2 * padding - dilation * (kernel - 1) - 1) / stride) + 1;
  if (out < 1) throw new SizeError(field, `(${kernel}) is larger than its padded input (${n + 2 * padding})`);
  return out;
}

/** Checks that `shape` is channels followed by `dims` spatial sides. */
export function spatial(shape: readonly number[], dims: number, path: string): readonly number[] {
  if (shape.length !== dims + 1) {
    throw new SizeError(path, `needs channels and ${dims} sides as input, got ${show(shape)}`);
  }
  return shape.slice(1);
}

/** Checks that the input gives `expected` along `axis` (0 = channels, −1 = last), naming `field`. */
export function expectSize(shape: readonly number[], axis: 0 | -1, expected: number, field: string, what: string) {
  const actual = axis === 0 ? shape[0] : shape[shape.length - 1];
  if (actual !== expected) {
    throw new SizeError(field, `is ${expected} but the layer before gives ${actual ?? 'nothing'} ${what}`);
  }
}

/** The shape with its last dimension replaced by `size`. */
export const withLast = (shape: readonly number[], size: number): number[] => [...shape.slice(0, -1), size];

/** `torch.flatten(x, 1)`: every element of the example in one dimension. */
export function flattened(shape: readonly number[], path: string): number[] {
  return [product(path, ...shape)];
}

/** Checks that the main path and the shortcut of a residual block can be added. */
export function sameShape(main: Shape, shortcut: Shape, path: string): Shape {
  if (main !== null && shortcut !== null && show(main) !== show(shortcut)) {
    throw new SizeError(path, `adds a main path of shape ${show(main)} to a shortcut of shape ${show(shortcut)}`);
  }
  return main;
}
