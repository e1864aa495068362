import { builtPages } from './builtPages.js';
import { expect, open, test } from './fixtures.js';
import { recordRedraws, redrawn } from './redraws.js';

for (const path of builtPages()) {
  test(`${path} fits a 360 px phone without sideways scrolling`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await open(page, path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
  });
}

for (const width of [360, 412]) {
  test(`every diagram comes prerendered to fit a ${width} px phone: hydrating redraws none`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await recordRedraws(page);
    for (const path of builtPages()) {
      await open(page, path);
      const widgets = await page.locator('[data-widget]').count();
      if (widgets > 0) expect(await page.locator('[data-widget] svg.diagram').count(), path).toBeGreaterThan(0);
      // Measured, each diagram keeps the copy drawn for a phone, as it was.
      await expect(page.locator('[data-unmeasured]'), path).toHaveCount(0);
      expect(await redrawn(page), path).toEqual([]);
    }
  });
}
