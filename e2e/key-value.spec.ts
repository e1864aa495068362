import { countMlp } from '../src/counting/index.js';
import { formatValue, formatVector } from '../src/widgets/key-value/format.js';
import { keyOutputs, rowView, type Activation, type Vec3 } from '../src/widgets/key-value/maths.js';
import { expect, expectQuery, open, reload, shownCount, test, widget } from './fixtures.js';
import type { Locator } from '@playwright/test';

/** What the pure functions say the widget must show for input x. */
function expected(x: Vec3, activation: Activation = 'relu') {
  const h = keyOutputs(x, activation);
  return { h: h.map(formatValue), y: formatVector(rowView(h)) };
}

/** Both views' outputs, the key bars' values and the value rows' outputs match the pure functions for x. */
async function expectShows(w: Locator, x: Vec3, activation: Activation = 'relu') {
  const { h, y } = expected(x, activation);
  await expect(w.locator('[data-output="row"]')).toHaveText(y);
  await expect(w.locator('[data-output="column"]')).toHaveText(y);
  await expect(w.locator('[data-key-output]')).toHaveText(h);
  await expect(w.locator('[data-value-output]')).toHaveText(
    y
      .slice(1, -1)
      .split(', ')
      .map((v) => `= ${v}`),
  );
}

const DEFAULT: Vec3 = [0.8, 0.6, -0.7];

