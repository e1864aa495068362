import { describe, expect, it } from 'vitest';
import { BUNCHED_MS, earTrains, timingTrains, WINDOW_MS } from './trains.js';

describe('timingTrains', () => {
  it('spreads N spikes over 100 ms, B half-way between A’s', () => {
    expect(timingTrains(5, 0)).toEqual([
      [5, 25, 45, 65, 85],
      [15, 35, 55, 75, 95],
    ]);
  });

  it('bunches A into the first 20 ms and B into the last 20 ms (the seed’s example)', () => {
    const [a, b] = timingTrains(5, 1);
    expect(a.every((t) => t >= 0 && t <= BUNCHED_MS)).toBe(true);
    expect(b.every((t) => t >= WINDOW_MS - BUNCHED_MS && t <= WINDOW_MS)).toBe(true);
  });

  it('keeps the same number of spikes, so the same rate, at every bunching; B mirrors A', () => {
    for (const bunching of [0, 0.3, 0.75, 1]) {
      const [a, b] = timingTrains(7, bunching);
      expect(a).toHaveLength(7);
      expect(b).toHaveLength(7);
      b.forEach((t, k) => expect(t).toBeCloseTo(WINDOW_MS - a[6 - k]!, 12));
    }
  });
});

describe('earTrains', () => {
  it('gives both ears the same spikes for a sound straight ahead', () => {
    const { left, right } = earTrains(4, 0);
    expect(left).toEqual([12.5, 37.5, 62.5, 87.5]);
    expect(right).toEqual(left);
  });

  it('makes the right ear earlier by Δt for a sound from the right, inside the window', () => {
    const { left, right } = earTrains(10, 10);
    left.forEach((t, k) => expect(t - right[k]!).toBe(10));
    expect(Math.min(...right)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...left)).toBeLessThanOrEqual(WINDOW_MS);
  });
});
