import { formatVector } from '../src/widgets/key-value/format.js';
import { keyOutputs, rowView } from '../src/models/keyValue.js';
import { expect, open, test, widget } from './fixtures.js';

test('on a 360 px phone the key–value appendix fits, and one view at a time is shown, both outputs always', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await open(page, '/key-value');
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
  const w = widget(page, 'key-value');
  const y = formatVector(rowView(keyOutputs([0.8, 0.6, -0.7], 'relu')));
  await expect(w.locator('.kv-rows')).toBeVisible();
  await expect(w.locator('.kv-columns')).toHaveCount(0);
  await w.getByRole('radio', { name: 'Column view' }).check();
  await expect(w.locator('.kv-columns')).toBeVisible();
  await expect(w.locator('.kv-rows')).toHaveCount(0);
  await expect(w.locator('[data-output="row"]')).toHaveText(y);
  await expect(w.locator('[data-output="column"]')).toHaveText(y);
});
