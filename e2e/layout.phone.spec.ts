import { builtPages } from './builtPages.js';
import { expect, open, test } from './fixtures.js';

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
    // It opens every page in turn, and pages keep being added.
    test.slow();
    await page.setViewportSize({ width, height: 800 });
    await page.addInitScript(() => {
      const redrawn: string[] = [];
      Object.assign(window, { redrawn });
      document.addEventListener('DOMContentLoaded', () =>
        new MutationObserver((records) => {
          for (const record of records) {
            const target = record.target instanceof Element ? record.target : record.target.parentElement;
            const moved = [...record.addedNodes, ...record.removedNodes].filter(
              (node) => node instanceof Element && (node.matches('svg.diagram') || node.querySelector('svg.diagram')),
            );
            if (target?.closest('svg.diagram') || moved.length > 0) {
              redrawn.push(target?.closest('[data-widget]')?.getAttribute('data-widget') ?? target?.nodeName ?? '?');
            }
          }
        }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true }),
      );
    });
    for (const path of builtPages()) {
      await open(page, path);
      const widgets = await page.locator('[data-widget]').count();
      if (widgets > 0) expect(await page.locator('[data-widget] svg.diagram').count(), path).toBeGreaterThan(0);
      expect(await page.evaluate(() => (window as unknown as { redrawn: string[] }).redrawn), path).toEqual([]);
    }
  });
}
