import { useMemo } from 'react';
import { useStore } from 'zustand';
import type { Schema } from './schema.js';
import type { WidgetStore } from './store.js';

/**
 * How one widget's typed focus is kept in its store: as an id string, the
 * same one its count rows and formula terms use (`neurons`, `key-3`), so
 * pointing at any of them lights the others. Only the widget reads and writes
 * these ids; its diagrams and predicates take the parsed value.
 */
export interface FocusCodec<F> {
  /** What `id` points at, or null when it names nothing this widget lights. */
  parse: (id: string | null) => F | null;
  /** The id of `focus`: `parse(id(focus))` equals `focus`. */
  id: (focus: F) => string;
}

/**
 * A setter of the store's focus taking the typed value, for a component that
 * only sets it (and so need not re-render as the focus changes).
 */
export function focusSetter<S extends Schema, F>(
  store: WidgetStore<S>,
  codec: FocusCodec<F>,
): (focus: F | null) => void {
  return (focus) => store.getState().setFocus(focus === null ? null : codec.id(focus));
}

/**
 * The widget's focus, parsed once per change of its id (so the same value is
 * handed to memoised diagrams until it changes), and a setter taking the typed
 * value.
 */
export function useFocus<S extends Schema, F>(
  store: WidgetStore<S>,
  codec: FocusCodec<F>,
): { focus: F | null; focusId: string | null; setFocus: (focus: F | null) => void } {
  const focusId = useStore(store, (s) => s.focus);
  const focus = useMemo(() => codec.parse(focusId), [codec, focusId]);
  const setFocus = useMemo(() => focusSetter(store, codec), [store, codec]);
  return { focus, focusId, setFocus };
}
