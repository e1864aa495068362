import { COLOUR_RULES, transitionsSettled, violations } from './axe.js';
import { builtPages } from './builtPages.js';
import { expect, open, test } from './fixtures.js';

for (const path of builtPages()) {
  test(`axe finds nothing on ${path}, in the light scheme and the dark`, async ({ page }) => {
    // axe over a long chapter, twice: the slowest check on a busy machine.
    test.slow();
    await page.emulateMedia({ colorScheme: 'light' });
    await open(page, path);
    expect(await violations(page), 'light scheme').toEqual([]);
    const lightBackground = await page.locator('body').evaluate((body) => getComputedStyle(body).backgroundColor);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(page.locator('body')).not.toHaveCSS('background-color', lightBackground);
    await transitionsSettled(page);
    expect(await violations(page, COLOUR_RULES), 'dark scheme').toEqual([]);
  });
}

test('axe finds nothing with the widget tools in use: hidden counts, presentation, the share dialog', async ({
  page,
}) => {
  test.slow();
  await open(page, '/linear');
  const widget = page.locator('[data-widget]').first();
  await widget.getByRole('button', { name: 'Hide counts' }).click();
  await widget.getByRole('button', { name: 'Present' }).click();
  expect(await violations(page)).toEqual([]);
  await widget.getByRole('button', { name: 'Share' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await violations(page)).toEqual([]);
});
