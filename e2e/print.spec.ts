import type { Page } from '@playwright/test';
import { expect, open, test } from './fixtures.js';
import { drawPicture, type Picture } from './picture.js';

/** The chapter's prose blocks that come after its first widget: the ones the screen lays out only near the viewport. */
const BELOW = '.chapter > .numbered-figure ~ :is(p, ul, ol, .katex-display, .erratum, .aside)';

/** How each block under `selector` is set to render (its computed `content-visibility`), in page order. */
const visibilities = (page: Page, selector: string) =>
  page.evaluate((s) => [...document.querySelectorAll(s)].map((e) => getComputedStyle(e).contentVisibility), selector);

/**
 * Takes a full-page screenshot and returns the text of every block under `selector` whose box in the picture is
 * blank: no pixel in it differs clearly from the pixel at the box's top-left corner (the paper behind it).
 */
async function blankBlocks(page: Page, selector: string): Promise<string[]> {
  await drawPicture(page, await page.screenshot({ fullPage: true }));
  return page.evaluate((selector) => {
    const { width, pixels } = (window as unknown as { picture: Picture }).picture;
    const scale = width / document.documentElement.scrollWidth;
    const blank: string[] = [];
    for (const block of document.querySelectorAll(selector)) {
      const box = block.getBoundingClientRect();
      if (box.width < 1 || box.height < 1) continue;
      const x = Math.floor((box.left + window.scrollX) * scale);
      const y = Math.floor((box.top + window.scrollY) * scale);
      const w = Math.max(1, Math.floor(box.width * scale));
      const h = Math.max(1, Math.floor(box.height * scale));
      const at = (y * width + x) * 4;
      let ink = 0;
      for (let row = y; row < y + h; row++) {
        for (let i = (row * width + x) * 4; i < (row * width + x + w) * 4; i += 4) {
          const d =
            Math.abs(pixels[i]! - pixels[at]!) +
            Math.abs(pixels[i + 1]! - pixels[at + 1]!) +
            Math.abs(pixels[i + 2]! - pixels[at + 2]!);
          if (d > 96) ink++;
        }
      }
      if (ink < 20) blank.push((block.textContent ?? '').trim().slice(0, 60));
    }
    return blank;
  }, selector);
}

/** The scroll regions (tables, equations) that hide part of what they hold: wider inside than their box, and clipping. */
const clipped = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.scroll-x, .katex-display, .formula-line')]
      .filter((e) => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible')
      .map((e) => (e.textContent ?? '').trim().slice(0, 40)),
  );

const PATHS = ['/gpt-3', '/key-value'];

test.describe('printing, with or without scripts', () => {
  // Without scripts the prose below the first widget stays unrendered until it nears the screen: print alone must
  // lay it out.
  test.use({ javaScriptEnabled: false });

  for (const path of PATHS) {
    test(`${path} prints whole: prose laid out only near the screen is printed, with no holes`, async ({ page }) => {
      await page.goto(path);
      const onScreen = await visibilities(page, BELOW);
      expect(onScreen.length, 'prose after the first widget').toBeGreaterThan(3);
      expect(new Set(onScreen)).toEqual(new Set(['auto']));

      await page.emulateMedia({ media: 'print' });
      expect(new Set(await visibilities(page, '.chapter *'))).toEqual(new Set(['visible']));
      expect(await blankBlocks(page, BELOW), 'blocks that print blank').toEqual([]);
      // On a sheet as narrow as a phone, a table or equation wider than its box still prints whole, not cut off.
      await page.setViewportSize({ width: 360, height: 740 });
      expect(await clipped(page), 'tables and equations cut at their box').toEqual([]);

      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? [];
      expect(pages.length, 'pages in the printed chapter').toBeGreaterThan(2);
    });
  }
});

for (const path of PATHS) {
  test(`${path}: once the page is idle, a full-page capture on screen shows every paragraph`, async ({ page }) => {
    await open(page, path);
    await expect(page.locator('html')).toHaveClass(/\bprose-laid-out\b/);
    expect(new Set(await visibilities(page, BELOW))).toEqual(new Set(['visible']));
    expect(await blankBlocks(page, BELOW), 'blocks blank in the capture').toEqual([]);
  });
}
