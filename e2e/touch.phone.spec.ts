import { countMlp } from '../src/counting/index.js';
import { expect, open, test, widget } from './fixtures.js';

// A phone with a touch screen (the project's phone device): no hover, only taps. What a mouse
// lights by pointing at it, a tap lights, and it stays lit after the finger lifts.

test('/linear: tapping a neuron lights its synapses, tapping a matrix row lights that neuron', async ({ page }) => {
  await open(page, '/linear');
  const w = widget(page, 'mlp');
  await w.locator('.network circle.neuron').first().tap();
  const perNeuron = countMlp({ sizes: [3, 2, 2] }).parts[0]!.synapsesPerNeuron;
  await expect(w.locator('.network .synapse[data-lit="true"]')).toHaveCount(perNeuron);
  await expect(w.locator('.network circle.neuron[data-lit="true"]')).toHaveCount(1);

  await w.locator('.matrix').nth(1).locator('rect[data-row="1"]').first().tap();
  await expect(w.locator('.network circle.neuron[data-lit="true"]')).toHaveCount(1);
  await expect(w.locator('.matrix').nth(1).locator('rect[data-lit="true"]')).not.toHaveCount(0);

  await w.getByRole('row', { name: /^Synapses per neuron/ }).tap();
  await expect(w.getByRole('row', { name: /^Synapses per neuron/ })).toHaveAttribute('data-focused', '');
});

test('/convolutional: tapping an output map draws its neuron, tapping an input map moves the kernel', async ({
  page,
}) => {
  await open(page, '/convolutional');
  const w = widget(page, 'conv');
  await w.locator('.conv-outputs .channel').nth(1).tap();
  await expect(w.locator('.conv-neuron')).toContainText('neuron 2');

  const cell = w.locator('.output-cell');
  const before = await cell.getAttribute('d');
  const map = await w.locator('.conv-inputs .channel .faces').nth(1).boundingBox();
  await page.touchscreen.tap(map!.x + map!.width * 0.7, map!.y + map!.height * 0.75);
  await expect(cell).not.toHaveAttribute('d', before!);
  await expect(w.locator('.conv-inputs')).toHaveAttribute('data-lit', 'true');

  // A tap on a formula term lights what it counts.
  await w.locator('.live-formula [data-term="kernel"]').first().tap();
  await expect(w.locator('.conv-kernels')).toHaveAttribute('data-lit', 'true');
  await expect(w.locator('.conv-outputs')).toHaveAttribute('data-lit', 'false');
});

test("/recurrent: tapping a gate's neurons, a weight-matrix band or the legend lights them everywhere", async ({
  page,
}) => {
  await open(page, '/recurrent?cell=lstm&n_layers=2');
  const w = widget(page, 'recurrent');
  const forget = w.locator('.rnn-gate[data-focus="layer2:f"]');
  // A gate's neurons are one path across the time steps; tap inside the first.
  await forget.locator('.rnn-hit').tap({ position: { x: 20, y: 4 } });
  await expect(forget).toHaveAttribute('data-lit', 'true');
  await expect(w.locator('.rnn-gate[data-lit="true"]')).toHaveCount(1);
  await expect(w.getByRole('row', { name: /^Layer 2/ })).toHaveAttribute('data-focused', '');

  await w.locator('.rnn-matrix').nth(1).locator('.rnn-block').first().tap();
  await expect(w.locator('.rnn-matrix').nth(1).locator('.rnn-block[data-lit="true"]')).toHaveCount(2);
  await expect(w.locator('.rnn-matrix').nth(0).locator('.rnn-block[data-lit="true"]')).toHaveCount(0);

  await w.locator('.rnn-legend li[tabindex]').first().tap();
  await expect(w.locator('.rnn-legend li[data-focused]')).toHaveCount(1);
});

