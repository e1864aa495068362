import { useCallback, useState } from 'react';

/** How far outside the screen a widget starts loading, so it is ready by the time it scrolls in. */
const MARGIN = '800px 0px';

/**
 * Defers a widget's code until its place on the page comes near the screen.
 * A chapter's first visit then downloads (and hydrates) only the widgets a
 * reader can see; the prerendered widget stays in place, readable, until then.
 *
 * Returns a promise, pending until the element is near the viewport and `load`
 * has finished (null on the server), and the callback ref for that element.
 * Nothing here sets state: a re-render of the slot while its prerendered
 * widget waits to hydrate would make React throw that markup away and draw
 * the widget again from scratch.
 */
export function useNearViewport(
  load: () => Promise<unknown>,
): [promise: Promise<unknown> | null, observe: (element: HTMLDivElement | null) => (() => void) | undefined] {
  const [gate] = useState(() => {
    if (typeof window === 'undefined') return null;
    let open!: () => void;
    const promise = new Promise<void>((resolve) => (open = resolve));
    return { promise, open };
  });

  const observe = useCallback(
    (element: HTMLDivElement | null) => {
      if (gate === null || element === null) return undefined;
      const observer = new IntersectionObserver(
        (entries) => {
          if (!entries.some((e) => e.isIntersecting)) return;
          observer.disconnect();
          void load().then(gate.open, gate.open);
        },
        { rootMargin: MARGIN },
      );
      observer.observe(element);
      return () => observer.disconnect();
    },
    [gate, load],
  );

  return [gate?.promise ?? null, observe];
}
