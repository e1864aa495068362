/** Registers the service worker (built by scripts/service-worker.mjs) so the site works offline after one visit. */
export function registerServiceWorker() {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const base = import.meta.env.BASE_URL;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch((error: unknown) => {
      // Offline reading is a bonus: a failed registration must not break the page.
      console.warn('Offline reading is unavailable:', error);
    });
  });
}
