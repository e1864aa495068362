import { test as base, expect, type Locator, type Page } from '@playwright/test';

/**
 * Every test fails on any console error or uncaught exception in the page,
 * so "loads with no console error" is checked everywhere, not in one test.
 */
export const test = base.extend<{ pageErrors: string[]; expectedErrors: RegExp[] }>({
  /** Console errors a test provokes on purpose, e.g. the browser's report of a 404 response. */
  expectedErrors: [[], { option: true }],
  pageErrors: [
    async ({ page, expectedErrors }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        const text = message.text();
        if (message.type() === 'error' && !expectedErrors.some((pattern) => pattern.test(text))) errors.push(text);
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      expect(errors, 'console errors and exceptions in the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Waits until every widget on the page is interactive. Widgets load as they
 * near the screen, so each is scrolled to first, then the page returns to the top.
 */
export async function widgetsReady(page: Page) {
  const slots = page.locator('.widget-slot');
  const count = await slots.count();
  for (let i = 0; i < count; i++) {
    await slots.nth(i).scrollIntoViewIfNeeded();
    // A widget's code loads as it nears the screen; on a loaded machine that can take longer than an assertion's 5 s.
    await expect(slots.nth(i).locator('[data-widget][data-ready]').first()).toBeAttached({ timeout: 20_000 });
  }
  await expect(page.locator('[data-widget]:not([data-ready])')).toHaveCount(0, { timeout: 20_000 });
  if (count > 1) await page.evaluate(() => window.scrollTo(0, 0));
}

/** Opens `path` and waits until its widgets are interactive. */
export async function open(page: Page, path: string) {
  const response = await page.goto(path);
  await widgetsReady(page);
  return response;
}

export async function reload(page: Page) {
  await page.reload();
  await widgetsReady(page);
}

/** The exact count a widget shows in its row `id` (neurons, synapses, per-neuron, parameters), as a number. */
export async function shownCount(widget: Locator, id: string): Promise<number> {
  const text = await widget.locator(`[data-count="${id}"]`).innerText();
  return Number(text.replace(/,/g, ''));
}

/** The widget with this id on the page (the first one, unless `index` says otherwise). */
export function widget(page: Page, id: string, index = 0): Locator {
  return page.locator(`[data-widget="${id}"]`).nth(index);
}

/** Waits until the page's query string has caught up with the widget (it is written a moment after a change). */
export async function expectQuery(page: Page, key: string, value: string | null) {
  await expect.poll(() => new URL(page.url()).searchParams.get(key)).toBe(value);
}
