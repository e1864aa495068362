import { CHAPTERS } from '../src/site/siteMap.js';
import { expect, open, reload, test } from './fixtures.js';

test('the home page introduces the site and lists every chapter, linking the written ones', async ({ page }) => {
  await open(page, '/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Neurons in Deep Learning');
  const contents = page.locator('.contents > li');
  await expect(contents).toHaveCount(CHAPTERS.length);
  await expect(page.locator('.contents').getByRole('link', { name: 'Linear neurons in an MLP' })).toBeVisible();
  await page.locator('.contents').getByRole('link', { name: 'Linear neurons in an MLP' }).click();
  await expect(page).toHaveURL(/\/linear$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Linear neurons in an MLP');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page).toHaveTitle(/Linear neurons/);
});

test.describe(() => {
  test.use({ expectedErrors: [/status of 404/] });
  test('an unknown address gets a 404 page with the contents', async ({ page }) => {
    const response = await open(page, '/no-such-chapter');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  });
});

test('a trailing slash reaches the same chapter', async ({ page }) => {
  await open(page, '/linear/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Linear neurons in an MLP');
  await expect(page).toHaveURL(/\/linear$/);
});

test('the theme toggle switches the scheme and remembers it', async ({ page }) => {
  await open(page, '/linear');
  const toggle = page.getByRole('button', { name: /Theme/ });
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(20, 21, 23)');
  await reload(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});
