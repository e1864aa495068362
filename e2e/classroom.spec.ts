import { readFile } from 'node:fs/promises';
import { countMlp } from '../src/counting/index.js';
import { expect, expectQuery, open, shownCount, test, widget } from './fixtures.js';

test('presentation mode is keyboard driven: focus on a control, arrows, number keys for presets, Esc to leave', async ({
  page,
}) => {
  await open(page, '/linear');
  const w = widget(page, 'mlp');
  await w.getByRole('button', { name: 'Present' }).click();
  await expect(w).toHaveClass(/presenting/);
  const box = await w.boundingBox();
  expect(box?.width).toBe(page.viewportSize()?.width);

  await expect(w.getByRole('slider', { name: 'input size n' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(w.getByRole('slider', { name: 'n_layers' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(w.locator('[data-count="neurons"]')).toHaveText(String(countMlp({ sizes: [3, 2, 2, 2] }).neurons));

  await page.keyboard.press('2');
  await expect(w.locator('[data-count="synapses"]')).toHaveText(String(countMlp({ sizes: [3, 3, 3, 3, 3] }).synapses));
  await expect(w.getByRole('button', { name: 'Four layers of 3' })).toHaveAttribute('aria-pressed', 'true');

  await page.keyboard.press('Escape');
  await expect(w).not.toHaveClass(/presenting/);
});

test('a presentation link opens an embed in presentation mode', async ({ page }) => {
  await open(page, '/embed/mlp?present');
  await expect(widget(page, 'mlp')).toHaveClass(/presenting/);
});

test('predict, then reveal: counts hide and show, from the button and from the link', async ({ page }) => {
  await open(page, '/linear');
  const w = widget(page, 'mlp');
  await w.getByRole('button', { name: 'Hide counts' }).click();
  await expect(w.locator('[data-count]')).toHaveCount(0);
  await expect(w.getByText('The counts are hidden.')).toBeVisible();
  await expectQuery(page, 'predict', '1');

  await open(page, '/linear?predict=1&widths=5,5');
  await expect(w.locator('[data-count]')).toHaveCount(0);
  await w.getByRole('button', { name: 'Reveal counts' }).first().click();
  expect(await shownCount(w, 'synapses')).toBe(countMlp({ sizes: [3, 5, 5] }).synapses);
});

test('downloads: the diagram as SVG and PNG, the counts as CSV', async ({ page }) => {
  await open(page, '/linear');
  const w = widget(page, 'mlp');
  const save = async (name: string) => {
    await w.getByText('Download').click();
    const [download] = await Promise.all([page.waitForEvent('download'), w.getByRole('button', { name }).click()]);
    return { name: download.suggestedFilename(), data: await readFile((await download.path())!) };
  };

  const svg = await save('Diagram (SVG)');
  expect(svg.name).toBe('mlp.svg');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror') !== null,
      root: doc.documentElement.nodeName,
      circles: doc.querySelectorAll('circle').length,
    };
  }, svg.data.toString('utf8'));
  expect(parsed).toEqual({ error: false, root: 'svg', circles: 3 + 2 + 2 });

  const png = await save('Diagram (PNG)');
  expect(png.name).toBe('mlp.png');
  expect([...png.data.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.data.readUInt32BE(16)).toBeGreaterThan(400);

  const csv = await save('Counts (CSV)');
  expect(csv.data.toString('utf8')).toContain(`Synapses,${countMlp({ sizes: [3, 2, 2] }).synapses}`);
});
