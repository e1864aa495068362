import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

export type Importer = typeof import('./importer.js');

let loading: Promise<Importer> | null = null;

/** The config importer, loaded once; a failed load (offline) is tried again next time. */
export function loadImporter(): Promise<Importer> {
  loading ??= import('./importer.js').catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

/**
 * The importer once it has loaded, null before, and `want`, which starts loading it. It starts when the
 * panel comes on screen or when `want` is called (a pointer over the panel, focus inside it, a count), so a
 * first visit that never scrolls to the panel does not download the library's readers and sample configs.
 */
export function useImporter(panel: RefObject<HTMLElement | null>): { importer: Importer | null; want: () => void } {
  const [importer, setImporter] = useState<Importer | null>(null);
  const live = useRef(true);
  const want = useCallback(() => {
    loadImporter().then(
      (module) => live.current && setImporter(module),
      () => undefined,
    );
  }, []);
  useEffect(() => {
    live.current = true;
    const element = panel.current;
    if (element === null) return undefined;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) want();
    });
    observer.observe(element);
    return () => {
      live.current = false;
      observer.disconnect();
    };
  }, [panel, want]);
  return { importer, want };
}
