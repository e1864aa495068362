import type { Page } from '@playwright/test';
import { CHAPTERS } from '../src/site/siteMap.js';
import { expect, open, test } from './fixtures.js';

test.use({ serviceWorkers: 'allow' });

/**
 * Holds the page's idle callbacks until the test releases them, noting whether the page had loaded when each
 * was asked for: the test decides when the page is idle.
 */
async function holdIdleCallbacks(page: Page) {
  await page.addInitScript(() => {
    const held: { run: IdleRequestCallback; afterLoad: boolean }[] = [];
    Object.assign(window, { __idle: held });
    window.requestIdleCallback = (run) => held.push({ run, afterLoad: document.readyState === 'complete' });
  });
}

/** Runs the held idle callbacks, as a browser would once the page is idle; returns whether each was asked for after load. */
const releaseIdle = (page: Page) =>
  page.evaluate(() => {
    const held = (window as unknown as { __idle: { run: IdleRequestCallback; afterLoad: boolean }[] }).__idle;
    for (const { run } of held) run({ didTimeout: false, timeRemaining: () => 50 });
    return held.map((h) => h.afterLoad);
  });

/** What the visit has stored for offline reading: the worker's scope, if one is registered, and every cached URL path. */
const offlineStore = (page: Page) =>
  page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    const paths: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname);
    }
    return { scope: registration?.scope ?? null, paths };
  });

test('a first visit downloads the site for offline reading only once the page has loaded and is idle', async ({
  page,
  context,
}) => {
  await holdIdleCallbacks(page);
  await open(page, '/');
  // Long enough for a worker registered at load to have installed and filled its cache.
  await page.waitForTimeout(1500);
  expect(await offlineStore(page)).toEqual({ scope: null, paths: [] });
  expect(context.serviceWorkers()).toHaveLength(0);

  // The page's idle tasks (this one, and laying out the rest of the prose) were all asked for after load.
  expect(new Set(await releaseIdle(page))).toEqual(new Set([true]));
  await page.evaluate(() => navigator.serviceWorker.ready);
  const { scope, paths } = await offlineStore(page);
  expect(scope).toBe(new URL('/', page.url()).href);
  for (const chapter of CHAPTERS) expect(paths).toContain(`${chapter.path}/index.html`);
});

test('a reader who asks to save data gets no offline copy, and the page works as ever', async ({ page, context }) => {
  const session = await context.newCDPSession(page);
  await session.send('Emulation.setDataSaverOverride', { dataSaverEnabled: true });
  await holdIdleCallbacks(page);
  await open(page, '/');
  expect(
    await page.evaluate(() => (navigator as Navigator & { connection: { saveData: boolean } }).connection.saveData),
  ).toBe(true);
  await releaseIdle(page);
  await page.waitForTimeout(1500);
  expect(await offlineStore(page)).toEqual({ scope: null, paths: [] });
  expect(context.serviceWorkers()).toHaveLength(0);

  const first = CHAPTERS[0]!;
  await page.locator('.contents').getByRole('link', { name: first.title }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.title);
});
