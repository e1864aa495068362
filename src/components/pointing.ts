import type { MouseEvent, PointerEvent } from 'react';

/** Sets the widget's focus: an id, or a typed value (see src/state/useFocus.ts); null clears it. */
type Focus<F> = (focus: F | null) => void;

/**
 * Whether the pointer can hover: a mouse or a pen can, a finger cannot. A tap
 * sends pointerenter as the finger lands and pointerleave as it lifts, so a
 * highlight that followed them would be gone before the reader saw it.
 */
export function hovers(event: PointerEvent): boolean {
  return event.pointerType !== 'touch';
}

/**
 * Calls `light(true)` while a mouse or pen is over the element and
 * `light(false)` as it leaves. A finger does neither: on a phone the element's
 * focus, or a tap (see pointTarget), lights it instead.
 */
export function hoverLight(light: (on: boolean) => void) {
  return {
    onPointerEnter: (event: PointerEvent) => {
      if (hovers(event)) light(true);
    },
    onPointerLeave: (event: PointerEvent) => {
      if (hovers(event)) light(false);
    },
  };
}

/**
 * A part of a picture (see pointArea) that a reader can point at to light
 * `id`: with a mouse it lights as the pointer comes over it; a tap (or a
 * click) lights it until another part is tapped.
 */
export function pointTarget<F>(onFocus: Focus<F>, id: F) {
  return {
    onPointerEnter: (event: PointerEvent) => {
      if (hovers(event)) onFocus(id);
    },
    onClick: () => onFocus(id),
  };
}

/** A pointTarget that also goes dark as the mouse leaves it, for one that stands on its own. */
export function pointItem<F>(onFocus: Focus<F>, id: F) {
  return {
    ...pointTarget(onFocus, id),
    onPointerLeave: (event: PointerEvent) => {
      if (hovers(event)) onFocus(null);
    },
  };
}

/**
 * The same, for a picture whose parts are told apart on the fly (`focusAt`
 * reads the part under the pointer, or null for the background): hovering
 * lights the part under a mouse, a tap lights the part tapped, and a tap on the
 * background clears it.
 */
export function pointParts<F>(onFocus: Focus<F>, focusAt: (event: { target: EventTarget }) => F | null) {
  return {
    onPointerOver: (event: PointerEvent) => {
      if (hovers(event)) onFocus(focusAt(event));
    },
    onPointerLeave: (event: PointerEvent) => {
      if (hovers(event)) onFocus(null);
    },
    onClick: (event: MouseEvent) => onFocus(focusAt(event)),
  };
}

/**
 * A picture whose parts are pointTargets: the mouse leaving it clears the
 * focus, and so does a tap on its background.
 */
export function pointArea<F>(onFocus: Focus<F>) {
  return {
    onPointerLeave: (event: PointerEvent) => {
      if (hovers(event)) onFocus(null);
    },
    onClick: (event: MouseEvent) => {
      if (event.target === event.currentTarget) onFocus(null);
    },
  };
}
