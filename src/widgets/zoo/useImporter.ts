import { useEffect, useState } from 'react';

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
 * The importer once it has loaded, null before: it starts loading when the
 * browser is idle after the page has painted (or at the first count, through
 * loadImporter), so its sample buttons and model types appear soon after.
 */
export function useImporter(): Importer | null {
  const [importer, setImporter] = useState<Importer | null>(null);
  useEffect(() => {
    let live = true;
    const start = () => {
      loadImporter().then(
        (module) => live && setImporter(module),
        () => undefined,
      );
    };
    const idle = window.requestIdleCallback?.(start, { timeout: 2000 });
    const timer = idle === undefined ? window.setTimeout(start, 300) : undefined;
    return () => {
      live = false;
      if (idle !== undefined) window.cancelIdleCallback(idle);
      if (timer !== undefined) window.clearTimeout(timer);
    };
  }, []);
  return importer;
}
