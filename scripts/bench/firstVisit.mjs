// What a first visit costs a phone: every byte on the wire for one visit with an empty cache, by the page and
// by its service worker, split at the moment the page asks for the worker, which it does once it is idle.
// Bytes are Resource Timing's transferSize (body as sent, gzip here, plus headers), read in the page and in
// the worker; the worker's own script, which neither timeline holds, is fetched once more to weigh it.
import { get } from 'node:http';
import { devices } from '@playwright/test';

/** Runs in the page before its scripts: notes when it first asks for a service worker. */
function noteRegistration() {
  const register = ServiceWorkerContainer.prototype.register;
  ServiceWorkerContainer.prototype.register = function (...args) {
    window.__registeredAt ??= performance.timeOrigin + performance.now();
    return register.apply(this, args);
  };
}

/** Runs in a page or a worker: each transfer's start (ms since the epoch), URL and bytes on the wire. */
function transfers() {
  const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
  return entries.map((e) => ({ at: performance.timeOrigin + e.startTime, url: e.name, bytes: e.transferSize }));
}

/** The bytes the server sends for `url` to a browser that accepts gzip (the body only). */
const wireBytes = (url) =>
  new Promise((resolve, reject) => {
    get(url, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
      let bytes = 0;
      response.on('data', (chunk) => (bytes += chunk.length));
      response.on('end', () => resolve(bytes));
    }).on('error', reject);
  });

const total = (list) => list.reduce((sum, t) => sum + t.bytes, 0);

/**
 * Visits `url` as a phone with an empty cache, waits until the service worker has installed (it downloads the
 * offline copy as it does) and the network is quiet, and returns the bytes fetched before and after the page
 * asked for the worker. `idleAfterMs` is that moment, from the start of the visit; null if it never came.
 */
export async function measureFirstVisit(browser, url, { workerUrl, timeoutMs = 30_000 }) {
  const context = await browser.newContext({ ...devices['Pixel 7'], serviceWorkers: 'allow' });
  try {
    const page = await context.newPage();
    await page.addInitScript(noteRegistration);
    await page.goto(url);
    const installed = await page.evaluate(
      (ms) =>
        Promise.race([
          navigator.serviceWorker.ready.then(() => true),
          new Promise((resolve) => setTimeout(() => resolve(false), ms)),
        ]),
      timeoutMs,
    );
    await page.waitForLoadState('networkidle');
    const [start, idleAt] = await page.evaluate(() => [performance.timeOrigin, window.__registeredAt ?? null]);
    const fetched = await page.evaluate(transfers);
    const worker = context.serviceWorkers()[0];
    if (worker) fetched.push(...(await worker.evaluate(transfers)));
    if (idleAt !== null) fetched.push({ at: idleAt, url: workerUrl, bytes: await wireBytes(workerUrl) });
    const before = fetched.filter((t) => idleAt === null || t.at < idleAt);
    const after = fetched.filter((t) => !before.includes(t));
    return {
      installed,
      idleAfterMs: idleAt === null ? null : idleAt - start,
      before: { files: before.length, bytes: total(before) },
      after: { files: after.length, bytes: total(after) },
    };
  } finally {
    await context.close();
  }
}
