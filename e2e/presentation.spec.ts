import type { Locator } from '@playwright/test';
import { CATALOG } from '../src/widgets/catalog.js';
import { expect, open, test, widget } from './fixtures.js';
import { splitAcrossLines } from './lines.js';

// A classroom projector: 1920 × 1080, read from the back of the room.
test.use({ viewport: { width: 1920, height: 1080 } });

const LEGIBLE = 20;

/** Every label of the widget's diagrams as drawn on the screen: its text, and its size across the line in pixels. */
function drawnLabels(w: Locator) {
  return w.evaluate((root) =>
    [...root.querySelectorAll('svg text')].flatMap((text) => {
      const box = text.getBoundingClientRect();
      const matrix = (text as SVGTextElement).getScreenCTM();
      if (box.width === 0 || box.height === 0 || matrix === null || !text.textContent?.trim()) return [];
      // Across the line: the box's height, or its width for a label turned on its side.
      const upright = Math.abs(matrix.a) >= Math.abs(matrix.b);
      const fontSize = parseFloat(getComputedStyle(text).fontSize) * Math.hypot(matrix.a, matrix.b);
      return [{ text: text.textContent.trim(), box: upright ? box.height : box.width, fontSize }];
    }),
  );
}

/** Text outside the diagrams (controls, presets, counts, notes) smaller than `min` pixels on the screen. */
function smallText(w: Locator, min: number) {
  return w.evaluate((root, min) => {
    const small: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement!;
      // Below the first screen (the parts table, the caption), subscripts, and what only a screen reader reads.
      if (!node.textContent?.trim() || element.closest('svg, .katex, .sr-only, .widget-parts, figcaption, sub'))
        continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.top > window.innerHeight) continue;
      const size = parseFloat(getComputedStyle(element).fontSize) * element.currentCSSZoom;
      if (size < min) small.push(`${node.textContent.trim().slice(0, 30)} (${size.toFixed(1)} px)`);
    }
    return small;
  }, min);
}

for (const id of Object.keys(CATALOG)) {
  test(`${id}, presented on a 1920 × 1080 projector: labels of 20 px or more, the whole figure on one screen`, async ({
    page,
  }) => {
    await open(page, `/embed/${id}?present`);
    const w = widget(page, id);
    await expect(w).toHaveClass(/presenting/);

    const labels = await drawnLabels(w);
    expect(labels.length).toBeGreaterThan(0);
    const tooSmall = labels.filter((l) => l.fontSize < LEGIBLE || l.box < LEGIBLE);
    expect(tooSmall, 'diagram labels under 20 px on the screen').toEqual([]);
    expect(await smallText(w, LEGIBLE), 'controls, presets and counts under 20 px').toEqual([]);

    // No scrolling: title, presets, controls, diagram, formula and counts all on the first screen, none cut at a side.
    const parts = w.locator(
      '.widget-title, .presets, .widget-controls, .widget-diagram, .widget-formula, .widget-readout > .counts-box',
    );
    for (const part of await parts.all()) {
      const box = (await part.boundingBox())!;
      expect(box.y + box.height, (await part.getAttribute('class')) ?? '').toBeLessThanOrEqual(1080);
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(1920);
    }
    expect(await w.evaluate((figure) => figure.scrollWidth - figure.clientWidth)).toBe(0);
    expect(await splitAcrossLines(w, /\d[\d,.]*\d/), 'numbers split across lines').toEqual([]);
  });
}

test('the key hint names the number keys there are presets for, and the chips show their key', async ({ page }) => {
  await open(page, '/gpt-block');
  const w = widget(page, 'gpt-block');
  const presets = w.getByRole('group', { name: 'Presets' }).getByRole('button');
  const count = await presets.count();
  expect(count).toBeLessThan(9);
  await expect(w.getByRole('button', { name: 'Present' })).toHaveAttribute(
    'title',
    new RegExp(`1–${count} for presets`),
  );
  await w.getByRole('button', { name: 'Present' }).click();
  await expect(w.locator('.presenting-keys')).toContainText(`1–${count} for presets`);
  await expect(w.locator('.presenting-keys')).not.toContainText('1–9');
  // The last chip shows its key (numbered by a counter, one per chip); pressing that key picks it.
  const last = presets.last();
  expect(await last.evaluate((chip) => getComputedStyle(chip, '::before').content)).toContain('counter(preset)');
  expect(
    await presets.evaluateAll(
      (chips) => chips.filter((c) => getComputedStyle(c, '::before').content !== 'none').length,
    ),
  ).toBe(count);
  await page.keyboard.press(String(count));
  await expect(last).toHaveAttribute('aria-pressed', 'true');

  await open(page, '/gpt-3');
  const totals = widget(page, 'gpt-totals');
  await totals.getByRole('button', { name: 'Present' }).click();
  await expect(totals.locator('.presenting-keys')).toContainText('1–9 for the first nine presets');
});
