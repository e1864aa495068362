import { countRecurrent, type RecurrentSpec } from '../src/counting/index.js';
import { expect, expectQuery, open, reload, shownCount, test, widget } from './fixtures.js';
import type { Locator } from '@playwright/test';

const tiny: RecurrentSpec = { cell: 'rnn', inputSize: 3, hiddenSize: 2 };
const full = (n: number) => n.toLocaleString('en-US');

/** The widget shows the library's totals, and one parts row per layer and direction with the library's figures. */
async function expectCounts(w: Locator, spec: RecurrentSpec) {
  const expected = countRecurrent(spec);
  await expect(w.locator('[data-count="parameters"]')).toHaveText(full(expected.parameters));
  expect(await shownCount(w, 'neurons')).toBe(expected.neurons);
  expect(await shownCount(w, 'synapses')).toBe(expected.synapses);
  const rows = w.locator('table.parts tbody tr');
  await expect(rows).toHaveCount(expected.parts.length);
  for (const [i, part] of expected.parts.entries()) {
    await expect(rows.nth(i).locator('td')).toHaveText([
      full(part.neurons),
      full(part.synapsesPerNeuron),
      full(part.synapses),
      full(part.parameters),
    ]);
  }
}

const gatesDrawn = (w: Locator) =>
  w
    .locator('.unrolled .rnn-gate[data-focus^="layer1:"]')
    .evaluateAll((gs) => gs.map((g) => g.getAttribute('data-gate')));

