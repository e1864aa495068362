import { describe, expect, it } from 'vitest';
import { countGpt, GPT2_PRESETS, GPT3_PRESETS } from '../counting/index.js';
import { compareWithPublished } from './published.js';

const compare = (id: string) => {
  const preset = [...GPT2_PRESETS, ...GPT3_PRESETS].find((p) => p.id === id)!;
  return compareWithPublished(preset.published, countGpt(preset.spec).parameters);
};

describe('compareWithPublished', () => {
  it('GPT‑3 175B: the paper prints 175.0B, the count is 174.6B, 0.23% below', () => {
    const c = compare('gpt3-175b');
    expect(c).toMatchObject({ printed: '175.0B', counted: '174.6B', exact: false });
    expect(c.relative).toBeCloseTo(174_604_259_328 / 175e9 - 1, 12);
  });

  it('GPT‑2 small: Hugging Face’s exact count matches to the parameter', () => {
    expect(compare('gpt2-small')).toMatchObject({ printed: '124,439,808', counted: '124,439,808', exact: true });
  });

  it('rounds as the paper does, so rows that do not add up show: XL as printed is 1.5B, not 1.3B', () => {
    expect(compare('gpt3-small')).toMatchObject({ printed: '125M', counted: '125M' });
    expect(compare('gpt3-xl')).toMatchObject({ printed: '1.3B', counted: '1.5B' });
    expect(compare('gpt3-13b')).toMatchObject({ printed: '13.0B', counted: '12.9B' });
  });
});
