import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { builtPages } from './builtPages.js';
import { expect, open, test } from './fixtures.js';

async function violations(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} scheme`, () => {
    test.use({ colorScheme });
    for (const path of builtPages()) {
      test(`axe finds nothing on ${path}`, async ({ page }) => {
        await open(page, path);
        expect(await violations(page)).toEqual([]);
      });
    }
  });
}

test('axe finds nothing with the widget tools in use: hidden counts, presentation, the share dialog', async ({
  page,
}) => {
  await open(page, '/linear');
  const widget = page.locator('[data-widget]').first();
  await widget.getByRole('button', { name: 'Hide counts' }).click();
  await widget.getByRole('button', { name: 'Present' }).click();
  expect(await violations(page)).toEqual([]);
  await widget.getByRole('button', { name: 'Share' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await violations(page)).toEqual([]);
});
