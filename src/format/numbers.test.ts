import { describe, expect, it } from 'vitest';
import {
  formatCompact,
  formatCount,
  formatDecimal,
  formatPowerOfTen,
  formatPowerShort,
  formatQuantity,
  formatRatio,
  formatSigned,
  formatTicks,
  trueMinus,
} from './numbers.js';

describe('exact and short counts', () => {
  it('writes every digit of a count, with separators, however large', () => {
    expect(formatCount(173_946_175_488)).toBe('173,946,175,488');
    expect(formatCount(0)).toBe('0');
    expect(formatCount(12n ** 20n)).toBe('3,833,759,992,447,475,122,176');
  });

  it('adds a short form from 10,000 up, where it says something the exact count does not', () => {
    expect(formatCompact(9_999)).toBeUndefined();
    expect(formatCompact(-9_999)).toBeUndefined();
    expect(formatCompact(10_000)).toBe('10K');
    expect(formatCompact(173_946_175_488)).toBe('173.9B');
    expect(formatCompact(1_500_000)).toBe('1.5M');
  });

  it('writes ratios to one decimal and fixed-point values to the places asked for', () => {
    expect(formatRatio(14_745.6)).toBe('14,745.6');
    expect(formatRatio(3)).toBe('3');
    expect(formatRatio(2 / 3)).toBe('0.7');
    expect(formatDecimal(0.5, 2)).toBe('0.50');
    expect(formatDecimal(1.25, 1)).toBe('1.3');
  });
});

describe('formatQuantity', () => {
  it('is singular for exactly one and plural otherwise', () => {
    expect(formatQuantity(1, 'blocks')).toBe('1 block');
    expect(formatQuantity(96, 'blocks')).toBe('96 blocks');
    expect(formatQuantity(0, 'blocks')).toBe('0 blocks');
    expect(formatQuantity(12_288, 'features')).toBe('12,288 features');
  });

  it('makes singular the word that carries the plural, in every unit the sliders use', () => {
    const units: [string, string][] = [
      ['spikes in 100 ms', '1 spike in 100 ms'],
      ['input channels', '1 input channel'],
      ['cells a side', '1 cell a side'],
      ['key neurons', '1 key neuron'],
      ['positions', '1 position'],
      ['ms', '1 ms'],
    ];
    for (const [unit, one] of units) expect(formatQuantity(1, unit)).toBe(one);
    expect(formatQuantity(2, 'spikes in 100 ms')).toBe('2 spikes in 100 ms');
  });
});

describe('signed numbers and scale letters, as every widget prints them', () => {
  it('writes a true minus sign, never a negative zero, and the plus sign only when asked', () => {
    expect(formatSigned(-0.6, 2)).toBe('−0.60');
    expect(formatSigned(0.4321, 2)).toBe('0.43');
    expect(formatSigned(-0.001, 2)).toBe('0.00');
    expect(formatSigned(0.8, 2, 'always')).toBe('+0.80');
    expect(formatSigned(0, 2, 'always')).toBe('0.00');
    expect(formatSigned(-1, 0)).toBe('−1');
    expect(formatSigned(-1234.5, 1)).toBe('−1,234.5');
    expect(trueMinus('-2.5')).toBe('−2.5');
    expect(trueMinus('2.5')).toBe('2.5');
  });

  it('labels powers of ten with the letter of their thousands, up to T', () => {
    expect([0, 2, 3, 5, 6, 9, 11, 12, 15].map(formatPowerShort)).toEqual([
      '1',
      '100',
      '1K',
      '100K',
      '1M',
      '1B',
      '100B',
      '1T',
      '1,000T',
    ]);
    expect(formatPowerOfTen(0)).toBe('1');
    expect(formatPowerOfTen(12)).toBe('10¹²');
  });

  it('gives ticks one letter and as many decimals as their spacing needs', () => {
    expect(formatTicks([174e9, 174.5e9, 175e9])).toEqual(['174.0B', '174.5B', '175.0B']);
    expect(formatTicks([500, 1000])).toEqual(['0.5K', '1.0K']);
    expect(formatTicks([1, 2])).toEqual(['1', '2']);
  });
});
