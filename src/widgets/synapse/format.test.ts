import { describe, expect, it } from 'vitest';
import { formatFactor, formatSignal, formatWeight } from './format.js';

describe('signal formats', () => {
  it('writes two decimals with a true minus, and no negative zero', () => {
    expect(formatSignal(0.4321)).toBe('0.43');
    expect(formatSignal(-0.6)).toBe('−0.60');
    expect(formatSignal(-0.001)).toBe('0.00');
  });

  it('signs weights and brackets negative factors', () => {
    expect([0.8, -0.6, 0].map(formatWeight)).toEqual(['+0.80', '−0.60', '0.00']);
    expect([0.5, -0.25].map(formatFactor)).toEqual(['0.50', '(−0.25)']);
  });
});
