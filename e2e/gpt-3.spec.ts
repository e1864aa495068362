import type { Locator } from '@playwright/test';
import { countGpt, GPT2_PRESETS, GPT3_PRESETS, type GptSpec } from '../src/counting/index.js';
import { expect, expectQuery, open, reload, shownCount, test, widget } from './fixtures.js';

const GPT3_175B = GPT3_PRESETS.find((p) => p.id === 'gpt3-175b')!.spec;
const full = (n: number) => n.toLocaleString('en-US');

/** The widgets show exactly what the library counts for `spec`. */
async function expectCounts(w: Locator, spec: GptSpec) {
  const expected = countGpt(spec);
  await expect(w.locator('[data-count="synapses"]')).toHaveText(full(expected.synapses));
  expect(await shownCount(w, 'parameters')).toBe(expected.parameters);
  if ((await w.locator('[data-count="neurons"]').count()) > 0) {
    expect(await shownCount(w, 'neurons')).toBe(expected.neurons);
  }
}

/** The waterfall's rows as numbers: the start, each step, and the total. */
async function waterfall(w: Locator) {
  const read = async (id: string) =>
    Number((await w.locator(`[data-step="${id}"] .wf-value`).textContent())!.replace(/[+,]/g, ''));
  const steps = await Promise.all(['biases', 'norms', 'tokens', 'positions'].map(read));
  return { start: await read('synapses'), steps, total: await read('parameters') };
}

