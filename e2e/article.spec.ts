import { parse } from '@retorquere/bibtex-parser';
import { countLinear } from '../src/counting/linear.js';
import { chapterPages } from './builtPages.js';
import type { Page } from '@playwright/test';
import { expect, open, test } from './fixtures.js';

/** What the hero shows: its rows, the lit one, the entries of each row, and the synapse total. */
async function heroState(page: Page) {
  const hero = page.locator('.hero');
  return {
    rows: await hero.locator('.hero-row').count(),
    lit: await hero.locator('.hero-row.lit').getAttribute('data-row'),
    entries: await hero.locator('.hero-row').first().locator('.hero-synapse').count(),
    total: await hero.locator('[data-synapses]').getAttribute('data-synapses'),
  };
}

const expected = (inputs: number, neurons: number, lit: number) => ({
  rows: countLinear({ inFeatures: inputs, outFeatures: neurons }).neurons,
  lit: String(lit),
  entries: countLinear({ inFeatures: inputs, outFeatures: neurons }).parts[0]!.synapsesPerNeuron,
  total: String(countLinear({ inFeatures: inputs, outFeatures: neurons }).synapses),
});

test.describe('the hero on /', () => {
  test('is in the HTML before scripts run, above the fold', async ({ page, request }) => {
    const html = await (await request.get('/')).text();
    expect(html).toMatch(/class="hero-matrix"/);
    expect(html).toMatch(/class="hero-row lit"/);
    await open(page, '/');
    const box = await page.locator('.hero-matrix').boundingBox();
    expect(box!.y + box!.height).toBeLessThan(page.viewportSize()!.height);
  });

  test('answers a drag and the keys with the library’s counts and a lit row', async ({ page }) => {
    await open(page, '/');
    const neurons = page.getByRole('slider', { name: /neurons \(rows of W\)/ });
    const inputs = page.getByRole('slider', { name: /inputs \(columns of W\)/ });
    const start = { neurons: Number(await neurons.inputValue()), inputs: Number(await inputs.inputValue()) };
    expect(await heroState(page)).toEqual(expected(start.inputs, start.neurons, 0));

    // A drag to the right end of the inputs track.
    await inputs.scrollIntoViewIfNeeded();
    const track = (await inputs.boundingBox())!;
    await page.mouse.move(track.x + 4, track.y + track.height / 2);
    await page.mouse.down();
    await page.mouse.move(track.x + track.width + 40, track.y + track.height / 2, { steps: 8 });
    await page.mouse.up();
    const max = Number(await inputs.getAttribute('max'));
    await expect(inputs).toHaveValue(String(max));
    expect(await heroState(page)).toEqual(expected(max, start.neurons, 0));

    // One more neuron with the keyboard, then the arrow keys on the matrix light its row.
    await neurons.focus();
    await page.keyboard.press('ArrowRight');
    const grown = start.neurons + 1;
    await page.getByRole('slider', { name: 'Lit neuron (row of W)' }).focus();
    await page.keyboard.press('End');
    for (let i = 0; i < grown; i++) await page.keyboard.press('ArrowDown');
    expect(await heroState(page)).toEqual(expected(max, grown, grown - 1));
    await expect(page.getByRole('slider', { name: 'Lit neuron (row of W)' })).toHaveAttribute(
      'aria-valuetext',
      new RegExp(`^Neuron ${grown} of ${grown}: `),
    );
    await expect(page.locator('.hero-counts')).toContainText(
      countLinear({ inFeatures: max, outFeatures: grown }).synapses.toLocaleString('en-US'),
    );
  });

  test.describe('on a touch screen', () => {
    test.use({ hasTouch: true });
    test('a tap on a row lights that neuron', async ({ page }) => {
      await open(page, '/');
      const last = page.locator('.hero-row').last();
      const index = await last.getAttribute('data-row');
      expect(index).not.toBe('0');
      await last.locator('.hero-synapse').first().tap();
      await expect(page.locator('.hero-row.lit')).toHaveAttribute('data-row', index!);
    });
  });
});

test.describe('Cite this', () => {
  for (const path of ['/', '/linear']) {
    test(`on ${path}: a valid BibTeX entry with the page's title and address, copied to the clipboard`, async ({
      page,
      context,
    }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await open(page, path);
      await page.getByText('Cite this', { exact: true }).click();
      await page.getByRole('button', { name: 'Copy' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe(await page.locator('.cite-entry').innerText());
      const library = parse(copied, { sentenceCase: false });
      expect(library.errors).toEqual([]);
      expect(library.entries).toHaveLength(1);
      const fields = library.entries[0]!.fields;
      expect(fields.url).toBe(page.url());
      const h1 = (await page.locator('h1').innerText()).trim();
      expect(String(fields.title)).toContain(h1);
    });
  }
});

test('every chapter numbers its figures 1..N in order, each with a caption saying what to try', async ({ page }) => {
  const chapters = chapterPages().filter((path) => path !== '/' && path !== '/404');
  expect(chapters.length).toBeGreaterThan(5);
  for (const path of chapters) {
    await page.goto(path);
    const widgets = await page.locator('.widget-slot').count();
    expect(widgets, path).toBeGreaterThan(0);
    const captions = await page.locator('.numbered-figure > .figure-caption').allInnerTexts();
    expect(
      captions.map((c) => /^Figure (\d+)\./.exec(c)?.[1]),
      path,
    ).toEqual(Array.from({ length: widgets }, (_, i) => String(i + 1)));
    for (const caption of captions) expect(caption.replace(/^Figure \d+\.\s*/, '').length, path).toBeGreaterThan(40);
  }
});
