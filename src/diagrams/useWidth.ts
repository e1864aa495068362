import { startTransition, useLayoutEffect, useRef, useState } from 'react';
import { useHydrated } from '../components/useHydrated.js';

const useIsomorphicLayoutEffect = typeof window === 'undefined' ? () => {} : useLayoutEffect;

/**
 * The width of the element behind `ref`, kept current as the page resizes.
 * Until it is measured (on the server, and in the first client render) it is
 * `fallback`, so prerendered and hydrated markup agree.
 *
 * A widget drawn in the browser is measured before its first paint. A
 * prerendered one is already on screen, drawn at `fallback`: it is redrawn to
 * fit as a transition, which React works on in slices between frames instead
 * of in one long task while the page loads. Later resizes are transitions too.
 */
export function useWidth<T extends HTMLElement>(fallback: number) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  // Whether this widget came with the page (hydrating) or was drawn here, fixed at its first render.
  const hydrated = useHydrated();
  const [prerendered] = useState(!hydrated);
  useIsomorphicLayoutEffect(() => {
    const element = ref.current;
    if (element === null) return;
    const measure = () => setWidth(Math.round(element.getBoundingClientRect().width) || fallback);
    const measureLater = () => startTransition(measure);
    if (prerendered) measureLater();
    else measure();
    const observer = new ResizeObserver(measureLater);
    observer.observe(element);
    return () => observer.disconnect();
  }, [fallback, prerendered]);
  return [ref, width] as const;
}
