import { countMlp } from '../src/counting/index.js';
import { expect, expectQuery, open, reload, shownCount, test, widget } from './fixtures.js';

test.describe('the Linear chapter', () => {
  test('reads as a chapter: title, typeset math, two MLP widgets, navigation', async ({ page }) => {
    await open(page, '/linear');
    await expect(page).toHaveTitle(/Linear neurons in an MLP/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Linear neurons in an MLP');
    expect(await page.locator('.chapter .katex').count()).toBeGreaterThan(10);
    await expect(page.locator('.katex-error')).toHaveCount(0);
    await expect(page.locator('[data-widget="mlp"]')).toHaveCount(2);
    await expect(
      page.getByRole('navigation', { name: 'Chapters' }).getByRole('link', { name: /Previous/ }),
    ).toBeVisible();
  });

  test('the seed’s two figures show their counts, computed by the library', async ({ page }) => {
    await open(page, '/linear');
    for (const [index, sizes] of [
      [0, [3, 2, 2]],
      [1, [3, 3, 3, 3, 3]],
    ] as const) {
      const expected = countMlp({ sizes: [...sizes] });
      const w = widget(page, 'mlp', index);
      expect(await shownCount(w, 'neurons')).toBe(expected.neurons);
      expect(await shownCount(w, 'synapses')).toBe(expected.synapses);
      expect(await shownCount(w, 'parameters')).toBe(expected.parameters);
    }
  });

  test('a width changed from the keyboard changes the counts to the library’s and goes into the URL', async ({
    page,
  }) => {
    await open(page, '/linear');
    const w = widget(page, 'mlp');
    const slider = w.getByRole('slider', { name: 'width of layer 1 (m1)' });
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const expected = countMlp({ sizes: [3, 4, 2] });
    await expect(w.locator('[data-count="synapses"]')).toHaveText(String(expected.synapses));
    expect(await shownCount(w, 'neurons')).toBe(expected.neurons);
    await expectQuery(page, 'widths', '4,2');

    await page.keyboard.press('End');
    const widest = countMlp({ sizes: [3, 65_536, 2] });
    await expect(w.locator('[data-count="synapses"]')).toHaveText(widest.synapses.toLocaleString('en-US'));
    await expect(w.locator('.network')).toContainText('+65,529');
    await expectQuery(page, 'widths', '65536,2');

    await reload(page);
    await expect(w.locator('[data-count="synapses"]')).toHaveText(widest.synapses.toLocaleString('en-US'));
    await expect(slider).toHaveAttribute('aria-valuetext', '65,536 neurons');
  });

  test('n_layers and the exact-value field work, and a typed value out of range is explained, not applied', async ({
    page,
  }) => {
    await open(page, '/linear');
    const w = widget(page, 'mlp');
    await w.getByRole('slider', { name: 'n_layers' }).fill('4');
    await expect(w.getByRole('slider', { name: /^width of layer/ })).toHaveCount(4);
    await expect(w.locator('[data-count="neurons"]')).toHaveText(String(countMlp({ sizes: [3, 2, 2, 2, 2] }).neurons));

    const exact = w.getByRole('spinbutton', { name: 'input size n, exact value' });
    await exact.fill('784');
    await expect(w.locator('[data-count="synapses"]')).toHaveText(
      countMlp({ sizes: [784, 2, 2, 2, 2] }).synapses.toLocaleString('en-US'),
    );
    await exact.fill('0');
    await expect(w.getByText('Use 1 to 65,536.')).toBeVisible();
    await expect(exact).toHaveAttribute('aria-invalid', 'true');
    await expectQuery(page, 'input', '784');
  });

  test('a deep link opens the state it names on first load, and says what it ignored', async ({ page }) => {
    await open(page, '/linear?input=7&widths=5,4,3&bias=0&foo=bar');
    const w = widget(page, 'mlp');
    const expected = countMlp({ sizes: [7, 5, 4, 3], bias: false });
    await expect(w.locator('[data-count="parameters"]')).toHaveText(String(expected.parameters));
    expect(await shownCount(w, 'synapses')).toBe(expected.synapses);

    await open(page, '/linear?widths=abc&input=-4');
    await expect(w.getByRole('status').filter({ hasText: 'From the link' })).toContainText('ignored widths="abc"');
    await expect(w.getByRole('status').filter({ hasText: 'From the link' })).toContainText(
      'input="-4" is below the minimum 1; using 1',
    );
    expect(await shownCount(w, 'synapses')).toBe(countMlp({ sizes: [1, 2, 2] }).synapses);
  });

  test('hovering a neuron lights its synapses and its row of the weight matrix', async ({ page }) => {
    await open(page, '/linear');
    const w = widget(page, 'mlp');
    await w.locator('.network circle.neuron').first().hover();
    await expect(w.locator('.network .synapse[data-lit="true"]')).toHaveCount(3);
    await expect(w.locator('.matrix .weight[data-lit="true"]')).toHaveCount(3);
    await page.mouse.move(0, 0);
    await w.getByRole('row', { name: /Synapses per neuron/ }).focus();
    await expect(w.getByRole('row', { name: /Synapses per neuron/ })).toHaveAttribute('data-focused', '');
  });
});
