/**
 * The longest a task waits for an idle moment: a page that never idles still gets it. Where the browser has no
 * idle callback, the task runs this long after the page has loaded.
 */
export const IDLE_TIMEOUT_MS = 5000;

/** Calls `run` once the page has loaded and the main thread is idle. */
export function whenIdle(run: () => void) {
  const schedule = () => {
    if ('requestIdleCallback' in window) requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
    else setTimeout(run, IDLE_TIMEOUT_MS);
  };
  if (document.readyState === 'complete') schedule();
  else window.addEventListener('load', schedule, { once: true });
}