test.describe('the GPT‑3 chapter', () => {
  test('reads as a chapter: typeset math, both widgets, the corrections, links on', async ({ page }) => {
    await open(page, '/gpt-3');
    await expect(page).toHaveTitle(/Counting GPT‑3/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Counting GPT‑3');
    expect(await page.locator('.chapter .katex').count()).toBeGreaterThan(5);
    await expect(page.locator('.katex-error')).toHaveCount(0);
    await expect(page.locator('[data-widget="gpt-totals"]')).toHaveCount(1);
    await expect(page.locator('[data-widget="gpt-params"]')).toHaveCount(1);
    const model = countGpt(GPT3_175B);
    const corrections = page.getByRole('note', { name: 'Correction' });
    await expect(corrections).toHaveCount(2);
    await expect(corrections.first()).toContainText(`${full(model.neurons)} neurons and exactly 16,384`);
    await expect(corrections.nth(1)).toContainText(full(model.parameters - model.synapses));
    await expect(page.locator('.chapter a[href="/gpt-block"]').first()).toBeVisible();
    await expect(page.locator('.chapter a[href="/models"]').first()).toBeVisible();
    await expect(page.locator('.paper-table tbody tr')).toHaveCount(GPT3_PRESETS.length);
    await expect(page.locator('.paper-table tr[data-adds-up="false"]')).toHaveCount(2);
  });

  test('GPT‑3 175B beside a brain: the library’s totals and the ratios at a glance', async ({ page }) => {
    await open(page, '/gpt-3');
    const w = widget(page, 'gpt-totals');
    await expectCounts(w, GPT3_175B);
    await expect(w.locator('[data-count="per-neuron"]')).toHaveText('16,384');
    await expect(w.locator('[data-metric="neurons"]')).toContainText('×8,100 in the brain');
    await expect(w.locator('[data-metric="per-neuron"]')).toContainText('×2.3 in the model');
    await expect(w.getByRole('img')).toHaveAccessibleName(/GPT‑3 175B: 10,616,832 neurons, 173,946,175,488 synapses/);
  });

  test('the keyboard changes both linked widgets to the library’s figures and writes the link', async ({ page }) => {
    await open(page, '/gpt-3');
    const totals = widget(page, 'gpt-totals');
    const params = widget(page, 'gpt-params');
    await totals.getByRole('slider', { name: 'n_layers (blocks)' }).focus();
    await page.keyboard.press('ArrowLeft');
    await expectCounts(totals, { ...GPT3_175B, nLayers: 95 });
    await expectCounts(params, { ...GPT3_175B, nLayers: 95 });
    await expectQuery(page, 'n_layers', '95');

    // Page Down halves a log slider; the heads follow d_model (128 wide, now 48 of them).
    await params.getByRole('slider', { name: 'd_model (width)' }).focus();
    await page.keyboard.press('PageDown');
    const halved = { ...GPT3_175B, nLayers: 95, dModel: 6144, nHeads: 48, dHead: 128 };
    await expectCounts(totals, halved);
    await expect(totals.locator('.heads-note')).toContainText('48 × 128 = 6,144 = d_model');
    await expectQuery(page, 'd_model', '6144');
    await expectQuery(page, 'n_heads', '48');

    // One arrow key moves d_model to the next multiple of 64, whose heads are as wide as real models' (not 4).
    await page.keyboard.press('ArrowRight');
    await expect(totals.locator('.heads-note')).toContainText('97 × 64 = 6,208 = d_model');
    await expectQuery(page, 'd_model', '6208');
  });

  test('the pointer: a slider, a chart group and the parts table light and change what they should', async ({
    page,
  }) => {
    await open(page, '/gpt-3');
    const totals = widget(page, 'gpt-totals');
    const slider = totals.getByRole('slider', { name: 'n_layers (blocks)' });
    await slider.scrollIntoViewIfNeeded();
    const box = (await slider.boundingBox())!;
    await page.mouse.click(box.x + 2, box.y + box.height / 2);
    await expect.poll(async () => Number(await slider.inputValue())).toBeLessThan(10);
    const nLayers = Number(await slider.inputValue());
    await expectCounts(totals, { ...GPT3_175B, nLayers });

    await totals.locator('[data-metric="synapses"] .bar.brain').hover();
    await expect(totals.locator('tr[data-term="synapses"]')).toHaveAttribute('data-focused', '');
    await expect(totals.locator('[data-metric="neurons"]')).toHaveAttribute('data-lit', 'false');

    const params = widget(page, 'gpt-params');
    await params.getByRole('row', { name: /^Token embedding/ }).hover();
    await expect(params.locator('[data-step="tokens"]')).toHaveAttribute('data-lit', 'true');
    await expect(params.locator('[data-step="biases"]')).toHaveAttribute('data-lit', 'false');
  });

  test('each preset reproduces its model in both widgets, and is compared with its published count', async ({
    page,
  }) => {
    await open(page, '/gpt-3');
    const totals = widget(page, 'gpt-totals');
    const params = widget(page, 'gpt-params');
    for (const preset of [...GPT2_PRESETS, ...GPT3_PRESETS]) {
      await totals.getByRole('button', { name: preset.name, exact: true }).click();
      await expect(totals.getByRole('button', { name: preset.name, exact: true })).toHaveAttribute(
        'aria-pressed',
        'true',
      );
      await expectCounts(totals, preset.spec);
      await expectCounts(params, preset.spec);
      await expect(params.locator('.published-note')).toContainText(preset.published.as);
    }
    // The last, 175B, rounds to the paper's name; XL does not add up and says so.
    await params.getByRole('button', { name: 'GPT‑3 XL', exact: true }).click();
    await expect(params.locator('.published-note')).toContainText('This row does not add up: 24 heads × 128 = 3,072');
    await expect(totals.locator('.heads-note')).toContainText('≠ d_model (2,048): counted as given');
  });

  test('the waterfall walks from the synapses to exactly the library’s parameters, tied or not', async ({ page }) => {
    await open(page, '/gpt-3');
    const params = widget(page, 'gpt-params');
    for (const tiedEmbeddings of [true, false]) {
      const expected = countGpt({ ...GPT3_175B, tiedEmbeddings });
      await expect(params.locator('[data-step="parameters"] .wf-value')).toHaveText(full(expected.parameters));
      const { start, steps, total } = await waterfall(params);
      // The walk starts from all the synapses, an untied head's among them.
      expect(start).toBe(expected.synapses);
      expect(start + steps.reduce((a, s) => a + s, 0)).toBe(expected.parameters);
      expect(total).toBe(expected.parameters);
      // An untied head's weights are synapses: the first bar grows by V × d, the other steps stay.
      expect(start - countGpt(GPT3_175B).synapses).toBe(tiedEmbeddings ? 0 : 50_257 * 12_288);
      if (tiedEmbeddings) await params.getByRole('checkbox', { name: /\(tied\)/ }).uncheck();
    }
    await expectQuery(page, 'tied', '0');
  });

  test('a link round-trips: it opens the state it names, and a reload keeps it', async ({ page }) => {
    await open(page, '/gpt-3');
    const totals = widget(page, 'gpt-totals');
    await totals.getByRole('button', { name: 'GPT‑3 13B', exact: true }).click();
    await expectQuery(page, 'd_model', '5140');
    await expectQuery(page, 'n_heads', '40');
    const url = page.url();
    await reload(page);
    const thirteen = GPT3_PRESETS.find((p) => p.id === 'gpt3-13b')!;
    await expectCounts(totals, thirteen.spec);
    await expect(totals.getByRole('button', { name: 'GPT‑3 13B', exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    await open(page, '/gpt-3');
    await open(page, new URL(url).pathname + new URL(url).search);
    await expectCounts(widget(page, 'gpt-params'), thirteen.spec);
    await expect(totals.getByRole('status').filter({ hasText: 'From the link' })).toHaveCount(0);
  });

  test('a bad value in the link is reported, not applied', async ({ page }) => {
    await open(page, '/gpt-3?d_model=abc&n_layers=500');
    const totals = widget(page, 'gpt-totals');
    const notice = totals.getByRole('status').filter({ hasText: 'From the link' });
    await expect(notice).toContainText('ignored d_model="abc": not a number');
    await expect(notice).toContainText('n_layers="500" is above the maximum 128; using 128');
    await expectCounts(totals, { ...GPT3_175B, nLayers: 128 });
  });
});
