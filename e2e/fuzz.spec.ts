import type { Locator, Page } from '@playwright/test';
import fc from 'fast-check';
import { embedPages } from './builtPages.js';
import { expect, open, test } from './fixtures.js';
import { FUZZ_SEED, NASTY_VALUES } from './random.js';

const STEPS = 250;
const KEYS = ['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End'];
// What a number field accepts from a keyboard; its own sanitising turns anything else into "".
const TYPED = ['0', '1', '2', '7', '64', '100', '768', '4096', '65536', '99999999', '-3', '2.5', '0.05', '1e5', '-0'];

/**
 * Every count shown is a number (never NaN, empty or "undefined"), and no text in the widget
 * says NaN or undefined (the notices about the link may quote what it carried).
 */
async function expectSaneCounts(widget: Locator) {
  const counts = await widget.locator('[data-count]').allInnerTexts();
  for (const text of counts) expect(text, 'a count').toMatch(/^[-−]?[\d,]+(\.\d+)?$/);
  const text = await widget.evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.widget-notices').forEach((n) => n.remove());
    return copy.textContent ?? '';
  });
  expect(text).not.toMatch(/\bNaN\b|\bundefined\b|Infinity/);
}

/** One reader's input: which visible control (a fraction of the way along the list), and what to press or type. */
interface Input {
  at: number;
  key: string;
  typed: string;
  escape: boolean;
}

const input: fc.Arbitrary<Input> = fc.record({
  at: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
  key: fc.constantFrom(...KEYS),
  typed: fc.constantFrom(...TYPED),
  escape: fc.boolean(),
});

/**
 * Plays one input: focus a control in the page (one round trip), then act on
 * it as a reader would — a key on a slider, typing in a number field, a click
 * on a choice, checkbox or button. The widget's own tools (share, download)
 * are left out: they open dialogs and files, tested elsewhere.
 */
async function act(page: Page, { at, key, typed, escape }: Input) {
  const kind = await page.evaluate((r) => {
    const controls = [
      ...document.querySelectorAll<HTMLElement>(
        '[data-widget] :is(input[type="range"], input[type="number"], input[type="radio"], input[type="checkbox"], button)',
      ),
    ].filter((el) => !el.closest('.widget-toolbar, dialog') && el.getClientRects().length > 0);
    if (controls.length === 0) return null;
    const control = controls[Math.floor(r * controls.length)]!;
    control.focus();
    if (control instanceof HTMLInputElement && (control.type === 'range' || control.type === 'number')) {
      if (control.type === 'number') control.select();
      return control.type;
    }
    control.click();
    return 'click';
  }, at);
  if (kind === 'range') await page.keyboard.press(key);
  else if (kind === 'number') {
    await page.keyboard.press('Backspace');
    await page.keyboard.insertText(typed);
    if (escape) await page.keyboard.press('Escape');
  }
}

for (const path of embedPages()) {
  // One long run of inputs per page; a failure shrinks to the shortest run that still breaks the widget,
  // replayed from a fresh page each time, and prints the seed and path to replay it (FUZZ_SEED).
  test(`fuzz: ${STEPS} random inputs leave ${path} working (seed ${FUZZ_SEED})`, async ({ page }) => {
    test.setTimeout(240_000);
    await fc.assert(
      fc.asyncProperty(fc.array(input, { minLength: STEPS, maxLength: STEPS }), async (inputs) => {
        await open(page, path);
        const widget = page.locator('[data-widget]').first();
        for (const [step, one] of inputs.entries()) {
          await act(page, one);
          if (step % 25 === 24) await expectSaneCounts(widget);
        }
        await expectSaneCounts(widget);
      }),
      { numRuns: 1, seed: FUZZ_SEED + path.length, interruptAfterTimeLimit: 200_000 },
    );
  });

  test(`hostile links leave ${path} working and say what they ignored`, async ({ page }) => {
    await open(page, path);
    const keys = (await page.locator('[data-widget]').first().getAttribute('data-params'))!.split(' ');
    const link = fc.array(fc.constantFrom(...NASTY_VALUES), { minLength: keys.length, maxLength: keys.length });
    await fc.assert(
      fc.asyncProperty(link, async (values) => {
        const query = keys.map((key, i) => `${key}=${encodeURIComponent(values[i]!)}`).join('&');
        await open(page, `${path}?${query}`);
        const widget = page.locator('[data-widget]').first();
        await expectSaneCounts(widget);
        await expect(widget.getByRole('status').filter({ hasText: 'From the link' })).toBeVisible();
        await expect(widget.locator('img')).toHaveCount(0);
      }),
      { numRuns: 4, seed: FUZZ_SEED },
    );
  });
}