test.describe('the key–value appendix', () => {
  test('reads as a chapter: title, typeset math, the widget, a link back to the GPT block', async ({ page }) => {
    await open(page, '/key-value');
    await expect(page).toHaveTitle(/Appendix: key and value neurons/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Appendix: key and value neurons');
    expect(await page.locator('.chapter .katex').count()).toBeGreaterThan(20);
    await expect(page.locator('.katex-error')).toHaveCount(0);
    await expect(page.locator('[data-widget="key-value"]')).toHaveCount(1);
    await expect(page.getByRole('link', { name: 'GPT block chapter' })).toHaveAttribute('href', /\/gpt-block$/);
    await expect(page.locator('.footnotes li')).toHaveCount(4);
    await expect(widget(page, 'key-value').locator('.live-formula .katex')).toHaveCount(1);
  });

  test('counts the 3 → 8 → 2 MLP with the library, and shows the default input’s outputs', async ({ page }) => {
    await open(page, '/key-value');
    const w = widget(page, 'key-value');
    const count = countMlp({ sizes: [3, 8, 2], bias: false });
    expect(await shownCount(w, 'neurons')).toBe(count.neurons);
    expect(await shownCount(w, 'synapses')).toBe(count.synapses);
    expect(await shownCount(w, 'per-neuron')).toBe(count.synapsesPerNeuron);
    await expectShows(w, DEFAULT);
    await expect(w.locator('.live-formula')).toContainText(expected(DEFAULT).y.slice(1, -1).split(', ')[0]!);
  });

  test('the keyboard moves the input, on a slider and on the pad, and the outputs follow', async ({ page }) => {
    await open(page, '/key-value');
    const w = widget(page, 'key-value');
    const x1 = w.getByRole('slider', { name: 'input x₁', exact: true });
    await x1.focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(x1).toHaveAttribute('aria-valuetext', '0.70');
    await expectShows(w, [0.7, 0.6, -0.7]);
    await expectQuery(page, 'x1', '0.7');

    const pad = w.getByRole('slider', { name: 'input x₁, x₂ (pad)' });
    await pad.focus();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Shift+ArrowLeft');
    await expect(pad).toHaveAttribute('aria-valuetext', 'x₁ 0.45, x₂ 0.65');
    await expectShows(w, [0.45, 0.65, -0.7]);
    await expect(w.getByRole('slider', { name: 'input x₂', exact: true })).toHaveAttribute('aria-valuetext', '0.65');
  });

  test('dragging the pad moves x₁ and x₂ to the point under the pointer', async ({ page }) => {
    await open(page, '/key-value');
    const w = widget(page, 'key-value');
    const pad = w.getByRole('slider', { name: 'input x₁, x₂ (pad)' });
    await pad.scrollIntoViewIfNeeded();
    const box = (await pad.boundingBox())!;
    // The pad maps [−1, 1]² onto its square less a 10 px margin, x₂ upwards.
    const at = (x1: number, x2: number) => ({
      x: box.x + 10 + ((x1 + 1) / 2) * (box.width - 20),
      y: box.y + 10 + ((1 - x2) / 2) * (box.height - 20),
    });
    const start = at(0.8, 0.6);
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    const middle = at(0, 0.5);
    await page.mouse.move(middle.x, middle.y, { steps: 4 });
    const end = at(-0.5, 0.25);
    await page.mouse.move(end.x, end.y, { steps: 4 });
    await page.mouse.up();
    await expect(pad).toHaveAttribute('aria-valuetext', 'x₁ −0.50, x₂ 0.25');
    await expectShows(w, [-0.5, 0.25, -0.7]);
    await expectQuery(page, 'x2', '0.25');
  });

  test('the two views agree for every preset and without the activation', async ({ page }) => {
    await open(page, '/key-value');
    const w = widget(page, 'key-value');
    await w.getByRole('button', { name: 'x along k₁ (1, 1, 1)' }).click();
    await expectShows(w, [1, 1, 1]);
    await w.getByRole('button', { name: 'x = (−1, −1, −1)' }).click();
    await expectShows(w, [-1, -1, -1]);
    await w.getByRole('radio', { name: 'none (linear)' }).check();
    await expectShows(w, [-1, -1, -1], 'none');
    await expect(w.locator('.kv-same')).toContainText('The same vector');
    await expectQuery(page, 'activation', 'none');
  });

  test('a link round-trips: the state goes into the URL and a reload restores it', async ({ page }) => {
    await open(page, '/key-value');
    const w = widget(page, 'key-value');
    await w.getByRole('spinbutton', { name: 'input x₃, exact value' }).fill('0.35');
    await w.getByRole('radio', { name: 'none (linear)' }).check();
    await expectQuery(page, 'x3', '0.35');
    await expectQuery(page, 'activation', 'none');
    await reload(page);
    await expect(w.getByRole('slider', { name: 'input x₃', exact: true })).toHaveAttribute('aria-valuetext', '0.35');
    await expect(w.getByRole('radio', { name: 'none (linear)' })).toBeChecked();
    await expectShows(w, [0.8, 0.6, 0.35], 'none');

    await open(page, '/key-value?x1=-0.25&x2=0.1&x3=1');
    await expectShows(w, [-0.25, 0.1, 1]);
  });

  test('bad values in a link are reported, not applied', async ({ page }) => {
    await open(page, '/key-value?x1=abc&x2=0.333&activation=tanh');
    const w = widget(page, 'key-value');
    const notices = w.getByRole('status').filter({ hasText: 'From the link' });
    await expect(notices).toContainText('ignored x1="abc": not a number');
    await expect(notices).toContainText('x2="0.333" is not an allowed step; using 0.35');
    await expect(notices).toContainText('ignored activation="tanh": use one of relu, none');
    await expect(w.getByRole('radio', { name: 'ReLU' })).toBeChecked();
    await expectShows(w, [0.8, 0.35, -0.7]);
  });

  test('pointing at a key neuron lights its bar, its column of W_value and its arrow, and spells out its sum', async ({
    page,
  }) => {
    await open(page, '/key-value');
    const w = widget(page, 'key-value');
    await w.getByRole('button', { name: /^Key neuron k₂/ }).hover();
    await expect(w.locator('.kv-key[data-lit="true"]')).toHaveCount(1);
    await expect(w.locator('.kv-key[data-lit="true"] [data-key-output]')).toHaveText('2.10');
    await expect(w.locator('.kv-cell[data-lit="true"]')).toHaveCount(2);
    await expect(w.locator('.kv-step[data-lit="true"]')).toHaveAttribute('data-step', '1');
    await expect(w.locator('.live-formula [data-term="key-2"][data-focused]')).toHaveCount(1);
    await expect(w.locator('[data-detail]')).toContainText(
      'k₂ = relu(x₁ + x₂ − x₃) = relu(0.80 + 0.60 − (−0.70)) = 2.10',
    );

    // The keyboard does what the pointer does.
    await page.mouse.move(0, 0);
    await w.getByRole('button', { name: /^Key neuron k₃/ }).focus();
    await expect(w.locator('.kv-step[data-lit="true"]')).toHaveAttribute('data-step', '2');
    await expect(w.locator('.kv-cell[data-lit="true"]')).toHaveCount(2);
    await w.getByRole('button', { name: /^Value neuron y₁/ }).focus();
    await expect(w.locator('.kv-cell[data-lit="true"]')).toHaveCount(8);
    await expect(w.locator('[data-detail]')).toContainText('y₁ = row 1 of W_value · h');

    // And an arrow in the column view lights its key in the row view.
    await page.mouse.move(0, 0);
    // A horizontal arrow has a box of zero height, which Playwright calls invisible.
    await w.locator('.kv-step[data-step="0"] .kv-step-hit').hover({ force: true });
    await expect(w.locator('.kv-key[data-lit="true"] .kv-key-name')).toHaveText('k₁');
  });
});

const AIR = 3;

test('the column view’s names never sit on one another, for every preset, on a desktop and on a phone', async ({
  page,
}) => {
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    await open(page, '/embed/key-value');
    const kv = widget(page, 'key-value');
    if (width < 600) await kv.getByRole('radio', { name: 'Column view' }).check();
    const presets = kv.locator('.presets button');
    for (let i = 0; i < (await presets.count()); i++) {
      await presets.nth(i).click();
      const names = await kv.locator('svg.kv-columns').evaluate((svg) =>
        [...svg.querySelectorAll('text:not(.kv-tick)')].map((text) => {
          const { left, top, right, bottom } = text.getBoundingClientRect();
          return { text: text.textContent, left, top, right, bottom };
        }),
      );
      const touching = names.flatMap((a, j) =>
        names
          .slice(j + 1)
          // Closer than AIR px reads as one crowded label.
          .filter(
            (b) => a.left < b.right + AIR && b.left < a.right + AIR && a.top < b.bottom + AIR && b.top < a.bottom + AIR,
          )
          .map((b) => `${a.text} on ${b.text}`),
      );
      expect(touching, `${await presets.nth(i).innerText()} at ${width} px`).toEqual([]);
    }
  }
});
