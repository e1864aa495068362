import { countTensors } from '../src/counting/index.js';
import { llamaShapes, safetensorsHeader, tensorList } from '../src/weights/testFiles.js';
import { expect, open, test, widget } from './fixtures.js';
import { expectTotals, weightsFolder } from './weightsFiles.js';

test('a weights file counted on a 360 px phone: the page does not scroll sideways, the tensor table does', async ({
  page,
}) => {
  const folder = weightsFolder();
  const shapes = llamaShapes({ d: 2048, layers: 16, heads: 32, kvHeads: 8, ff: 8192, vocab: 128_256, tied: true });
  const { bytes, size } = safetensorsHeader(tensorList(shapes));
  const path = folder.file('model.safetensors', bytes, size);
  await page.setViewportSize({ width: 360, height: 740 });
  await open(page, '/models');
  const panel = widget(page, 'zoo').getByRole('region', { name: 'Count from a weights file' });
  await panel.getByLabel('Choose weights files…').setInputFiles(path);
  await expectTotals(panel, countTensors(shapes));
  folder.done();

  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  const region = panel.getByRole('region', { name: 'Every tensor of model.safetensors, layer by layer' });
  await expect(region).toHaveAttribute('tabindex', '0');
  const { scroll, client } = await region.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  expect(scroll).toBeGreaterThan(client);
  await region.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
});
