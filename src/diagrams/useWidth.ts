import { startTransition, useLayoutEffect, useRef, useState } from 'react';
import { useHydrated } from '../components/useHydrated.js';

const useIsomorphicLayoutEffect = typeof window === 'undefined' ? () => {} : useLayoutEffect;

/** Containers narrower than this (phones held upright) all share one layout… */
export const COMPACT_BELOW = 480;
/** …drawn at this width; where the container is narrower still, the diagram scales down to fit. */
export const COMPACT_WIDTH = 320;

/** The width a diagram is laid out at in a container `measured` pixels wide. */
export function layoutWidth(measured: number): number {
  return measured < COMPACT_BELOW ? COMPACT_WIDTH : measured;
}

/**
 * The width to lay out the diagrams in the element behind `ref` at, kept
 * current as the page resizes (see layoutWidth); `undefined` while it is not
 * measured yet, on the server and while the page hydrates. Hand it to
 * `<Sized>`, which then draws the diagram both for a phone and for a desktop,
 * and lets CSS show the one that fits before any script runs; hydrating it
 * keeps the copy shown and drops the other.
 *
 * A widget drawn in the browser is measured before its first paint (it starts
 * at the compact width, never shown). A prerendered one is measured as a
 * transition, which React works on in slices between frames instead of in one
 * long task while the page loads. Later resizes are transitions too.
 */
export function useWidth<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  // Whether this widget came with the page (hydrating) or was drawn here, fixed at its first render.
  const hydrated = useHydrated();
  const [prerendered] = useState(!hydrated);
  const [width, setWidth] = useState<number | undefined>(prerendered ? undefined : COMPACT_WIDTH);
  useIsomorphicLayoutEffect(() => {
    const element = ref.current;
    if (element === null) return;
    // In CSS px of the diagram's own box: a presentation zooms the diagrams, and lays them out for the width before the zoom.
    const measure = () =>
      setWidth(layoutWidth(Math.round(element.getBoundingClientRect().width / (element.currentCSSZoom ?? 1))));
    const measureLater = () => startTransition(measure);
    if (prerendered) measureLater();
    else measure();
    const observer = new ResizeObserver(measureLater);
    observer.observe(element);
    return () => observer.disconnect();
  }, [prerendered]);
  return [ref, width] as const;
}
