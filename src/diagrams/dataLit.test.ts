import { describe, expect, it } from 'vitest';
import { dataLit } from './dataLit.js';

describe('dataLit', () => {
  it('lights what the focus lights, dims the rest only where the focus dims', () => {
    expect(dataLit(true, true)).toBe(true);
    expect(dataLit(true, false)).toBe(true);
    expect(dataLit(false, true)).toBe(false);
    expect(dataLit(false, false)).toBeUndefined();
  });
});
