import type { Locator, Page } from '@playwright/test';
import { builtPages } from './builtPages.js';
import { expect, open, test, widget } from './fixtures.js';
import { splitAcrossLines } from './lines.js';

// A phone with a touch screen, at the narrowest common width.
test.use({ viewport: { width: 360, height: 740 } });

/**
 * How much each edge of `box` differs from its middle, with its content hidden so that only
 * what the box itself paints is left: the shadow that says "more this way".
 */
async function edgeShades(page: Page, box: Locator): Promise<{ left: number; right: number }> {
  await box.evaluate((element) => element.setAttribute('data-probe', ''));
  await page.addStyleTag({ content: '[data-probe] > * { visibility: hidden !important; }' });
  const png = await box.screenshot();
  await box.evaluate((element) => element.removeAttribute('data-probe'));
  return page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const shade = (x: number) => {
      const pixels = context.getImageData(x, 0, 4, image.height).data;
      let sum = 0;
      for (let i = 0; i < pixels.length; i += 4)
        sum += 0.2126 * pixels[i]! + 0.7152 * pixels[i + 1]! + 0.0722 * pixels[i + 2]!;
      return sum / (pixels.length / 4);
    };
    const middle = shade(Math.floor(image.width / 2));
    return { left: Math.abs(shade(0) - middle), right: Math.abs(shade(image.width - 4) - middle) };
  }, png.toString('base64'));
}

/** Every table and display equation on the page that is wider than the phone lets it be, with the box it scrolls in. */
async function overflowing(page: Page) {
  return page.evaluate(() => {
    const scrollerOf = (element: Element) => {
      for (let at: Element | null = element; at; at = at.parentElement) {
        const overflow = getComputedStyle(at).overflowX;
        if (overflow === 'auto' || overflow === 'scroll') return at;
      }
      return null;
    };
    const found: { what: string; scroller: number | null }[] = [];
    const scrollers: Element[] = [];
    const width = document.documentElement.clientWidth;
    for (const element of document.querySelectorAll('table, .katex-display > .katex')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0) continue;
      const scroller = scrollerOf(element.parentElement!);
      const bounds = scroller?.getBoundingClientRect() ?? { left: 0, right: width };
      if (box.left >= bounds.left - 1 && box.right <= bounds.right + 1) continue;
      const index = scroller === null ? -1 : scrollers.indexOf(scroller);
      if (scroller !== null && index === -1) scrollers.push(scroller);
      if (scroller !== null) scroller.setAttribute('data-scroller', String(scrollers.indexOf(scroller)));
      found.push({
        what: `${element.tagName.toLowerCase()} ${(element.textContent ?? '').slice(0, 40)}`,
        scroller: scroller === null ? null : scrollers.indexOf(scroller),
      });
    }
    return found;
  });
}

for (const path of builtPages()) {
  test(`${path}: every table and equation fits a 360 px phone or scrolls in its box with a shadow at the side with more`, async ({
    page,
  }) => {
    await open(page, path);
    // Words in a table stay whole: a narrow column scrolls rather than split "Parameters".
    const broken = await splitAcrossLines(page.locator('body'), /\S+/, 'th, td');
    expect(broken, 'words split across lines in a table').toEqual([]);

    const wide = await overflowing(page);
    expect(
      wide.filter((w) => w.scroller === null),
      'cut off at the edge, in no box that scrolls',
    ).toEqual([]);
    for (const index of new Set(wide.map((w) => w.scroller!))) {
      const box = page.locator(`[data-scroller="${index}"]`);
      await box.scrollIntoViewIfNeeded();
      if ((await box.locator('table').count()) > 0) {
        // A table's box is a region the keyboard can reach and scroll, named for the table.
        await expect(box).toHaveAttribute('role', 'region');
        await expect(box).toHaveAttribute('tabindex', '0');
        await expect(box).toHaveAccessibleName(/\w/);
      }
      const start = await edgeShades(page, box);
      expect(start.right, `a shadow at the right of ${wide.find((w) => w.scroller === index)!.what}`).toBeGreaterThan(
        12,
      );
      expect(start.left).toBeLessThan(3);
      await box.evaluate((element) => (element.scrollLeft = element.scrollWidth));
      const end = await edgeShades(page, box);
      expect(end.left).toBeGreaterThan(12);
      expect(end.right).toBeLessThan(3);
    }
  });
}

test('a wide table scrolls under a finger, and shows its last column', async ({ page }) => {
  await open(page, '/gpt-3');
  const region = page.getByRole('region', { name: 'Table 2.1, recounted' });
  await region.scrollIntoViewIfNeeded();
  const counted = region.getByRole('columnheader', { name: 'Counted' });
  const box = (await region.boundingBox())!;
  expect((await counted.boundingBox())!.x).toBeGreaterThan(box.x + box.width);
  // A finger drawn leftwards across the table, three times.
  const cdp = await page.context().newCDPSession(page);
  const y = Math.round(box.y + box.height / 2);
  for (let swipe = 0; swipe < 3; swipe++) {
    let x = Math.round(box.x + box.width * 0.85);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    for (let step = 0; step < 16; step++) {
      x -= 16;
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y }] });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  }
  await expect
    .poll(async () => {
      const c = (await counted.boundingBox())!;
      return c.x + c.width;
    })
    .toBeLessThanOrEqual(box.x + box.width + 1);
});

test('on a phone every preset can be tapped, and the Download menu opens on screen', async ({ page }) => {
  await open(page, '/linear');
  const w = widget(page, 'mlp');
  const presets = w.getByRole('group', { name: 'Presets' }).getByRole('button');
  for (const chip of await presets.all()) {
    const box = (await chip.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
  }
  const last = presets.last();
  await last.tap();
  await expect(last).toHaveAttribute('aria-pressed', 'true');

  await w.getByText('Download').tap();
  for (const item of await w.locator('.download-items button').all()) {
    await expect(item).toBeVisible();
    const box = (await item.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
  }
});
