import { sample } from '../sample.js';

/** Along a row of channels: a drawn channel, or a run of hidden ones summarised as "+n". */
export type Slot = { kind: 'item'; index: number } | { kind: 'gap'; hidden: number };

/**
 * Which of `count` channels to draw, about `max` of them, when one neuron reads
 * only the channels in [start, start + length) (its group). The group is
 * sampled on its own, and around it the first and last channels and the
 * group's neighbours are drawn, so the reader sees where it starts and ends.
 */
export function pickAround(count: number, start: number, length: number, max: number): number[] {
  if (length >= count) return sample(count, max).indices;
  const end = start + length;
  const outside = [...new Set([0, start - 1, end, count - 1])].filter(
    (i) => i >= 0 && i < count && (i < start || i >= end),
  );
  const inside = sample(length, Math.max(3, max - outside.length)).indices.map((i) => start + i);
  return [...inside, ...outside].sort((a, b) => a - b);
}

/** Slots for sorted, distinct indices: each index, and a gap wherever indices are skipped. */
export function slotsFrom(indices: readonly number[]): Slot[] {
  const slots: Slot[] = [];
  indices.forEach((index, i) => {
    const previous = indices[i - 1];
    if (previous !== undefined && index - previous > 1) slots.push({ kind: 'gap', hidden: index - previous - 1 });
    slots.push({ kind: 'item', index });
  });
  return slots;
}
