import type { FocusCodec } from '../../state/useFocus.js';

/**
 * What the reader points at in the experts diagram: one expert (from 0). The
 * widget's other focus ids (count rows, parts) light the tables only.
 */
export type ExpertsFocus = { kind: 'expert'; index: number };

/** Store ids: `expert-0`, `expert-1`, … */
export const expertsFocus: FocusCodec<ExpertsFocus> = {
  parse(id) {
    const match = /^expert-(\d+)$/.exec(id ?? '');
    return match ? { kind: 'expert', index: Number(match[1]) } : null;
  },
  id: (focus) => `expert-${focus.index}`,
};

/** Whether expert `expert` is the one in focus. */
export const expertLit = (focus: ExpertsFocus | null, expert: number): boolean => focus?.index === expert;
