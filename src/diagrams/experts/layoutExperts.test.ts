import { describe, expect, it } from 'vitest';
import { chooseExperts, routerWeights } from '../../models/routing.js';
import { layoutExperts } from './layoutExperts.js';

const input = (nExperts: number, topK: number, token = 1) => {
  const weights = routerWeights(token, nExperts);
  return { weights, chosen: chooseExperts(weights, topK) };
};

const overlaps = (a: { x: number; y: number; width: number }, b: { x: number; y: number; width: number }) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.width && b.y < a.y + a.width;

describe('layoutExperts', () => {
  it('draws one bar and one cell per expert and lights exactly the chosen ones', () => {
    const layout = layoutExperts(input(8, 2), 640);
    expect(layout.bars).toHaveLength(8);
    expect(layout.cells).toHaveLength(8);
    expect(layout.cells.filter((c) => c.rank !== null)).toHaveLength(2);
    expect(layout.bars.filter((b) => b.chosen)).toHaveLength(2);
    expect(layout.links.map((l) => l.expert)).toEqual(input(8, 2).chosen);
  });

  it('ranks the chosen experts by their router weight, and gives the heaviest the tallest bar', () => {
    const { weights, chosen } = input(16, 4, 3);
    const layout = layoutExperts({ weights, chosen }, 640);
    const ranked = layout.cells.filter((c) => c.rank !== null).sort((a, b) => a.rank! - b.rank!);
    expect(ranked.map((c) => c.expert)).toEqual(chosen);
    const tallest = layout.bars.reduce((a, b) => (b.height > a.height ? b : a));
    expect(tallest.expert).toBe(chosen[0]);
    expect(tallest.height).toBe(layout.router.height);
  });

  it.each([
    [1, 320],
    [8, 320],
    [128, 320],
    [256, 320],
    [256, 1280],
    [64, 1920],
  ])('keeps %i experts inside a %i px box without overlapping cells', (n, width) => {
    const layout = layoutExperts(input(n, 1), width);
    for (const cell of layout.cells) {
      expect(cell.x).toBeGreaterThanOrEqual(0);
      expect(cell.x + cell.width).toBeLessThanOrEqual(width);
      expect(cell.y + cell.height).toBeLessThanOrEqual(layout.height);
      expect(cell.y).toBeGreaterThan(layout.router.y + layout.router.height);
    }
    for (let i = 1; i < layout.cells.length; i += 1)
      expect(overlaps(layout.cells[i - 1]!, layout.cells[i]!)).toBe(false);
    const lastBar = layout.bars.at(-1)!;
    expect(lastBar.x + lastBar.width).toBeCloseTo(layout.router.x + layout.router.width);
  });

  it('draws neurons inside an expert only while its cell is large enough to hold them', () => {
    const few = layoutExperts(input(8, 2), 640);
    expect(few.cells[0]!.dots).toHaveLength(6);
    for (const dot of few.cells[0]!.dots) {
      expect(dot.cx - dot.r).toBeGreaterThan(few.cells[0]!.x);
      expect(dot.cx + dot.r).toBeLessThan(few.cells[0]!.x + few.cells[0]!.width);
    }
    const many = layoutExperts(input(256, 8), 320);
    expect(many.cells[0]!.dots).toHaveLength(0);
  });

  it('refuses a router with no experts', () => {
    expect(() => layoutExperts({ weights: [], chosen: [] }, 320)).toThrow(RangeError);
  });
});
