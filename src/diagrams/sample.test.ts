import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sample, slotsOf } from './sample.js';

describe('sample', () => {
  it('draws everything that fits', () => {
    expect(sample(3, 8)).toEqual({ indices: [0, 1, 2], gapAfter: -1, hidden: 0 });
  });

  it('draws the head and tail of 49,152 neurons with the rest in a gap', () => {
    expect(sample(49_152, 8)).toEqual({ indices: [0, 1, 2, 3, 4, 49_150, 49_151], gapAfter: 4, hidden: 49_145 });
    expect(slotsOf(sample(49_152, 8))).toHaveLength(8);
  });

  it('never draws more than max slots, and drawn + hidden = count', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 3, max: 20 }), (count, max) => {
        const s = sample(count, max);
        expect(slotsOf(s).length).toBeLessThanOrEqual(max);
        expect(s.indices.length + s.hidden).toBe(count);
        expect(new Set(s.indices).size).toBe(s.indices.length);
      }),
    );
  });
});
