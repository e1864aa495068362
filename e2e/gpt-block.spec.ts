import { countAttentionCircuits, countGptBlock, type Count } from '../src/counting/index.js';
import { expect, expectQuery, open, reload, shownCount, test, widget } from './fixtures.js';

const block = (dModel: number, nHeads: number, dFF?: number) => countGptBlock({ dModel, nLayers: 1, nHeads, dFF });
const part = (count: Count, name: string) => count.parts.find((p) => p.name === name)!;
const sum = (count: Count, prefix: string, key: 'neurons' | 'synapses') =>
  count.parts.filter((p) => p.name.startsWith(prefix)).reduce((a, p) => a + p[key], 0);
const text = (n: number) => n.toLocaleString('en-US');

test.describe('the GPT block chapter', () => {
  test('reads as a chapter: title, typeset math, the widget, the correction and the links onward', async ({ page }) => {
    await open(page, '/gpt-block');
    await expect(page).toHaveTitle(/Neurons in a GPT block/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Neurons in a GPT block');
    expect(await page.locator('.chapter .katex').count()).toBeGreaterThan(20);
    await expect(page.locator('.katex-error')).toHaveCount(0);
    await expect(page.locator('[data-widget="gpt-block"]')).toHaveCount(1);
    const gpt3 = block(12_288, 96);
    const correction = page.getByRole('note', { name: 'Correction' });
    await expect(correction).toContainText('61,440');
    await expect(correction).toContainText(text(sum(gpt3, 'attn.', 'neurons')));
    await expect(page.locator('.chapter a[href="/key-value"]').first()).toBeVisible();
    await expect(page.locator('.chapter a[href="/gpt-3"]').first()).toBeVisible();
    await expect(page.getByText('Transformer Feed-Forward Layers Are Key-Value Memories')).toBeAttached();
    await expect(page.getByText('A Mathematical Framework for Transformer Circuits')).toBeAttached();
  });

  test('opens on GPT‑2 small with the library’s counts, and its diagram describes itself', async ({ page }) => {
    await open(page, '/gpt-block');
    const w = widget(page, 'gpt-block');
    const expected = block(768, 12);
    expect(await shownCount(w, 'neurons')).toBe(expected.neurons);
    expect(await shownCount(w, 'synapses')).toBe(expected.synapses);
    expect(await shownCount(w, 'parameters')).toBe(expected.parameters);
    // And by hand: four d × d attention matrices and two d × 4d MLP layers make 12 d² synapses.
    expect(await shownCount(w, 'synapses')).toBe(12 * 768 ** 2);
    const diagram = w.getByRole('img', { name: /One GPT block drawn to scale/ });
    await expect(diagram).toBeVisible();
    await expect(diagram).toHaveAccessibleName(/key layer of 3,072 neurons of 768 synapses/);
    await expect(w.locator('.gpt-block .matrix-part')).toHaveCount(6);
  });

  test('the 12,288 mark shows the seed’s per-block figures, computed', async ({ page }) => {
    await open(page, '/gpt-block');
    const w = widget(page, 'gpt-block');
    await w.getByRole('button', { name: /12,288/ }).click();
    const gpt3 = block(12_288, 12);
    await expect(w.locator('[data-count="synapses"]')).toHaveText(text(gpt3.synapses));
    const row = (name: RegExp) => w.getByRole('row', { name });
    await expect(row(/^MLP key/)).toContainText(text(part(gpt3, 'mlp.key').neurons));
    await expect(row(/^MLP key/)).toContainText('49,152');
    await expect(row(/^MLP value/)).toContainText('12,288');
    const formula = w.locator('.widget-formula');
    await expect(formula.locator('[data-line="mlp"]')).toContainText(text(sum(gpt3, 'mlp.', 'synapses')));
    await expect(formula.locator('[data-line="mlp"]')).toContainText('1,207,959,552');
    await expect(formula.locator('[data-line="attn"]')).toContainText('603,979,776');
    await expect(w.locator('[data-count="neurons"]')).toHaveText(text(gpt3.neurons));
    // By hand: Q, K, V and O have 12,288 neurons each; the MLP's key and value layers 49,152 and 12,288.
    await expect(w.locator('[data-count="neurons"]')).toHaveText(text(4 * 12_288 + 49_152 + 12_288));
    await expectQuery(page, 'd_model', '12288');
  });

  test('the keyboard moves d_model and n_heads; counts follow the library and heads stay divisors', async ({
    page,
  }) => {
    await open(page, '/gpt-block');
    const w = widget(page, 'gpt-block');
    const dModel = w.getByRole('slider', { name: 'd_model' });
    const heads = w.getByRole('slider', { name: 'n_heads' });
    await dModel.focus();
    await page.keyboard.press('ArrowRight');
    // 768 + 64 = 832 = 64 × 13: twelve heads no longer divide it, thirteen (of 64) do.
    await expect(dModel).toHaveAttribute('aria-valuetext', '832 features');
    await expect(heads).toHaveAttribute('aria-valuetext', '13 heads');
    await expect(w.locator('[data-count="synapses"]')).toHaveText(text(block(832, 13).synapses));
    expect(await shownCount(w, 'neurons')).toBe(block(832, 13).neurons);
    await expectQuery(page, 'd_model', '832');

    // Thirteen heads do not divide 16,384: the heads keep their width of 64, 256 of them.
    await page.keyboard.press('End');
    await expect(w.locator('[data-count="synapses"]')).toHaveText(text(block(16_384, 256).synapses));
    await expect(heads).toHaveAttribute('aria-valuetext', '256 heads');

    await heads.focus();
    await page.keyboard.press('ArrowLeft');
    await expect(heads).toHaveAttribute('aria-valuetext', '128 heads');
    await expect(w.getByText('d_head = 16,384 ÷ 128 = 128')).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(heads).toHaveAttribute('aria-valuetext', '256 heads');
    await expectQuery(page, 'n_heads', '256');
  });

  test('the pointer drags d_model and lights the parts it points at', async ({ page }) => {
    await open(page, '/gpt-block');
    const w = widget(page, 'gpt-block');
    const dModel = w.getByRole('slider', { name: 'd_model' });
    await dModel.scrollIntoViewIfNeeded();
    const box = (await dModel.boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.8, box.y + box.height / 2);
    await expect(dModel).not.toHaveAttribute('aria-valuetext', '768 features');
    const shown = Number((await dModel.getAttribute('aria-valuetext'))!.replace(/\D/g, ''));
    expect(shown).toBeGreaterThan(768);
    const heads = Number(
      (await w.getByRole('slider', { name: 'n_heads' }).getAttribute('aria-valuetext'))!.split(' ')[0],
    );
    expect(shown % heads).toBe(0);
    await expect(w.locator('[data-count="synapses"]')).toHaveText(text(block(shown, heads).synapses));

    await w.locator('.gpt-block [data-part="mlp.key"]').hover();
    await expect(w.getByRole('row', { name: /^MLP key/ })).toHaveAttribute('data-focused', '');
    await expect(w.locator('.widget-formula [data-term="mlp.key"][data-focused]')).toHaveCount(1);
    await expect(w.locator('[data-part="attn.q"] .body')).toHaveAttribute('data-lit', 'false');

    await page.mouse.move(0, 0);
    await w.getByRole('row', { name: /^Attention output/ }).focus();
    await expect(w.locator('[data-part="attn.o"] .body')).toHaveAttribute('data-lit', 'true');
    await expect(w.locator('[data-part="mlp.key"] .body')).toHaveAttribute('data-lit', 'false');
    await w.getByRole('row', { name: /^Neurons/ }).focus();
    await expect(w.locator('.gpt-block .neuron-edge[data-lit="true"]')).toHaveCount(6);
  });

  test('the circuits toggle turns 4 · d attention neurons into 2 · d, keeping the parameters', async ({ page }) => {
    await open(page, '/gpt-block');
    const w = widget(page, 'gpt-block');
    const plain = block(768, 12);
    const circuits = countAttentionCircuits({ dModel: 768, nLayers: 1, nHeads: 12 });
    await w.getByRole('checkbox', { name: 'QK and OV circuits' }).check();
    await expect(w.locator('[data-count="neurons"]')).toHaveText(
      text(sum(plain, 'mlp.', 'neurons') + circuits.neurons),
    );
    // By hand: the MLP's 3,072 + 768 neurons and the two circuits' 768 each.
    expect(await shownCount(w, 'neurons')).toBe(3_072 + 768 + 2 * 768);
    expect(await shownCount(w, 'parameters')).toBe(plain.parameters);
    await expect(w.getByRole('row', { name: /^QK circuit/ })).toContainText('768');
    await expect(w.getByRole('note')).toContainText(
      `attention’s ${text(sum(plain, 'attn.', 'neurons'))} neurons (4 × 768) become ${text(circuits.neurons)} (2 × 768)`,
    );
    await expect(w.getByRole('note')).toContainText('not new parameters');
    await expect(w.locator('.gpt-block .matrix-part')).toHaveCount(4);
    await expectQuery(page, 'circuits', '1');
  });

  test('d_ff follows 4 · d_model until the reader sets it, in the page and in the link', async ({ page }) => {
    await open(page, '/gpt-block');
    const w = widget(page, 'gpt-block');
    const dFF = w.getByRole('slider', { name: 'd_ff' });
    const follows = w.getByRole('checkbox', { name: 'd_ff follows 4 · d_model' });
    await w.getByRole('spinbutton', { name: 'd_model (width), exact value' }).fill('1024');
    await expect(dFF).toHaveAttribute('aria-valuetext', '4,096 key neurons');
    await expect(follows).toBeChecked();
    await expectQuery(page, 'd_model', '1024');
    await expectQuery(page, 'd_ff', null);

    await w.getByRole('spinbutton', { name: 'd_ff, exact value' }).fill('2048');
    await expect(follows).not.toBeChecked();
    await expect(w.locator('[data-count="synapses"]')).toHaveText(text(block(1024, 16, 2048).synapses));
    await w.getByRole('spinbutton', { name: 'd_model (width), exact value' }).fill('640');
    await expect(dFF).toHaveAttribute('aria-valuetext', '2,048 key neurons');
    await expectQuery(page, 'd_ff', '2048');
    await expectQuery(page, 'd_model', '640');

    await reload(page);
    await expect(dFF).toHaveAttribute('aria-valuetext', '2,048 key neurons');
    await expect(w.locator('[data-count="synapses"]')).toHaveText(text(block(640, 16, 2048).synapses));
    await follows.check();
    await expect(dFF).toHaveAttribute('aria-valuetext', '2,560 key neurons');
    await expectQuery(page, 'd_ff', null);
  });

  test('a link reopens its state on load and reload', async ({ page }) => {
    await open(page, '/gpt-block?d_model=2048&n_heads=32&circuits=1');
    const w = widget(page, 'gpt-block');
    const expected = countAttentionCircuits({ dModel: 2048, nLayers: 1, nHeads: 32 });
    const attnNeurons = () => w.getByRole('row', { name: /^QK circuit/ });
    await expect(attnNeurons()).toContainText('2,048');
    expect(await shownCount(w, 'neurons')).toBe(sum(block(2048, 32), 'mlp.', 'neurons') + expected.neurons);
    await reload(page);
    await expect(w.getByRole('slider', { name: 'n_heads' })).toHaveAttribute('aria-valuetext', '32 heads');
    await expect(w.getByRole('checkbox', { name: 'QK and OV circuits' })).toBeChecked();
    await expect(w.getByRole('button', { name: /^GPT.2 small$/ })).toHaveAttribute('aria-pressed', 'false');
  });

  test('a bad link value is reported, not applied: heads that do not divide d_model, a d_model off the grid', async ({
    page,
  }) => {
    await open(page, '/gpt-block?n_heads=7&d_model=1001');
    const w = widget(page, 'gpt-block');
    const notices = w.getByRole('status').filter({ hasText: 'From the link' });
    await expect(notices).toContainText('d_model="1001" is not an allowed step; using 1,000');
    await expect(notices).toContainText('n_heads="7" does not divide d_model (1,000); using 8');
    await expect(w.getByRole('slider', { name: 'n_heads' })).toHaveAttribute('aria-valuetext', '8 heads');
    expect(await shownCount(w, 'synapses')).toBe(block(1000, 8).synapses);
    await expectQuery(page, 'n_heads', '8');
  });

  test('fits a 360 px phone without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await open(page, '/gpt-block?d_model=16384');
    const overflow = await page.evaluate(
      // Against the body's width, the width the page is laid out in, which leaves out room kept for a scrollbar.
      () => document.documentElement.scrollWidth - document.body.clientWidth,
    );
    expect(overflow).toBe(0);
    await expect(widget(page, 'gpt-block').locator('svg.gpt-block')).toHaveAttribute('data-orientation', 'narrow');
  });
});
