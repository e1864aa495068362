import { HF_CONFIG_EXAMPLES } from '../src/counting/index.js';
import { expect, open, test, widget } from './fixtures.js';

test('/models fits a 360 px phone without sideways scrolling, before and after counting a config', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await open(page, '/models');
  const overflow = () =>
    page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(await overflow()).toBe(0);
  const zoo = widget(page, 'zoo');
  const llama = HF_CONFIG_EXAMPLES.find((e) => e.repo.endsWith('Llama-2-7b-hf'))!;
  // The sample configs load once their panel is on screen: scroll to it as a reader would.
  await zoo.getByRole('textbox', { name: 'config.json' }).scrollIntoViewIfNeeded();
  await zoo.getByRole('button', { name: 'Llama-2-7b-hf' }).click();
  await expect(zoo.locator('tr[data-imported] [data-count="parameters"]')).toHaveText(
    llama.parameters.toLocaleString('en-US'),
  );
  expect(await overflow()).toBe(0);
});
