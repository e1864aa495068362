import { CHAPTERS } from '../src/site/siteMap.js';
import { expect, open, test } from './fixtures.js';

test.use({ serviceWorkers: 'allow' });

test('after one visit, every chapter and its widgets work with the network gone', async ({ page, context }) => {
  test.setTimeout(180_000);
  await open(page, '/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  const written = await page
    .locator('.contents a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(written.length).toBeGreaterThan(0);

  await context.setOffline(true);
  for (const path of written) {
    await open(page, path);
    const chapter = CHAPTERS.find((c) => c.path === path)!;
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(chapter.title);
    await expect(page.locator('.katex').first()).toBeVisible();
    const slider = page.locator('[data-widget] input[type="range"]').first();
    if ((await slider.count()) > 0) {
      const widget = page.locator('[data-widget]').first();
      const before = await widget.locator('.widget-readout').innerText();
      await slider.focus();
      await page.keyboard.press('End');
      await expect(widget.locator('.widget-readout')).not.toHaveText(before);
    }
  }
  await open(page, '/linear?widths=9,9');
  await expect(page.locator('[data-widget="mlp"] [data-count="neurons"]').first()).toHaveText('18');
});