test.describe('the Recurrent chapter', () => {
  // Three widgets, each loaded and made ready on every open and reload: on a busy machine that outlasts 30 s.
  test.slow();
  test('reads as a chapter: title, typeset math, three widgets, citations, navigation', async ({ page }) => {
    await open(page, '/recurrent');
    await expect(page).toHaveTitle(/Recurrent neurons/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Recurrent neurons');
    expect(await page.locator('.chapter .katex').count()).toBeGreaterThan(20);
    await expect(page.locator('.katex-error')).toHaveCount(0);
    await expect(page.locator('[data-widget="recurrent"]')).toHaveCount(3);
    await expect(page.locator('.footnotes')).toContainText('Hochreiter');
    await expect(page.locator('.footnotes')).toContainText('Cho et al.');
    await expect(
      page.getByRole('navigation', { name: 'Chapters' }).getByRole('link', { name: /Previous/ }),
    ).toBeVisible();
  });

  test('each widget starts at its preset, with the library’s counts per layer', async ({ page }) => {
    await open(page, '/recurrent');
    await expectCounts(widget(page, 'recurrent', 0), tiny);
    await expectCounts(widget(page, 'recurrent', 1), {
      cell: 'lstm',
      inputSize: 650,
      hiddenSize: 650,
      numLayers: 2,
    });
    await expectCounts(widget(page, 'recurrent', 2), {
      cell: 'lstm',
      inputSize: 100,
      hiddenSize: 100,
      bidirectional: true,
    });
  });

  test('keyboard: sizes and layers change the counts to the library’s, and go into the URL', async ({ page }) => {
    await open(page, '/recurrent');
    const w = widget(page, 'recurrent');
    const hidden = w.getByRole('slider', { name: 'hidden size H' });
    await hidden.focus();
    await page.keyboard.press('ArrowRight');
    await expectCounts(w, { ...tiny, hiddenSize: 3 });
    await expectQuery(page, 'hidden', '3');

    await w.getByRole('slider', { name: 'n_layers' }).focus();
    await page.keyboard.press('ArrowRight');
    await expectCounts(w, { ...tiny, hiddenSize: 3, numLayers: 2 });
    await expect(w.getByRole('row', { name: /^Layer 2/ })).toBeVisible();
    await expectQuery(page, 'n_layers', '2');

    await hidden.focus();
    await page.keyboard.press('End');
    await expectCounts(w, { ...tiny, hiddenSize: 4096, numLayers: 2 });
    await expect(hidden).toHaveAttribute('aria-valuetext', '4,096 units');
  });

  test('pointer: the cell choice changes the gate groups drawn and the counts', async ({ page }) => {
    await open(page, '/recurrent');
    const w = widget(page, 'recurrent');
    expect(await gatesDrawn(w)).toEqual(['h']);
    await expect(w.locator('.rnn-flow[data-kind="state"]')).toHaveCount(0);

    await w.getByRole('radio', { name: 'LSTM' }).click();
    await expect.poll(() => gatesDrawn(w)).toEqual(['i', 'f', 'g', 'o']);
    await expect(w.locator('.rnn-flow[data-kind="state"]')).toHaveCount(1);
    await expect(w.getByRole('list', { name: 'Legend' })).toContainText('forget gate');
    await expectCounts(w, { ...tiny, cell: 'lstm' });

    await w.getByRole('radio', { name: 'GRU' }).click();
    await expect.poll(() => gatesDrawn(w)).toEqual(['r', 'z', 'n']);
    await expect(w.locator('.rnn-flow[data-kind="state"]')).toHaveCount(0);
    await expectCounts(w, { ...tiny, cell: 'gru' });
    await expectQuery(page, 'cell', 'gru');

    await w.getByRole('checkbox', { name: /bidirectional/ }).click();
    await expectCounts(w, { ...tiny, cell: 'gru', bidirectional: true });
    await expect(w.getByRole('row', { name: /Layer 1, reverse/ })).toBeVisible();
    await expect(w.locator('.rnn-cell.reverse')).toHaveCount(1);

    const layers = w.getByRole('slider', { name: 'n_layers' });
    const box = (await layers.boundingBox())!;
    await page.mouse.click(box.x + box.width - 2, box.y + box.height / 2);
    await expectCounts(w, { ...tiny, cell: 'gru', bidirectional: true, numLayers: 4 });

    await w.getByRole('button', { name: 'Character RNN' }).click();
    await expectCounts(w, { cell: 'rnn', inputSize: 65, hiddenSize: 128 });
  });

  test('drawing more time steps changes the picture, never the counts', async ({ page }) => {
    await open(page, '/recurrent');
    const w = widget(page, 'recurrent');
    await expect(w.locator('.rnn-label[data-kind="input"]')).toHaveCount(4);
    await w.getByRole('spinbutton', { name: 'time steps T drawn, exact value' }).fill('8');
    await expect(w.locator('.rnn-label[data-kind="input"]')).toHaveCount(8);
    await expectCounts(w, tiny);
    await expectQuery(page, 'steps', '8');
  });

  test('the URL round-trips: a changed widget reloads as it was', async ({ page }) => {
    await open(page, '/recurrent');
    const w = widget(page, 'recurrent');
    await w.getByRole('radio', { name: 'LSTM' }).click();
    await w.getByRole('spinbutton', { name: 'input size I, exact value' }).fill('300');
    await w.getByRole('checkbox', { name: /bias/ }).click();
    const spec: RecurrentSpec = { cell: 'lstm', inputSize: 300, hiddenSize: 2, bias: false };
    await expectCounts(w, spec);
    await expectQuery(page, 'bias', '0');
    await expectQuery(page, 'input', '300');

    await reload(page);
    await expectCounts(w, spec);
    await expect(w.getByRole('radio', { name: 'LSTM' })).toBeChecked();
    await expect(w.getByRole('checkbox', { name: /bias/ })).not.toBeChecked();

    await open(page, '/recurrent?cell=gru&input=40&hidden=20&n_layers=3&bidirectional=1&steps=2');
    await expectCounts(w, { cell: 'gru', inputSize: 40, hiddenSize: 20, numLayers: 3, bidirectional: true });
    await expect(w.locator('.rnn-label[data-kind="input"]')).toHaveCount(2);
  });

  test('bad values in the link are reported, not applied', async ({ page }) => {
    await open(page, '/recurrent?cell=transformer&hidden=99999&n_layers=abc');
    const w = widget(page, 'recurrent');
    const notices = w.getByRole('status').filter({ hasText: 'From the link' });
    await expect(notices).toContainText('ignored cell="transformer": use one of rnn, lstm, gru');
    await expect(notices).toContainText('hidden="99999" is above the maximum 4,096; using 4,096');
    await expect(notices).toContainText('ignored n_layers="abc": not a number');
    await expect(w.getByRole('radio', { name: 'RNN' })).toBeChecked();
    await expectCounts(w, { ...tiny, hiddenSize: 4096 });
  });

  test('diagram, parts table and formula light each other', async ({ page }) => {
    await open(page, '/recurrent');
    const w = widget(page, 'recurrent', 1);
    const forget = w.locator('.rnn-gate[data-focus="layer2:f"]');
    await forget.locator('.rnn-hit').hover({ position: { x: 20, y: 4 } });
    await expect(forget).toHaveAttribute('data-lit', 'true');
    await expect(w.locator('.rnn-gate[data-lit="true"]')).toHaveCount(1);
    await expect(w.locator('.rnn-gate[data-focus="layer2:i"]')).toHaveAttribute('data-lit', 'false');
    await expect(w.getByRole('row', { name: /^Layer 2/ })).toHaveAttribute('data-focused', '');
    await expect(w.getByRole('row', { name: /^Layer 1/ })).not.toHaveAttribute('data-focused', '');
    await expect(w.locator('.formula-line').nth(1).locator('[data-term="neurons"]')).toHaveAttribute(
      'data-focused',
      '',
    );
    // Those neurons are rows of layer 2's weight matrix: its f band lights, on both sides.
    await expect(w.locator('.rnn-matrix').nth(1).locator('.rnn-block[data-lit="true"]')).toHaveCount(2);
    await expect(w.locator('.rnn-matrix').nth(0).locator('.rnn-block[data-lit="true"]')).toHaveCount(0);

    // Pointing at the recurrent term of layer 1's formula lights its recurrent arrows and W_hh.
    await w.locator('.formula-line').nth(0).locator('[data-term="recurrent"]').hover();
    await expect(w.locator('.rnn-flow[data-flow="layer1:h"]')).toHaveAttribute('data-lit', 'true');
    await expect(w.locator('.rnn-flow[data-flow="layer1:in"]')).toHaveAttribute('data-lit', 'false');
    await expect(w.locator('.rnn-matrix').nth(0).locator('.rnn-block[data-lit="true"]')).toHaveCount(4);
    await expect(w.locator('.rnn-matrix').nth(0).locator('.rnn-block[data-side="hh"][data-lit="true"]')).toHaveCount(4);

    await page.mouse.move(0, 0);
    await w.getByRole('row', { name: /^Layer 1/ }).focus();
    await expect(w.locator('.rnn-cell[data-focus="layer1"]')).toHaveAttribute('data-lit', 'true');
    await expect(w.locator('.rnn-cell[data-focus="layer2"]')).toHaveAttribute('data-lit', 'false');
    await expect(w.locator('.rnn-flow[data-flow="layer1:h"]')).toHaveAttribute('data-lit', 'true');

    await w
      .locator('table.counts')
      .getByRole('row', { name: /Synapses per neuron/ })
      .focus();
    await expect(w.locator('.rnn-flow[data-kind="input"][data-lit="true"]')).toHaveCount(2);
    await expect(w.locator('.rnn-gate[data-lit="true"]')).toHaveCount(0);
  });

  test('the largest network stays a small drawing, with exact counts', async ({ page }) => {
    await open(page, '/recurrent?cell=lstm&input=4096&hidden=4096&n_layers=4&bidirectional=1&steps=8');
    const w = widget(page, 'recurrent');
    await expectCounts(w, { cell: 'lstm', inputSize: 4096, hiddenSize: 4096, numLayers: 4, bidirectional: true });
    expect(await w.locator('svg.unrolled *').count()).toBeLessThan(600);
    await expect(w.locator('svg.unrolled')).toHaveAccessibleName(/nn\.LSTM\(4096, 4096, num_layers=4/);
  });
});
