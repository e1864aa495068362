import { countConv, countLinear, type ConvSpec } from '../src/counting/index.js';
import { expect, expectQuery, open, reload, shownCount, test, widget } from './fixtures.js';
import type { Locator } from '@playwright/test';

const full = (n: number) => n.toLocaleString('en-US');

/** The widget shows exactly the library's neurons, synapses per neuron, synapses and parameters for `spec`. */
async function expectCounts(w: Locator, spec: ConvSpec) {
  const expected = countConv(spec);
  await expect(w.locator('[data-count="synapses"]')).toHaveText(full(expected.synapses));
  expect(await shownCount(w, 'neurons')).toBe(expected.neurons);
  expect(await shownCount(w, 'per-neuron')).toBe(expected.synapsesPerNeuron);
  expect(await shownCount(w, 'parameters')).toBe(expected.parameters);
}

test.describe('the Convolutional chapter', () => {
  test('reads as a chapter: title, typeset math, two conv widgets, navigation', async ({ page }) => {
    await open(page, '/convolutional');
    await expect(page).toHaveTitle(/Convolutional neurons/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Convolutional neurons');
    expect(await page.locator('.chapter .katex').count()).toBeGreaterThan(15);
    await expect(page.locator('.katex-error')).toHaveCount(0);
    await expect(page.locator('[data-widget="conv"]')).toHaveCount(2);
    await expect(page.locator('[data-widget="conv"] .live-formula .katex').first()).toBeVisible();
    await expect(
      page.getByRole('navigation', { name: 'Chapters' }).getByRole('link', { name: /Previous/ }),
    ).toBeVisible();
  });

  test('both widgets open on their presets with the library’s counts', async ({ page }) => {
    await open(page, '/convolutional');
    await expectCounts(widget(page, 'conv', 0), { inChannels: 3, outChannels: 16, kernelSize: 3 });
    await expectCounts(widget(page, 'conv', 1), { inChannels: 32, outChannels: 32, kernelSize: 3, groups: 32 });
    await expect(widget(page, 'conv').getByRole('img')).toHaveAccessibleName(
      /through a 3 × 3 kernel in each.*27 synapses/,
    );
  });

  test('keyboard and pointer change the counts to the library’s, and the URL follows', async ({ page }) => {
    await open(page, '/convolutional');
    const w = widget(page, 'conv');
    const kernel = w.getByRole('slider', { name: 'kernel size k' });
    await kernel.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expectCounts(w, { inChannels: 3, outChannels: 16, kernelSize: 5 });
    await expectQuery(page, 'kernel', '5');

    const inChannels = w.getByRole('slider', { name: 'in_channels (input channels)' });
    await inChannels.focus();
    await page.keyboard.press('End');
    await expectCounts(w, { inChannels: 2048, outChannels: 16, kernelSize: 5 });
    await expect(w.locator('.conv-diagram')).toContainText('+2,043');

    await w.getByRole('radio', { name: '3-D' }).click();
    await expectCounts(w, { inChannels: 2048, outChannels: 16, kernelSize: 5, dims: 3 });
    await expectQuery(page, 'dims', '3');
    await expect(w.locator('.conv-diagram')).toContainText('input clips');

    await w.getByRole('button', { name: /ResNet/ }).click();
    await expectCounts(w, { inChannels: 256, outChannels: 256, kernelSize: 3 });
    await expect(w.getByRole('button', { name: /ResNet/ })).toHaveAttribute('aria-pressed', 'true');
  });

  test('kernel 1 shows, computed, that each neuron is a linear neuron', async ({ page }) => {
    await open(page, '/convolutional');
    const w = widget(page, 'conv');
    await expect(w.locator('.kernel-one')).toHaveCount(0);
    await w.getByRole('spinbutton', { name: 'in_channels (input channels), exact value' }).fill('32');
    await w.getByRole('spinbutton', { name: 'out_channels (neurons), exact value' }).fill('64');
    await w.getByRole('slider', { name: 'kernel size k' }).focus();
    await page.keyboard.press('Home');
    const linear = countLinear({ inFeatures: 32, outFeatures: 64 });
    const note = w.locator('.kernel-one');
    await expect(note).toContainText('k = 1: each neuron is a linear neuron');
    await expect(note).toContainText(
      `nn.Linear(32, 64) has the same ${linear.neurons} neurons of ${linear.synapsesPerNeuron} synapses, ${full(linear.synapses)} synapses and ${full(linear.parameters)} parameters`,
    );
    await expectCounts(w, { inChannels: 32, outChannels: 64, kernelSize: 1 });
    expect(await shownCount(w, 'synapses')).toBe(linear.synapses);
  });

  test('groups always divide both channel counts, and depthwise is one press away', async ({ page }) => {
    await open(page, '/convolutional');
    const w = widget(page, 'conv');
    await w.getByRole('spinbutton', { name: 'in_channels (input channels), exact value' }).fill('256');
    await w.getByRole('spinbutton', { name: 'out_channels (neurons), exact value' }).fill('256');
    const groups = w.getByRole('slider', { name: 'groups g' });
    await groups.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(groups).toHaveAttribute('aria-valuetext', /^4 groups: each neuron reads 64 of 256/);
    await expectCounts(w, { inChannels: 256, outChannels: 256, kernelSize: 3, groups: 4 });
    await expect(w.locator('.conv-diagram')).toContainText('group 1 of 4: 64 channels');

    // 6 and 256 share only 1 and 2: groups drop from 4 to 2.
    await w.getByRole('spinbutton', { name: 'in_channels (input channels), exact value' }).fill('6');
    await expectCounts(w, { inChannels: 6, outChannels: 256, kernelSize: 3, groups: 2 });
    await expect(w.getByText('g divides both 6 and 256: 1, 2')).toBeVisible();
    await expectQuery(page, 'groups', '2');

    await w.getByRole('button', { name: 'Depthwise (g = in = out)' }).click();
    await expectCounts(w, { inChannels: 6, outChannels: 6, kernelSize: 3, groups: 6 });
    await expect(w.getByRole('button', { name: 'Depthwise (g = in = out)' })).toHaveAttribute('aria-pressed', 'true');
  });

  test('a link reopens its state on reload; bad values are reported, not applied', async ({ page }) => {
    await open(page, '/convolutional?in_channels=80&out_channels=384&kernel=5&dims=1&bias=0');
    const w = widget(page, 'conv');
    const spec: ConvSpec = { inChannels: 80, outChannels: 384, kernelSize: 5, dims: 1, bias: false };
    await expectCounts(w, spec);
    await reload(page);
    await expectCounts(w, spec);
    await expect(w.getByRole('slider', { name: 'kernel size k' })).toHaveValue('5');

    await open(page, '/convolutional?kernel=abc&in_channels=256&out_channels=256&groups=5&dims=4');
    const notices = w.getByRole('status').filter({ hasText: 'From the link' });
    await expect(notices).toContainText('ignored kernel="abc"');
    await expect(notices).toContainText('ignored dims="4"');
    await expect(notices).toContainText('groups="5" does not fit the other settings; using 4');
    await expectCounts(w, { inChannels: 256, outChannels: 256, kernelSize: 3, groups: 4 });
  });

  test('formula terms light what they count in the diagram, and an output map picks its neuron', async ({ page }) => {
    await open(page, '/convolutional');
    const w = widget(page, 'conv');
    await w.locator('.live-formula [data-term="kernel"]').first().hover();
    await expect(w.locator('.conv-kernels')).toHaveAttribute('data-lit', 'true');
    await expect(w.locator('.conv-outputs')).toHaveAttribute('data-lit', 'false');
    await w.locator('.live-formula [data-term="out"]').first().hover();
    await expect(w.locator('.conv-outputs')).toHaveAttribute('data-lit', 'true');
    await expect(w.locator('.conv-kernels')).toHaveAttribute('data-lit', 'false');

    await w.locator('.conv-outputs .channel').nth(1).hover();
    await expect(w.locator('.conv-neuron')).toContainText('neuron 2');
    await page.mouse.move(0, 0);
    await expect(w.locator('.conv-neuron')).toContainText('neuron 1');

    // Sliding the kernel over an input map moves its output; the synapses stay the same.
    const cell = w.locator('.output-cell');
    const before = await cell.getAttribute('d');
    const map = await w.locator('.conv-inputs .channel .faces').nth(1).boundingBox();
    await page.mouse.move(map!.x + map!.width * 0.7, map!.y + map!.height * 0.75);
    await expect(cell).not.toHaveAttribute('d', before!);
    await expectCounts(w, { inChannels: 3, outChannels: 16, kernelSize: 3 });

    await w.getByRole('row', { name: /Synapses per neuron/ }).focus();
    await expect(w.locator('.conv-kernels')).toHaveAttribute('data-lit', 'true');
  });
});
