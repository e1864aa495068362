import { createStore, type StoreApi } from 'zustand/vanilla';
import type { QueryNotice } from './query.js';
import type { Schema, Values } from './schema.js';

/**
 * A widget's inputs: its schema's values, plus the id of the formula term or
 * diagram part under the pointer or keyboard focus (linking the two). Counts
 * are never stored; widgets derive them from these inputs with src/counting.
 */
export type WidgetState<S extends Schema> = Values<S> & {
  /**
   * Kept as the id the count rows and formula terms use (`neurons`, `key-3`);
   * a widget reads and writes its own typed focus through its FocusCodec
   * (see useFocus.ts). Not part of the link.
   */
  focus: string | null;
  /** What reading the page's link ignored or clamped, to tell the reader. */
  notices: readonly QueryNotice[];
  /** Merges `patch` into the values, then applies the widget's cross-field rules. */
  update: (patch: Partial<Values<S>>) => void;
  setFocus: (focus: string | null) => void;
  setNotices: (notices: readonly QueryNotice[]) => void;
};

export type WidgetStore<S extends Schema> = StoreApi<WidgetState<S>>;

/**
 * Rules between fields that the schema's per-field bounds cannot express
 * (e.g. heads must divide d_model). Returns valid values; pure.
 */
export type Constrain<S extends Schema> = (next: Values<S>, previous: Values<S>) => Values<S>;

export function valuesOf<S extends Schema>(schema: S, state: WidgetState<S>): Values<S> {
  return Object.fromEntries(Object.keys(schema).map((name) => [name, state[name]])) as Values<S>;
}

export function createWidgetStore<S extends Schema>(
  schema: S,
  initial: Values<S>,
  constrain?: Constrain<S>,
): WidgetStore<S> {
  return createStore<WidgetState<S>>()((set, get) => ({
    ...initial,
    focus: null,
    notices: [],
    update: (patch) => {
      const previous = valuesOf(schema, get());
      const next = { ...previous, ...patch };
      set((constrain ? constrain(next, previous) : next) as Partial<WidgetState<S>>);
    },
    setFocus: (focus) => set({ focus } as Partial<WidgetState<S>>),
    setNotices: (notices) => set({ notices } as Partial<WidgetState<S>>),
  }));
}
