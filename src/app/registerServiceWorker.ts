import { whenIdle } from './whenIdle.js';

/** Whether the reader has asked the browser to save data (a data-saver or lite mode); unknown means no. */
function savesData(): boolean {
  const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
  return connection?.saveData === true;
}

/**
 * Registers the service worker (built by scripts/service-worker.mjs) so the site works offline after one visit.
 * Installing it downloads the whole site, several times what the page itself needs: so it waits until the
 * page has loaded and is idle, and a reader who asks to save data does without it.
 */
export function registerServiceWorker() {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator) || savesData()) return;
  const base = import.meta.env.BASE_URL;
  whenIdle(() => {
    navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch((error: unknown) => {
      // Offline reading is a bonus: a failed registration must not break the page.
      console.warn('Offline reading is unavailable:', error);
    });
  });
}
