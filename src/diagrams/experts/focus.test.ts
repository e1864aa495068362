import { describe, expect, it } from 'vitest';
import { expertLit, expertsFocus } from './focus.js';

describe('expertsFocus', () => {
  it('writes an expert as an id it reads back', () => {
    expect(expertsFocus.id({ kind: 'expert', index: 3 })).toBe('expert-3');
    expect(expertsFocus.parse(expertsFocus.id({ kind: 'expert', index: 0 }))).toEqual({ kind: 'expert', index: 0 });
  });

  it('reads nothing from the widget’s other ids', () => {
    expect(expertsFocus.parse('moe.router')).toBeNull();
    expect(expertsFocus.parse('active-neurons')).toBeNull();
    expect(expertsFocus.parse('expert-')).toBeNull();
    expect(expertsFocus.parse(null)).toBeNull();
  });
});

describe('expertLit', () => {
  it('lights the expert in focus and no other', () => {
    expect(expertLit({ kind: 'expert', index: 3 }, 3)).toBe(true);
    expect(expertLit({ kind: 'expert', index: 3 }, 2)).toBe(false);
    expect(expertLit(null, 0)).toBe(false);
  });
});
