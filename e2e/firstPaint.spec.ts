import type { Page } from '@playwright/test';
import { COMPACT_WIDTH } from '../src/diagrams/useWidth.js';
import { builtPages } from './builtPages.js';
import { expect, open, test } from './fixtures.js';
import { recordRedraws, redrawn } from './redraws.js';

/** For each widget on the page: which copy of its diagram shows, and its first diagram's viewBox and on-screen widths. */
function shownDiagrams(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-widget]')].map((widget) => {
      const shown = [...widget.querySelectorAll<HTMLElement>('[data-sized]')].filter(
        (copy) => getComputedStyle(copy).display !== 'none',
      );
      const svg = shown[0]?.querySelector<SVGSVGElement>('svg.diagram');
      return {
        widget: widget.getAttribute('data-widget'),
        shown: shown.map((copy) => copy.dataset.sized),
        drawn: svg?.viewBox.baseVal.width,
        onScreen: svg && Math.round(svg.getBoundingClientRect().width),
      };
    }),
  );
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('a desktop’s first paint shows each diagram drawn for its wide box, a phone’s for a phone', async ({ page }) => {
    for (const [width, copy] of [
      [1280, 'wide'],
      [360, 'compact'],
    ] as const) {
      await page.setViewportSize({ width, height: 900 });
      for (const path of builtPages()) {
        await page.goto(path);
        for (const diagram of await shownDiagrams(page)) {
          const where = `${path} ${diagram.widget} at ${width} px`;
          expect(diagram.shown, where).toEqual([copy]);
          if (copy === 'compact') {
            expect(diagram.drawn, where).toBe(COMPACT_WIDTH);
          } else {
            expect(diagram.drawn, where).toBeGreaterThan(COMPACT_WIDTH);
            // Drawn for the box it is in, not a narrower drawing scaled up nor a wider one shrunk.
            expect(diagram.onScreen, where).toBe(diagram.drawn);
          }
        }
      }
    }
  });
});

for (const path of builtPages()) {
  test(`${path} at 1,280 px comes with every diagram prerendered for its box: hydrating redraws none`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await recordRedraws(page);
    await open(page, path);
    await expect(page.locator('[data-unmeasured]')).toHaveCount(0);
    expect(await redrawn(page)).toEqual([]);
  });
}

for (const path of ['/embed/gpt-block', '/gpt-block']) {
  test(`${path} on a slow desktop (CPU × 4) paints the wide diagram before its scripts run`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    // Hold the modules (not the tiny theme script, which must run before the first paint) until the
    // prerendered page has been painted and measured.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/assets/*.js', async (route) => {
      await held;
      await route.continue();
    });
    await recordRedraws(page);
    await page.goto(path, { waitUntil: 'commit' });
    const diagram = page.locator('[data-widget="gpt-block"] svg.diagram').filter({ visible: true });
    await expect(diagram).toHaveCount(1);
    const before = await shownDiagrams(page);
    expect(before[0]!.shown).toEqual(['wide']);
    expect(before[0]!.onScreen).toBe(before[0]!.drawn);
    const box = await page.locator('[data-widget="gpt-block"] .gpt-block-view').boundingBox();
    expect(before[0]!.drawn).toBe(Math.round(box!.width));

    release();
    await expect(page.locator('[data-widget="gpt-block"][data-ready]')).toBeAttached();
    await expect(page.locator('[data-unmeasured]')).toHaveCount(0);
    expect(await redrawn(page)).toEqual([]);
    expect(await shownDiagrams(page)).toEqual(before);
  });
}
