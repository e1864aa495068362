/**
 * The few scales the diagrams use, written out: each is a line of arithmetic,
 * and d3-scale's versions bring 10 KB of gzip (interpolators, colour parsing,
 * number formats) to every page that draws one. They give the same positions
 * as d3-scale's scaleLinear, scaleLog, scaleBand and scalePoint for the options
 * used here (scales.test.ts checks that against d3-scale itself).
 */
import { ticks as niceTicks } from 'd3-array';

export interface LinearScale {
  (value: number): number;
  /** The value drawn at `position` (two-point scales). */
  invert(position: number): number;
  /** About `count` round values across the domain. */
  ticks(count: number): number[];
}

const clampTo = (value: number, a: number, b: number) => Math.min(Math.max(value, Math.min(a, b)), Math.max(a, b));

/**
 * Maps `domain` onto `range` piecewise linearly (as many points in each, the
 * domain ascending); outside the domain it extends the first or last piece,
 * or stops at the ends with `clamp`.
 */
export function scaleLinear(
  domain: readonly number[],
  range: readonly number[],
  { clamp = false }: { clamp?: boolean } = {},
): LinearScale {
  const last = domain.length - 1;
  const piece = (d: readonly number[], r: readonly number[], value: number) => {
    let i = 0;
    while (i < last - 1 && value > d[i + 1]!) i += 1;
    const d0 = d[i]!;
    const d1 = d[i + 1]!;
    const t = d1 === d0 ? 0.5 : (value - d0) / (d1 - d0);
    return r[i]! + t * (r[i + 1]! - r[i]!);
  };
  const scale = (value: number) => piece(domain, range, clamp ? clampTo(value, domain[0]!, domain[last]!) : value);
  scale.invert = (position: number) => {
    const [r0, r1] = [range[0]!, range[last]!];
    const t = r1 === r0 ? 0.5 : (position - r0) / (r1 - r0);
    const value = domain[0]! + t * (domain[last]! - domain[0]!);
    return clamp ? clampTo(value, domain[0]!, domain[last]!) : value;
  };
  scale.ticks = (count: number) => niceTicks(domain[0]!, domain[last]!, count);
  return scale;
}

/** Maps decades evenly onto `range`: base 10, positive values only. */
export function scaleLog([low, high]: readonly [number, number], [start, stop]: readonly [number, number]) {
  const a = Math.log10(low);
  const b = Math.log10(high);
  return (value: number) => start + ((Math.log10(value) - a) / (b - a)) * (stop - start);
}

export interface BandScale<T> {
  /** The start of `value`'s band (its point, for a point scale); undefined for a value not in the domain. */
  (value: T): number | undefined;
  /** The distance from one band's start to the next. */
  step(): number;
  /** The width of each band (0 for a point scale). */
  bandwidth(): number;
}

/**
 * Splits `range` into one band per value of `domain`, `paddingInner` (a
 * fraction of the step) between bands and `paddingOuter` at each end, centred.
 */
export function scaleBand<T>(
  domain: readonly T[],
  [start, stop]: readonly [number, number],
  { paddingInner = 0, paddingOuter = 0 }: { paddingInner?: number; paddingOuter?: number } = {},
): BandScale<T> {
  const n = domain.length;
  const step = (stop - start) / Math.max(1, n - paddingInner + paddingOuter * 2);
  const first = start + (stop - start - step * (n - paddingInner)) * 0.5;
  const index = new Map(domain.map((value, i) => [value, i]));
  const scale = (value: T) => {
    const i = index.get(value);
    return i === undefined ? undefined : first + step * i;
  };
  scale.step = () => step;
  scale.bandwidth = () => step * (1 - paddingInner);
  return scale;
}

/** Points spread over `range`, `padding` steps from each end: a band scale whose bands have no width. */
export function scalePoint<T>(domain: readonly T[], range: readonly [number, number], padding = 0): BandScale<T> {
  return scaleBand(domain, range, { paddingInner: 1, paddingOuter: padding });
}