test('/gpt-block: tapping a matrix lights its row of the parts table and its formula term', async ({ page }) => {
  await open(page, '/gpt-block');
  const w = widget(page, 'gpt-block');
  await w.locator('.gpt-block [data-part="mlp.key"]').tap();
  await expect(w.getByRole('row', { name: /^MLP key/ })).toHaveAttribute('data-focused', '');
  await expect(w.locator('.widget-formula [data-term="mlp.key"][data-focused]')).toHaveCount(1);
  await expect(w.locator('[data-part="attn.q"] .body')).toHaveAttribute('data-lit', 'false');
});

test('/gpt-3: tapping a bar lights its count, tapping a waterfall step lights it', async ({ page }) => {
  await open(page, '/gpt-3');
  const totals = widget(page, 'gpt-totals');
  await totals.locator('[data-metric="synapses"] .bar.brain').tap();
  await expect(totals.locator('tr[data-term="synapses"]')).toHaveAttribute('data-focused', '');
  await expect(totals.locator('[data-metric="neurons"]')).toHaveAttribute('data-lit', 'false');

  const params = widget(page, 'gpt-params');
  await params.locator('[data-step="tokens"] .band').tap();
  await expect(params.locator('[data-step="tokens"]')).toHaveAttribute('data-lit', 'true');
  await expect(params.locator('[data-step="biases"]')).toHaveAttribute('data-lit', 'false');
});

test('/biology: tapping a synapse or the output row lights it', async ({ page }) => {
  await open(page, '/biology');
  const synapse = widget(page, 'synapse');
  await synapse.locator('[data-synapse="1"]').tap();
  await expect(synapse.locator('[data-synapse="1"]')).toHaveAttribute('data-lit', 'true');
  await expect(synapse.locator('[data-synapse="2"]')).toHaveAttribute('data-lit', 'false');
  await expect(synapse.locator('.live-formula [data-term="w1"][data-focused]').first()).toBeVisible();

  const spikes = widget(page, 'spikes');
  await spikes.locator('.output-spikes + .hover-area').tap();
  await expect(spikes.locator('tr[data-term="output"]')).toHaveAttribute('data-focused', '');
});

test('/key-value: tapping a key column or a step of the column view lights that key', async ({ page }) => {
  await open(page, '/key-value');
  const w = widget(page, 'key-value');
  await w.getByRole('button', { name: /^Key neuron k₂/ }).tap();
  await expect(w.locator('.kv-key[data-lit="true"]')).toHaveCount(1);
  await expect(w.locator('.kv-key[data-lit="true"] .kv-key-name')).toHaveText('k₂');

  await w.getByRole('radio', { name: 'Column view' }).tap();
  // The arrow may be upright, with no width to aim at: tap half-way along it.
  const step = await w.locator('.kv-step[data-step="2"] .kv-step-hit').boundingBox();
  await page.touchscreen.tap(step!.x + step!.width / 2, step!.y + step!.height / 2);
  await expect(w.locator('.kv-step[data-lit="true"]')).toHaveAttribute('data-step', '2');
  await expect(w.locator('.live-formula [data-term="key-3"][data-focused]')).toHaveCount(1);
});

test('/models: tapping a model in the chart or the table lights and picks it', async ({ page }) => {
  await open(page, '/models');
  const zoo = widget(page, 'zoo');
  const chart = zoo.locator('.scale-chart');
  await chart.locator('[data-row="alexnet"] .hit').tap();
  await expect(chart.locator('[data-row="alexnet"]')).toHaveAttribute('data-lit', 'true');
  await expect(zoo.locator('tr[data-row="alexnet"]')).toHaveAttribute('data-focused', '');
  await expect(zoo.locator('.zoo-detail h3')).toHaveText('AlexNet');

  await zoo.locator('tr[data-row="vgg-16"] td').first().tap();
  await expect(chart.locator('[data-row="vgg-16"]')).toHaveAttribute('data-lit', 'true');
  await expect(zoo.locator('.zoo-detail h3')).toHaveText('VGG‑16');
});
