import { expect, open, test } from './fixtures.js';

/** "1 blocks", "1 layers", …: a count of exactly one followed by a plural noun. */
const ONE_PLURAL =
  /(?<![\d.,])1 (?:input |key )?(blocks|layers|heads|steps|inputs|units|groups|positions|neurons|synapses|features|channels|spikes|cells)\b/;

/** Everything a reader sees or hears: the page's text and every control's spoken value. */
async function readerText(page: import('@playwright/test').Page): Promise<string> {
  return page.evaluate(() =>
    [
      document.body.innerText,
      ...[...document.querySelectorAll('[aria-valuetext]')].map((e) => e.getAttribute('aria-valuetext')),
      ...[...document.querySelectorAll('.sr-only')].map((e) => e.textContent),
    ].join('\n'),
  );
}

test.describe('counts of one read in the singular', () => {
  for (const path of [
    '/embed/gpt-params?n_layers=1',
    '/embed/gpt-totals?n_layers=1&tied=0',
    '/embed/recurrent?n_layers=1&steps=1&input=1&hidden=1',
    '/embed/spikes?spikes=1',
    '/embed/conv?in_channels=1&out_channels=1&kernel=1',
    '/embed/gpt-block?n_heads=1',
  ]) {
    test(path, async ({ page }) => {
      await open(page, path);
      const text = await readerText(page);
      expect(text.match(ONE_PLURAL)?.[0], 'a count of one with a plural noun').toBeUndefined();
    });
  }

  test('one group of neurons is not read as "1 times" a layer', async ({ page }) => {
    await open(page, '/embed/recurrent?cell=rnn&input=3&hidden=2');
    const spoken = await page.locator('.formula-line .sr-only').first().textContent();
    expect(spoken).toContain('Layer 1: 2 neurons, each with 3 input synapses and 2 recurrent synapses');
    await open(page, '/embed/recurrent?cell=lstm&input=3&hidden=2');
    expect(await page.locator('.formula-line .sr-only').first().textContent()).toContain('Layer 1: 4 times 2 neurons');
  });

  test('the same controls read in the plural for other counts', async ({ page }) => {
    await open(page, '/embed/gpt-params?n_layers=2');
    await expect(page.getByRole('slider', { name: /n_layers/ })).toHaveAttribute('aria-valuetext', '2 blocks');
    await open(page, '/embed/gpt-params?n_layers=1');
    await expect(page.getByRole('slider', { name: /n_layers/ })).toHaveAttribute('aria-valuetext', '1 block');
    await expect(page.locator('.widget-parts caption')).toContainText('summed over the 1 block');
  });
});
