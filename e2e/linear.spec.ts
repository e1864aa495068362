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

test('an MLP of 65,536-wide layers: gap counts stay legible over the synapses, matrices are sized by their shape and top-aligned', async ({
  page,
}) => {
  await open(page, '/embed/mlp?input=65536&widths=65536,1,1');
  const mlp = widget(page, 'mlp');
  const gaps = mlp.locator('.gaps .gap');
  await expect(gaps.first()).toContainText('+65,529');
  // Each count of hidden neurons is painted over a halo of the widget's own paper, so the lines under it stop short.
  const { paper, halo } = await gaps.first().evaluate((text) => ({
    paper: getComputedStyle(text.closest('.widget')!).backgroundColor,
    halo: getComputedStyle(text),
  }));
  expect(halo.stroke).toBe(paper);
  expect(parseFloat(halo.strokeWidth)).toBeGreaterThanOrEqual(3);
  expect(halo.paintOrder.startsWith('stroke')).toBe(true);

  const matrices = mlp.locator('svg.matrix');
  await expect(matrices).toHaveCount(3);
  const [w1, , w3] = await Promise.all([0, 1, 2].map(async (i) => (await matrices.nth(i).boundingBox())!));
  expect(await matrices.nth(0).getAttribute('aria-label')).toContain('65,536 × 65,536');
  expect(await matrices.nth(2).getAttribute('aria-label')).toContain('1 × 1');
  expect(w3!.width).toBeLessThan(w1!.width / 2);
  const tops = await Promise.all([0, 1, 2].map(async (i) => (await matrices.nth(i).boundingBox())!.y));
  expect(new Set(tops).size).toBe(1);
  // The row count of the widest matrix fits left of its cells, inside its own drawing.
  const rowCount = (await matrices.nth(0).locator('.matrix-rows').boundingBox())!;
  expect(rowCount.x).toBeGreaterThanOrEqual(w1!.x);
});
