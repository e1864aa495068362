import type { Locator, Page } from '@playwright/test';
import { embedPages } from './builtPages.js';
import { expect, open, test } from './fixtures.js';
import { FUZZ_SEED, NASTY_VALUES, random } from './random.js';

const STEPS = 200;
const KEYS = ['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End'];
// What a number field accepts from a keyboard; its own sanitising turns anything else into "".
const TYPED = [
  '0',
  '1',
  '2',
  '7',
  '64',
  '100',
  '768',
  '4096',
  '65536',
  '99999999',
  '-3',
  '2.5',
  '0.05',
  '',
  '1e5',
  '-0',
];

/**
 * Every count shown is a number (never NaN, empty or "undefined"), and no text in the widget's body
 * says NaN (the notices about the link may quote what it carried).
 */
async function expectSaneCounts(widget: Locator) {
  const counts = await widget.locator('[data-count]').allInnerTexts();
  for (const text of counts) expect(text, 'a count').toMatch(/^[-−]?[\d,]+(\.\d+)?$/);
  const body = await widget.locator('.widget-body').innerText();
  expect(body).not.toMatch(/\bNaN\b|\bundefined\b|Infinity/);
}

async function act(page: Page, widget: Locator, rng: ReturnType<typeof random>) {
  const controls = widget.locator(
    '.widget-controls input[type="range"], .widget-controls input[type="number"], .widget-controls input[type="radio"], .widget-controls input[type="checkbox"], .presets button, .slider-marks button',
  );
  const count = await controls.count();
  if (count === 0) return;
  const control = controls.nth(rng.int(0, count - 1));
  const type = await control.evaluate((el) => (el instanceof HTMLInputElement ? el.type : 'button'));
  if (type === 'range') {
    await control.focus();
    await page.keyboard.press(rng.pick(KEYS));
  } else if (type === 'number') {
    await control.fill(rng.pick(TYPED));
    if (rng.next() < 0.3) await control.press('Escape');
  } else if (type === 'radio' || type === 'checkbox' || type === 'button') {
    if (await control.isEnabled()) await control.click({ force: true });
  }
}

for (const path of embedPages()) {
  test(`fuzz: ${STEPS} random inputs leave ${path} working (seed ${FUZZ_SEED})`, async ({ page }) => {
    test.setTimeout(180_000);
    const rng = random(FUZZ_SEED + path.length);
    await open(page, path);
    const widget = page.locator('[data-widget]').first();
    for (let step = 0; step < STEPS; step++) {
      await act(page, widget, rng);
      if (step % 20 === 19) await expectSaneCounts(widget);
    }
    await expectSaneCounts(widget);
  });

  test(`hostile links leave ${path} working and say what they ignored`, async ({ page }) => {
    await open(page, path);
    const keys = (await page.locator('[data-widget]').first().getAttribute('data-params'))!.split(' ');
    const rng = random(FUZZ_SEED);
    for (let round = 0; round < 4; round++) {
      const query = keys.map((key) => `${key}=${encodeURIComponent(rng.pick(NASTY_VALUES))}`).join('&');
      await open(page, `${path}?${query}`);
      const widget = page.locator('[data-widget]').first();
      await expectSaneCounts(widget);
      await expect(widget.locator('img')).toHaveCount(0);
    }
  });
}
