import { simulate } from '../src/models/lif.js';
import { inputsOf } from '../src/widgets/spikes/model.js';
import { formatSignal } from '../src/widgets/synapse/format.js';
import { fire, type Activation } from '../src/models/neuron.js';
import { expect, expectQuery, open, reload, shownCount, test, widget } from './fixtures.js';

/** Output spikes of the widget's neuron, from the pure simulation. */
function outputs(mode: 'timing' | 'ears', n: number, bunching: number, itd: number): number {
  return simulate(inputsOf(mode, n, bunching, itd).map((i) => i.times)).outputs.length;
}

/** What the synapse widget should show, from the pure neuron. */
function neuron(weights: number[], inputs: number[], bias: number, activation: Activation) {
  const out = fire({ weights, inputs, bias, activation });
  return { sum: formatSignal(out.sum), z: formatSignal(out.z), y: formatSignal(out.y) };
}

const DEFAULTS = { weights: [0.8, -0.6, 0.3], inputs: [0.9, 0.5, 0.7], bias: -0.2 };

test.describe('the Biology chapter', () => {
  test('reads as a chapter: title, typeset math, both widgets, sources, navigation', async ({ page }) => {
    await open(page, '/biology');
    await expect(page).toHaveTitle(/Biological and artificial neurons/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Biological and artificial neurons');
    expect(await page.locator('.chapter .katex').count()).toBeGreaterThan(10);
    await expect(page.locator('.katex-error')).toHaveCount(0);
    await expect(page.locator('[data-widget="synapse"]')).toHaveCount(1);
    await expect(page.locator('[data-widget="spikes"]')).toHaveCount(2);
    await expect(page.locator('.footnotes li')).toHaveCount(21);
    await expect(page.locator('.footnotes')).toContainText('Jeffress');
    await expect(
      page.getByRole('navigation', { name: 'Chapters' }).getByRole('link', { name: /Previous/ }),
    ).toBeVisible();
  });

  test('the synapse widget shows what the pure neuron computes, and follows the keyboard', async ({ page }) => {
    await open(page, '/biology');
    const w = widget(page, 'synapse');
    const start = neuron(DEFAULTS.weights, DEFAULTS.inputs, DEFAULTS.bias, 'sigmoid');
    await expect(w.locator('[data-count="z"]')).toHaveText(start.z);
    await expect(w.locator('[data-count="y"]')).toHaveText(start.y);
    await expect(w.locator('[data-synapse="2"]')).toHaveAttribute('data-sign', 'inhibitory');

    const w2 = w.getByRole('slider', { name: 'weight w2 of synapse 2' });
    await w2.focus();
    await page.keyboard.press('Home');
    const strong = neuron([0.8, -2, 0.3], DEFAULTS.inputs, DEFAULTS.bias, 'sigmoid');
    await expect(w.locator('[data-count="sum"]')).toHaveText(strong.sum);
    await expect(w.locator('[data-count="y"]')).toHaveText(strong.y);
    await expect(w.locator('.live-formula')).toContainText(strong.z);
    await expectQuery(page, 'w2', '-2');

    const w3 = w.getByRole('slider', { name: 'weight w3 of synapse 3' });
    await expect(w.locator('[data-synapse="3"]')).toHaveAttribute('data-sign', 'excitatory');
    await w3.focus();
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowLeft');
    await expect(w3).toHaveAttribute('aria-valuetext', '0.00');
    await expect(w.locator('[data-synapse="3"]')).toHaveAttribute('data-sign', 'silent');
    await page.keyboard.press('ArrowLeft');
    await expect(w.locator('[data-synapse="3"]')).toHaveAttribute('data-sign', 'inhibitory');
    const negative = neuron([0.8, -2, -0.05], DEFAULTS.inputs, DEFAULTS.bias, 'sigmoid');
    await expect(w.locator('[data-count="y"]')).toHaveText(negative.y);
    await expectQuery(page, 'w3', '-0.05');
  });

  test('the synapse widget answers the pointer: activation, bias, and hover links', async ({ page }) => {
    await open(page, '/biology');
    const w = widget(page, 'synapse');
    await w.getByRole('radio', { name: 'ReLU' }).click();
    await w.getByRole('spinbutton', { name: 'bias b, exact value' }).fill('-1');
    const relu = neuron(DEFAULTS.weights, DEFAULTS.inputs, -1, 'relu');
    await expect(w.locator('[data-count="y"]')).toHaveText(relu.y);
    await expect(w.locator('[data-count="z"]')).toHaveText(relu.z);
    await expect(w.locator('.activation-chart')).toContainText('ReLU');
    await expectQuery(page, 'activation', 'relu');

    await w.getByRole('row', { name: /Output y/ }).hover();
    await expect(w.locator('.activation-chart .curve')).toHaveAttribute('data-lit', 'true');
    await w.locator('[data-synapse="1"] .stem').hover();
    await expect(w.locator('[data-synapse="1"]')).toHaveAttribute('data-lit', 'true');
    await expect(w.locator('[data-synapse="2"]')).toHaveAttribute('data-lit', 'false');
    await expect(w.locator('.live-formula [data-term="w1"][data-focused]').first()).toBeVisible();
  });

  test('spikes: the same rate fires the neuron only when bunched, as the simulation says', async ({ page }) => {
    await open(page, '/biology');
    const w = widget(page, 'spikes');
    expect(await shownCount(w, 'output')).toBe(outputs('timing', 5, 0, 0));
    expect(await shownCount(w, 'rate')).toBe(50);
    await w.getByRole('button', { name: 'Bunched' }).click();
    await expect(w.locator('[data-count="output"]')).toHaveText(String(outputs('timing', 5, 1, 0)));
    expect(outputs('timing', 5, 1, 0)).toBeGreaterThan(outputs('timing', 5, 0, 0));
    await expect(w.locator('.output-spikes line')).toHaveCount(outputs('timing', 5, 1, 0));

    const bunching = w.getByRole('slider', { name: /bunching b/ });
    await bunching.focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft');
    await expect(bunching).toHaveAttribute('aria-valuetext', '0.80');
    await expect(w.locator('[data-count="output"]')).toHaveText(String(outputs('timing', 5, 0.8, 0)));
    await expectQuery(page, 'bunching', '0.8');

    const n = w.getByRole('slider', { name: 'spikes per input N' });
    await n.focus();
    await page.keyboard.press('End');
    await expect(w.locator('[data-count="rate"]')).toHaveText('100');
    await expect(w.locator('[data-count="output"]')).toHaveText(String(outputs('timing', 10, 0.8, 0)));
    await expectQuery(page, 'spikes', '10');

    await reload(page);
    await expect(w.locator('[data-count="output"]')).toHaveText(String(outputs('timing', 10, 0.8, 0)));
    await expect(bunching).toHaveAttribute('aria-valuetext', '0.80');
    await expect(n).toHaveAttribute('aria-valuetext', '10 spikes in 100 ms');
  });

  test('spikes: dragging input B’s train sideways bunches the spikes', async ({ page }) => {
    await open(page, '/biology');
    const w = widget(page, 'spikes');
    const row = w.locator('.drag-row[data-row="b"]');
    await row.scrollIntoViewIfNeeded();
    const box = (await row.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2, { steps: 5 });
    await page.mouse.move(box.x + box.width * 0.9, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    const bunching = Number(await w.getByRole('slider', { name: /bunching b/ }).inputValue());
    expect(bunching).toBeGreaterThan(0.5);
    await expect(w.locator('[data-count="output"]')).toHaveText(String(outputs('timing', 5, bunching, 0)));
    await expectQuery(page, 'bunching', String(bunching));

    await w.locator('.output-spikes + .hover-area').hover();
    await expect(w.getByRole('row', { name: /Output spikes/ })).toHaveAttribute('data-focused', '');
    await w.getByRole('row', { name: /Spikes per input/ }).focus();
    await expect(w.locator('.input-spikes').first()).toHaveAttribute('data-lit', 'true');
    await expect(w.locator('.output-spikes')).toHaveAttribute('data-lit', 'false');
  });

  test('spikes: the two-ears widget is a coincidence detector, moved by keyboard and pointer', async ({ page }) => {
    await open(page, '/biology');
    const w = widget(page, 'spikes', 1);
    await expect(w.locator('.row-label').first()).toHaveText('left ear');
    expect(await shownCount(w, 'output')).toBe(outputs('ears', 5, 0, 0));
    expect(outputs('ears', 5, 0, 0)).toBe(5);

    const itd = w.getByRole('slider', { name: /interaural time difference Δt/ });
    await itd.focus();
    for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowRight');
    await expect(itd).toHaveAttribute('aria-valuetext', '6.0 ms');
    await expect(w.locator('[data-count="output"]')).toHaveText(String(outputs('ears', 5, 0, 6)));
    await expect(w.getByText('Sound from the right.', { exact: false })).toBeVisible();

    await w.getByRole('button', { name: 'Sound ahead' }).click();
    await expect(w.locator('[data-count="output"]')).toHaveText('5');
    const row = w.locator('.drag-row[data-row="a"]');
    await row.scrollIntoViewIfNeeded();
    const box = (await row.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 60, box.y + box.height / 2, { steps: 4 });
    await page.mouse.up();
    const moved = Number(await itd.inputValue());
    expect(moved).toBeLessThan(0);
    await expect(w.locator('[data-count="output"]')).toHaveText(String(outputs('ears', 5, 0, moved)));
    const head = w.locator('svg.head');
    const headBox = (await head.boundingBox())!;
    await head.click({ position: { x: headBox.width - 2, y: headBox.height - 12 } });
    await expect(itd).toHaveAttribute('aria-valuetext', '10.0 ms');
    await expect(w.locator('[data-count="output"]')).toHaveText(String(outputs('ears', 5, 0, 10)));
    // This copy of the widget keeps its state out of the link.
    await expectQuery(page, 'itd', null);
  });

  test('a deep link opens its state, and bad values are reported, not applied', async ({ page }) => {
    await open(page, '/biology?w1=1.5&x3=0&activation=tanh&mode=ears&itd=-3');
    const s = widget(page, 'synapse');
    const linked = neuron([1.5, -0.6, 0.3], [0.9, 0.5, 0], -0.2, 'tanh');
    await expect(s.locator('[data-count="y"]')).toHaveText(linked.y);
    const t = widget(page, 'spikes');
    await expect(t.locator('.row-label').first()).toHaveText('left ear');
    await expect(t.locator('[data-count="output"]')).toHaveText(String(outputs('ears', 5, 0, -3)));

    await open(page, '/biology?w1=5&activation=softmax&bunching=abc&spikes=2.5');
    const notices = (w: ReturnType<typeof widget>) => w.getByRole('status').filter({ hasText: 'From the link' });
    await expect(notices(s)).toContainText('w1="5" is above the maximum 2.00; using 2.00');
    await expect(notices(s)).toContainText('ignored activation="softmax"');
    await expect(s.locator('[data-count="y"]')).toHaveText(neuron([2, -0.6, 0.3], DEFAULTS.inputs, -0.2, 'sigmoid').y);
    await expect(notices(t)).toContainText('ignored bunching="abc"');
    await expect(notices(t)).toContainText('spikes="2.5" is not an allowed step; using 3');
    await expect(t.locator('[data-count="output"]')).toHaveText(String(outputs('timing', 3, 0, 0)));
  });

  test('fits a 360 px phone without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await open(page, '/biology');
    const overflow = await page.evaluate(
      // Against the body's width, the width the page is laid out in, which leaves out room kept for a scrollbar.
      () => document.documentElement.scrollWidth - document.body.clientWidth,
    );
    expect(overflow).toBe(0);
  });
});
