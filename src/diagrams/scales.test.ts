import * as d3 from 'd3-scale';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scaleBand, scaleLinear, scaleLog, scalePoint } from './scales.js';

// d3-scale, a development dependency only, is the oracle: the site's scales must put everything where it would.
// Equal to a part in 10⁸, far below a pixel: the same arithmetic in another order rounds differently in the last
// bits, and inverting over a wide domain magnifies that (a part in 10¹⁰ failed once, at 1.16 in 10¹⁰).
const close = (a: number | undefined, b: number | undefined) =>
  expect(Math.abs(a! - b!)).toBeLessThanOrEqual(1e-8 * Math.max(1, Math.abs(b!)));
const value = fc.double({ min: -1e6, max: 1e6, noNaN: true });
const span = fc.tuple(value, value).filter(([a, b]) => Math.abs(b - a) > 1e-3);
const ascending = span.map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as [number, number]);

describe('the diagrams’ scales draw where d3-scale would', () => {
  it('linear, clamped or not, and its inverse', () => {
    fc.assert(
      fc.property(ascending, span, value, fc.boolean(), (domain, range, v, clamp) => {
        const ours = scaleLinear(domain, range, { clamp });
        const theirs = d3.scaleLinear().domain(domain).range(range).clamp(clamp);
        close(ours(v), theirs(v));
        close(ours.invert(v), theirs.invert(v));
      }),
    );
  });

  it('piecewise linear, as the waterfall’s broken axis uses it', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e4, noNaN: true }),
        fc.double({ min: -10, max: 2e4, noNaN: true }),
        (mid, v) => {
          const domain = [0, mid, mid * 3];
          const range = [10, 300, 600];
          close(scaleLinear(domain, range)(v), d3.scaleLinear().domain(domain).range(range)(v));
        },
      ),
    );
  });

  it('ticks', () => {
    for (const [domain, count] of [
      [[0, 1], 5],
      [[0, 100], 10],
      [[12, 175_000], 4],
      [[-3, 3], 2],
    ] as const) {
      expect(scaleLinear(domain, [0, 1]).ticks(count)).toEqual(d3.scaleLinear().domain(domain).ticks(count));
    }
  });

  it('log', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -3, max: 6 }),
        fc.integer({ min: 1, max: 12 }),
        fc.double({ min: 1e-3, max: 1e18, noNaN: true }),
        (low, decades, v) => {
          const domain: [number, number] = [10 ** low, 10 ** (low + decades)];
          close(scaleLog(domain, [40, 700])(v), d3.scaleLog().domain(domain).range([40, 700])(v));
        },
      ),
    );
  });

  it('band and point, with their step and bandwidth', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        ascending,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (n, range, inner, outer) => {
          const domain = Array.from({ length: n }, (_, i) => i * 7);
          const band = scaleBand(domain, range, { paddingInner: inner, paddingOuter: outer });
          const theirs = d3.scaleBand<number>().domain(domain).range(range).paddingInner(inner).paddingOuter(outer);
          const point = scalePoint(domain, range, outer);
          const theirPoint = d3.scalePoint<number>().domain(domain).range(range).padding(outer);
          for (const d of domain) {
            close(band(d), theirs(d));
            close(point(d), theirPoint(d));
          }
          close(band.step(), theirs.step());
          close(band.bandwidth(), theirs.bandwidth());
          close(point.step(), theirPoint.step());
          expect(band(-1)).toBeUndefined();
        },
      ),
    );
  });
});
