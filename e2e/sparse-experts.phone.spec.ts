import { chooseExperts, routerWeights } from '../src/models/routing.js';
import { expect, open, test, widget } from './fixtures.js';

test('on a 360 px phone the sparse-experts widget fits, and a tap selects an expert as hover does', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await open(page, '/sparse-experts?n_experts=16&top_k=4&token=3');
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
  const w = widget(page, 'experts');
  const chosen = chooseExperts(routerWeights(3, 16), 4);
  const skipped = [...Array(16).keys()].find((e) => !chosen.includes(e))!;
  await w.locator(`.experts-cell[data-expert="${skipped + 1}"]`).tap();
  await expect(w.locator('[data-detail]')).toContainText(`Expert ${skipped + 1}: router weight`);
  await expect(w.locator('[data-detail]')).toContainText('stay silent');
  await expect(w.locator(`.experts-cell[data-expert="${skipped + 1}"]`)).toHaveAttribute('data-focused', 'true');
  await w.locator(`.experts-cell[data-expert="${chosen[0]! + 1}"]`).tap();
  await expect(w.locator('[data-detail]')).toContainText('choice 1 of 4');
});
