import { describe, expect, it } from 'vitest';
import { arrowsPath, circlesPath, rectsPath } from './paths.js';

describe('paths', () => {
  it('draws circles as two arcs each, in one path', () => {
    expect(circlesPath([{ cx: 10, cy: 5, r: 2 }])).toBe('M8,5a2,2 0 1,0 4,0a2,2 0 1,0 -4,0');
    expect(circlesPath([])).toBe('');
    // Arcs of exactly half the rounded diameter: no bulging past a half circle.
    expect(circlesPath([{ cx: 0, cy: 0, r: 7.92 }])).toBe('M-7.9,0a7.9,7.9 0 1,0 15.8,0a7.9,7.9 0 1,0 -15.8,0');
  });

  it('draws rectangles, square or rounded', () => {
    expect(rectsPath([{ x: 1, y: 2, width: 10, height: 4 }])).toBe('M1,2h10v4h-10z');
    expect(rectsPath([{ x: 0, y: 0, width: 10, height: 4 }], 3)).toBe(
      'M2,0h6a2,2 0 0,1 2,2v0a2,2 0 0,1 -2,2h-6a2,2 0 0,1 -2,-2v0a2,2 0 0,1 2,-2z',
    );
  });

  it('stops an arrow’s line at the base of its head, and closes the head', () => {
    expect(arrowsPath([{ x1: 0, y1: 0, x2: 20, y2: 0, head: true }], 5)).toBe('M0,0L15,0M20,0L15,2.8L15,-2.8z');
    expect(arrowsPath([{ x1: 0, y1: 0, x2: 0, y2: 9, head: false }])).toBe('M0,0L0,9');
  });
});
