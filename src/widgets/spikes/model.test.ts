import { describe, expect, it } from 'vitest';
import { directionOf, dragged, formatTimes, inputsOf, rateOf } from './model.js';

describe('spikes model helpers', () => {
  it('names the inputs by mode', () => {
    expect(inputsOf('timing', 3, 0, 0).map((i) => i.label)).toEqual(['input A', 'input B']);
    expect(inputsOf('ears', 3, 0, 4).map((i) => i.label)).toEqual(['left ear', 'right ear']);
  });

  it('gives the rate of N spikes in 100 ms as 10·N per second', () => {
    expect([1, 5, 10].map(rateOf)).toEqual([10, 50, 100]);
  });

  it('turns a drag into a new timing: B later bunches, an ear later moves the sound away from it', () => {
    expect(dragged('timing', 'b', 0, 40)).toBe(0.5);
    expect(dragged('timing', 'a', 1, 40)).toBe(0.5);
    expect(dragged('ears', 'b', 0, 3)).toBe(-6);
    expect(dragged('ears', 'a', 0, 3)).toBe(6);
  });

  it('writes times and directions in words', () => {
    expect(formatTimes([])).toBe('none');
    expect(formatTimes([9])).toBe('9 ms');
    expect(formatTimes([5, 25.5, 45])).toBe('5, 25.5 and 45 ms');
    expect([0, 2, -2].map(directionOf)).toEqual(['straight ahead', 'from the right', 'from the left']);
  });
});
