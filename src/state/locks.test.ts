import { describe, expect, it } from 'vitest';
import { lockedChanges, lockReason } from './locks.js';
import { choice, int, type Values } from './schema.js';
import type { WidgetModel } from './useWidgetStore.js';

const schema = {
  width: int({ key: 'width', label: 'width', min: 1, max: 64, default: 12 }),
  parts: int({ key: 'parts', label: 'parts', min: 1, max: 64, default: 4 }),
  shape: choice({
    key: 'shape',
    label: 'shape',
    options: [
      { value: 'flat', label: 'flat' },
      { value: 'even', label: 'even' },
    ],
    default: 'flat',
  }),
};
type S = typeof schema;

/** A rule between fields: parts must divide width (the nearest that does, fewer first), and "even" wants even parts. */
const model: WidgetModel<S> = {
  id: 'test',
  title: 'test',
  schema,
  constrain: (next) => {
    let parts = next.parts;
    while (next.width % parts !== 0 || (next.shape === 'even' && parts % 2 !== 0)) parts -= 1;
    return { ...next, parts: Math.max(parts, 1) };
  },
  presets: [],
};
const current: Values<S> = { width: 12, parts: 4, shape: 'flat' };
const hidingParts = new Set(['parts']);

describe('settings an embed hides are locked', () => {
  it('a change that keeps every hidden value is free', () => {
    expect(lockedChanges(model, current, { width: 16 }, hidingParts)).toEqual([]);
    expect(lockedChanges(model, current, { shape: 'even' }, hidingParts)).toEqual([]);
    expect(lockReason(model, current, 'width', 24, hidingParts)).toBeNull();
  });

  it('a change that moves a hidden value through the rules is named, with the value kept', () => {
    expect(lockedChanges(model, current, { width: 14 }, hidingParts)).toEqual(['parts']);
    expect(lockedChanges(model, current, { parts: 3 }, hidingParts)).toEqual(['parts']);
    expect(lockReason(model, current, 'width', 14, hidingParts)).toBe(
      'It would change what this view keeps fixed (parts at 4).',
    );
    const odd = { ...current, parts: 3 };
    expect(lockedChanges(model, odd, { shape: 'even' }, hidingParts)).toEqual(['parts']);
  });

  it('nothing is locked when nothing is hidden', () => {
    expect(lockedChanges(model, current, { width: 14, parts: 1 }, new Set())).toEqual([]);
  });
});
