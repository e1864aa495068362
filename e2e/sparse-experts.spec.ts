import type { Locator } from '@playwright/test';
import { countGptBlock } from '../src/counting/index.js';
import { blockSpec } from '../src/widgets/experts/model.js';
import { chooseExperts, routerWeights } from '../src/models/routing.js';
import { expect, expectQuery, open, reload, shownCount, test, widget } from './fixtures.js';

const value = async (w: Locator, name: string | RegExp) =>
  Number(await w.getByRole('spinbutton', { name }).inputValue());

/** The widget's sizes, as its number boxes show them. */
async function sizesOf(w: Locator) {
  return {
    nExperts: await value(w, 'n_experts'),
    topK: await value(w, 'top_k'),
    dModel: await value(w, 'd_model'),
    dExpert: await value(w, 'd_expert'),
    token: await value(w, /^token/),
  };
}

/** Every count the widget shows equals the library's for its sizes, and exactly the router's top-k experts are lit. */
async function expectMatchesLibrary(w: Locator) {
  const sizes = await sizesOf(w);
  const count = countGptBlock(blockSpec(sizes));
  expect(await shownCount(w, 'neurons')).toBe(count.neurons);
  expect(await shownCount(w, 'synapses')).toBe(count.synapses);
  expect(await shownCount(w, 'parameters')).toBe(count.parameters);
  expect(await shownCount(w, 'active-neurons')).toBe(count.active.neurons);
  expect(await shownCount(w, 'active-synapses')).toBe(count.active.synapses);
  expect(await shownCount(w, 'active-parameters')).toBe(count.active.parameters);
  const chosen = chooseExperts(routerWeights(sizes.token, sizes.nExperts), sizes.topK);
  await expect(w.locator('.experts-cell')).toHaveCount(sizes.nExperts);
  const lit = w.locator('.experts-cell[data-chosen]');
  await expect(lit).toHaveCount(sizes.topK);
  const litExperts = await lit.evaluateAll((cells) => cells.map((c) => Number(c.getAttribute('data-expert'))));
  expect(litExperts.sort((a, b) => a - b)).toEqual(chosen.map((e) => e + 1).sort((a, b) => a - b));
  return sizes;
}

test.describe('the sparse-experts chapter', () => {
  test('reads as a chapter: title, typeset math, the widget, its sources, links to biology and the zoo', async ({
    page,
  }) => {
    await open(page, '/sparse-experts');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sparse experts: most neurons silent');
    await expect(page.locator('.katex-error')).toHaveCount(0);
    expect(await page.locator('.chapter .katex').count()).toBeGreaterThan(3);
    await expect(page.locator('[data-widget="experts"]')).toHaveCount(1);
    await expect(page.locator('.footnotes li')).toHaveCount(4);
    await expect(page.locator('.footnotes')).toContainText('The cost of cortical computation');
    await expect(page.locator('.chapter a[href="/biology"]').first()).toBeVisible();
    await expect(page.locator('.chapter a[href="/models"]').first()).toBeVisible();
  });

  test('n_experts and top_k move by keyboard; counts match the library and top_k experts are lit', async ({ page }) => {
    await open(page, '/sparse-experts');
    const w = widget(page, 'experts');
    await expectMatchesLibrary(w);
    await w.getByRole('slider', { name: 'n_experts' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(w.getByRole('spinbutton', { name: 'n_experts' })).not.toHaveValue('8');
    const more = await expectMatchesLibrary(w);
    expect(more.nExperts).toBeGreaterThan(8);
    await expectQuery(page, 'n_experts', String(more.nExperts));
    await w.getByRole('slider', { name: 'top_k' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(w.getByRole('spinbutton', { name: 'top_k' })).toHaveValue('3');
    expect((await expectMatchesLibrary(w)).topK).toBe(3);
    await expectQuery(page, 'top_k', '3');
    // Fewer experts than top_k: top_k follows n_experts down.
    await w.getByRole('slider', { name: 'n_experts' }).focus();
    await page.keyboard.press('Home');
    await expect(w.getByRole('spinbutton', { name: 'n_experts' })).toHaveValue('1');
    const one = await expectMatchesLibrary(w);
    expect(one).toMatchObject({ nExperts: 1, topK: 1 });
    expect(await shownCount(w, 'active-neurons')).toBe(await shownCount(w, 'neurons'));
    await w.getByRole('slider', { name: /^token/ }).focus();
    await page.keyboard.press('End');
    await expect(w.locator('.experts-label').first()).toContainText('“quiet”');
  });

  test('the pointer drags the sliders and selects an expert; the link reopens the view', async ({ page }) => {
    await open(page, '/sparse-experts');
    const w = widget(page, 'experts');
    const slider = w.getByRole('slider', { name: 'n_experts' });
    await slider.scrollIntoViewIfNeeded();
    const box = (await slider.boundingBox())!;
    await page.mouse.move(box.x + 4, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
    await page.mouse.move(box.x + box.width + 20, box.y + box.height / 2, { steps: 4 });
    await page.mouse.up();
    await expect(w.getByRole('spinbutton', { name: 'n_experts' })).toHaveValue('256');
    const most = await expectMatchesLibrary(w);
    expect(most.nExperts).toBe(256);
    await expectQuery(page, 'n_experts', '256');
    await reload(page);
    await expect(w.getByRole('spinbutton', { name: 'n_experts' })).toHaveValue('256');

    await w.getByRole('button', { name: 'Mixtral 8×7B' }).click();
    await expect(w.getByRole('spinbutton', { name: 'n_experts' })).toHaveValue('8');
    const sizes = await expectMatchesLibrary(w);
    const [first] = chooseExperts(routerWeights(sizes.token, sizes.nExperts), sizes.topK);
    await w.locator(`.experts-cell[data-expert="${first! + 1}"]`).hover();
    await expect(w.locator('[data-detail]')).toContainText(`Expert ${first! + 1}: router weight`);
    await expect(w.locator('[data-detail]')).toContainText('choice 1 of 2');
  });

  test('predict, then reveal: hiding the counts hides every count and the share', async ({ page }) => {
    await open(page, '/sparse-experts');
    const w = widget(page, 'experts');
    await expect(w.locator('[data-share]')).toBeVisible();
    await w.getByRole('button', { name: 'Hide counts' }).click();
    await expect(w.locator('[data-count]')).toHaveCount(0);
    await expect(w.locator('[data-share]')).toHaveCount(0);
    await expect(w.locator('.widget-parts')).toHaveCount(0);
    await w.getByRole('button', { name: 'Reveal counts' }).first().click();
    await expectMatchesLibrary(w);
  });
});
