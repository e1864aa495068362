import { describe, expect, it } from 'vitest';
import { formatQuantity } from './numbers.js';

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
