import { countMlp } from '../src/counting/index.js';
import { elementSnippet, iframeSnippet } from '../src/components/frame/snippets.js';
import { expect, open, shownCount, test, widget } from './fixtures.js';
import { serveHostPage } from './hostPage.js';

test('an embed URL shows one widget, no site chrome, in the state the link gives', async ({ page }) => {
  await open(page, '/embed/mlp?input=5&widths=4,3&hide=input');
  await expect(page.locator('.site-header')).toHaveCount(0);
  const w = widget(page, 'mlp');
  expect(await shownCount(w, 'synapses')).toBe(countMlp({ sizes: [5, 4, 3] }).synapses);
  await expect(w.getByRole('slider', { name: 'input size n' })).toHaveCount(0);
  await expect(w.getByRole('slider', { name: 'width of layer 1 (m1)' })).toBeVisible();
  await expect(page).toHaveTitle(/multi-layer perceptron/);
  // Every key in that link is read, so nothing is reported as ignored.
  await expect(w.getByRole('status').filter({ hasText: 'From the link' })).toHaveCount(0);
});

test('an embed link names the keys it ignored, and the settings there are', async ({ page }) => {
  await open(page, '/embed/recurrent?layers=2&hidden=64&hide=kernel');
  const w = widget(page, 'recurrent');
  await expect(w.getByRole('status').filter({ hasText: 'From the link' })).toContainText(
    'ignored layers, hide=kernel: not settings of this widget, whose settings are cell, input, hidden, n_layers,',
  );
  // What it could read, it used.
  await expect(w.getByRole('slider', { name: 'hidden size H' })).toHaveAttribute('aria-valuetext', '64 units');
  // In a chapter, a key may be another widget's, so none is reported.
  await open(page, '/recurrent?layers=2');
  await expect(page.getByText('ignored layers')).toHaveCount(0);
});

test.describe(() => {
  test.use({ expectedErrors: [/status of 404/] });
  test('an unknown widget id is a 404 page', async ({ page }) => {
    const response = await page.goto('/embed/nope');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  });
});

test('the Share dialog offers links and snippets for this exact state', async ({ page, baseURL }) => {
  await open(page, '/linear');
  const w = widget(page, 'mlp');
  await w.getByRole('spinbutton', { name: 'width of layer 1 (m1), exact value' }).fill('7');
  await w.getByRole('button', { name: 'Share' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share or embed this widget' });
  await expect(dialog.getByLabel('Link to this view', { exact: true })).toHaveValue(
    `${baseURL}/embed/mlp?widths=7%2C2`,
  );
  await expect(dialog.getByLabel('Embed with an iframe (paste into any HTML page)')).toHaveValue(
    /<iframe src=".*\/embed\/mlp\?widths=7%2C2"/,
  );
  await expect(dialog.getByLabel('Embed as a web component (no iframe, no build step)')).toHaveValue(
    /<neuron-widget name="mlp" widths="7,2"><\/neuron-widget>/,
  );
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test.describe('on another site', () => {
  test('the iframe snippet shows the widget and follows its height', async ({ page, baseURL }) => {
    const snippet = iframeSnippet({ id: 'mlp', title: 'MLP', query: 'widths=3,3,3,3', siteUrl: `${baseURL}/` });
    const host = await serveHostPage(snippet);
    try {
      await page.goto(host.url);
      const frame = page.frameLocator('iframe[data-neuron-widget]');
      await expect(frame.locator('[data-widget="mlp"][data-ready]')).toBeVisible();
      expect(await shownCount(frame.locator('[data-widget="mlp"]'), 'neurons')).toBe(
        countMlp({ sizes: [3, 3, 3, 3, 3] }).neurons,
      );
      const contentHeight = await frame.locator('html').evaluate((html) => html.scrollHeight);
      await expect
        .poll(() => page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height))
        .toBe(contentHeight);
    } finally {
      await host.close();
    }
  });

  test('the web component works with one script tag, keeps its styles to itself, and follows its attributes', async ({
    page,
    baseURL,
  }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    const host = await serveHostPage(
      elementSnippet({ id: 'mlp', title: 'MLP', query: 'input=5&widths=4,3', siteUrl: `${baseURL}/` }),
    );
    try {
      await page.goto(host.url);
      const element = page.locator('neuron-widget');
      const w = element.locator('[data-widget="mlp"]');
      await expect(w.locator('[data-count="synapses"]')).toHaveText(String(countMlp({ sizes: [5, 4, 3] }).synapses));
      // The host's red borders and green serif text do not reach inside.
      expect(await w.evaluate((el) => getComputedStyle(el).borderTopColor)).not.toBe('rgb(255, 0, 0)');
      expect(await w.locator('.widget-title').evaluate((el) => getComputedStyle(el).color)).not.toBe('rgb(0, 128, 0)');
      // Nor do ours leak out.
      expect(await page.locator('h1').evaluate((el) => getComputedStyle(el).color)).toBe('rgb(0, 128, 0)');

      await element.evaluate((el) => el.setAttribute('widths', '6,6,6'));
      await expect(w.locator('[data-count="synapses"]')).toHaveText(String(countMlp({ sizes: [5, 6, 6, 6] }).synapses));
      await element.evaluate((el) => el.setAttribute('widths', 'lots'));
      await expect(w.getByRole('status').filter({ hasText: 'From the link' })).toContainText('ignored widths="lots"');

      await w.getByRole('slider', { name: 'width of layer 1 (m1)' }).press('ArrowRight');
      await expect(w.locator('[data-count="neurons"]')).toHaveText('19');

      const origins = new Set(requests.map((url) => new URL(url).origin));
      expect([...origins].sort()).toEqual([new URL(host.url).origin, new URL(baseURL!).origin].sort());
    } finally {
      await host.close();
    }
  });
});
