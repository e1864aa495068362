import { describe, expect, it } from 'vitest';
import { angleOf, itdOf, layoutHead } from './layoutHead.js';

const box = { width: 160, height: 100 };

describe('layoutHead', () => {
  it('puts a sound with Δt = 0 straight ahead of the nose', () => {
    const head = layoutHead(0, 10, box);
    expect(head.source.x).toBeCloseTo(head.cx, 9);
    expect(head.source.y).toBeLessThan(head.cy - head.r);
  });

  it('puts Δt = +max straight to the right, −max to the left', () => {
    const right = layoutHead(10, 10, box);
    expect(right.source.y).toBeCloseTo(right.cy, 9);
    expect(right.source.x).toBeGreaterThan(right.ears.right.x);
    expect(layoutHead(-10, 10, box).source.x).toBeLessThan(right.ears.left.x);
  });

  it('stays inside its box', () => {
    for (const itd of [-10, -4, 0, 4, 10]) {
      const { source, cy, r } = layoutHead(itd, 10, box);
      expect(source.x).toBeGreaterThanOrEqual(0);
      expect(source.x).toBeLessThanOrEqual(box.width);
      expect(source.y).toBeGreaterThanOrEqual(0);
      expect(cy + r).toBeLessThanOrEqual(box.height);
    }
  });

  it('turns angles into Δt and back', () => {
    expect(itdOf(angleOf(3, 10), 10)).toBeCloseTo(3, 12);
    expect(itdOf(Math.PI, 10)).toBe(10);
    expect(itdOf(Math.PI / 6, 10)).toBeCloseTo(5, 12);
  });
});
