import { countRecurrent } from '../src/counting/index.js';
import { expect, open, test, widget } from './fixtures.js';

test('/recurrent fits a 360 px phone, its counts still read as table rows', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await open(page, '/recurrent?steps=8&cell=lstm&n_layers=4&bidirectional=1');
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
  const w = widget(page, 'recurrent');
  // Eight steps do not fit: the first few and the last are drawn, with a gap between.
  await expect(w.locator('.rnn-label[data-kind="step"]').last()).toHaveText('t = 8');
  await expect(w.locator('.rnn-label[data-kind="step"]', { hasText: '⋯' })).toHaveCount(1);
  const neurons = countRecurrent({
    cell: 'lstm',
    inputSize: 3,
    hiddenSize: 2,
    numLayers: 4,
    bidirectional: true,
  }).neurons;
  await expect(w.locator('table.counts').getByRole('row', { name: /^Neurons/ })).toContainText(String(neurons));
});
