import { countMlp } from '../src/counting/index.js';
import { expect, test } from './fixtures.js';

test.use({ javaScriptEnabled: false });

test('a chapter reads with JavaScript off: prose, typeset math, and the widgets’ default counts', async ({ page }) => {
  await page.goto('/linear');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Linear neurons in an MLP');
  await expect(page.getByText('What the activation does')).toBeVisible();
  expect(await page.locator('.katex').count()).toBeGreaterThan(10);
  await expect(page.locator('[data-widget="mlp"]').first().locator('[data-count="synapses"]')).toHaveText(
    String(countMlp({ sizes: [3, 2, 2] }).synapses),
  );
});
