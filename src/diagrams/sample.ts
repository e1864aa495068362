/**
 * Which of `count` items to draw when at most `max` fit: all of them, or the
 * first few and the last, with a gap (drawn as an ellipsis) between. The
 * counts stay exact; only the drawing is sampled.
 */
export interface Sample {
  /** Indices drawn, in order. */
  indices: number[];
  /** Position in `indices` after which the gap goes, or -1 when nothing is hidden. */
  gapAfter: number;
  hidden: number;
}

export function sample(count: number, max: number): Sample {
  if (count <= max) return { indices: Array.from({ length: count }, (_, i) => i), gapAfter: -1, hidden: 0 };
  const tail = Math.max(1, Math.floor((max - 1) / 3));
  const head = max - 1 - tail;
  const indices = [
    ...Array.from({ length: head }, (_, i) => i),
    ...Array.from({ length: tail }, (_, i) => count - tail + i),
  ];
  return { indices, gapAfter: head - 1, hidden: count - head - tail };
}

/** Slots along an axis: one per drawn item plus one for the gap, if any. */
export function slotsOf(s: Sample): ({ kind: 'item'; index: number } | { kind: 'gap' })[] {
  const slots: ({ kind: 'item'; index: number } | { kind: 'gap' })[] = [];
  s.indices.forEach((index, i) => {
    slots.push({ kind: 'item', index });
    if (i === s.gapAfter) slots.push({ kind: 'gap' });
  });
  return slots;
}
