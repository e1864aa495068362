import type { Locator } from '@playwright/test';
import {
  countConv,
  countGpt,
  countGptBlock,
  countMlp,
  countModel,
  countRecurrent,
  GPT3_PRESETS,
  parameterSteps,
  presets,
  type Count,
} from '../src/counting/index.js';
import { formatCompact, formatCount, formatDecimal, formatRatio } from '../src/format/numbers.js';
import { formatValue } from '../src/widgets/key-value/format.js';
import { keyOutputs, rowView } from '../src/models/keyValue.js';
import { simulate } from '../src/models/lif.js';
import { inputsOf } from '../src/widgets/spikes/model.js';
import { formatSignal } from '../src/widgets/synapse/format.js';
import { fire } from '../src/models/neuron.js';
import { expect, open, test, widget } from './fixtures.js';

/** Every way a widget might print a number: exact, as a ratio, and in its compact form. */
function printed(n: number): string[] {
  return Number.isInteger(n) ? [formatCount(n), formatCompact(n)].filter((s) => s !== undefined) : [formatRatio(n)];
}

/** Every number of `counts` (totals and parts) a reader could predict: those that are not a size the reader set. */
function results(counts: readonly Count[], sizes: readonly number[]): string[] {
  const numbers = counts.flatMap((c) => [
    c.neurons,
    c.synapses,
    c.synapsesPerNeuron,
    c.parameters,
    ...c.parts.flatMap((p) => [p.neurons, p.synapses, p.synapsesPerNeuron, p.parameters]),
  ]);
  const set = new Set(sizes.flatMap(printed));
  return [...new Set(numbers.filter((n) => n > 0).flatMap(printed))].filter((s) => !set.has(s));
}

const GPT3_175B = GPT3_PRESETS.find((p) => p.id === 'gpt3-175b')!.spec;
const gpt3 = countGpt(GPT3_175B);
const spikes = simulate(inputsOf('timing', 5, 1, 0).map((i) => i.times));
const neuron = fire({ weights: [0.8, -0.6, 0.3], inputs: [0.9, 0.5, 0.7], bias: -0.2, activation: 'sigmoid' });
const keys = keyOutputs([0.8, 0.6, -0.7], 'relu');

interface Case {
  id: string;
  /** The embed's query, with the counts hidden. */
  query: string;
  /** What the reader could predict, as the widget would print it. */
  results: readonly string[];
  /** The sizes the reader set, which stay in view (as text or as a control's value). */
  sizes: readonly string[];
}

const CASES: readonly Case[] = [
  {
    id: 'mlp',
    query: 'input=3&widths=5,7',
    results: results([countMlp({ sizes: [3, 5, 7] })], [3, 5, 7]),
    sizes: ['3', '5', '7'],
  },
  {
    id: 'conv',
    query: 'in_channels=3&out_channels=16&kernel=3',
    results: results([countConv({ inChannels: 3, outChannels: 16, kernelSize: 3 })], [3, 16]),
    sizes: ['3', '16'],
  },
  {
    id: 'recurrent',
    query: 'cell=lstm&input=3&hidden=5',
    results: results([countRecurrent({ cell: 'lstm', inputSize: 3, hiddenSize: 5 })], [3, 5]),
    sizes: ['3', '5'],
  },
  {
    id: 'gpt-block',
    query: 'd_model=768&n_heads=12',
    results: results([countGptBlock({ dModel: 768, nLayers: 1, nHeads: 12 })], [768, 3072, 12]),
    sizes: ['768', '12', '3072'],
  },
  {
    id: 'gpt-totals',
    query: 'n_layers=96&d_model=12288',
    results: results([gpt3], [96, 12_288]),
    sizes: ['96', '12288'],
  },
  {
    id: 'gpt-params',
    query: 'n_layers=96&d_model=12288',
    results: [...results([gpt3], [96, 12_288]), ...parameterSteps(gpt3).flatMap((s) => printed(s.value))],
    sizes: ['96', '12288'],
  },
  {
    id: 'spikes',
    query: 'mode=timing&spikes=5&bunching=1',
    // The output rate, a multiple of ten, is left out: it reads the same as a tick of the 100 ms time axis.
    results: [String(spikes.outputs.length), formatDecimal(spikes.peak, 2)],
    sizes: ['5'],
  },
  {
    id: 'synapse',
    query: '',
    results: [neuron.sum, neuron.z, neuron.y].map(formatSignal),
    sizes: ['0.80', '−0.60', '0.30', '0.90', '0.50', '0.70', '−0.20'].map((s) => s.replace('−', '-')),
  },
  {
    id: 'key-value',
    query: 'x1=0.8&x2=0.6&x3=-0.7',
    results: [
      ...keys.filter((h) => h !== 0).map(formatValue),
      ...rowView(keys).map(formatValue),
      ...results([countMlp({ sizes: [3, 8, 2], bias: false })], [3, 8, 2]),
    ],
    sizes: ['0.8', '0.6', '-0.7'],
  },
  {
    id: 'zoo',
    query: '',
    // Totals, exactly as the table prints them: a compact form such as "6.7B" is also a model's name.
    results: presets
      .map(countModel)
      .flatMap((c) => [
        formatCount(c.neurons),
        formatCount(c.synapses),
        formatRatio(c.synapsesPerNeuron),
        formatCount(c.parameters),
      ]),
    sizes: [],
  },
];

/**
 * Every piece of text in the widget, one string per text node or labelling attribute (SVG text, titles
 * and live regions included), but for the presets' names and key numbers ("Preset 2"), which are fixed.
 */
async function texts(w: Locator): Promise<string[]> {
  return w.evaluate((root) => {
    const out: string[] = [];
    const fixed = (node: Node) => node.parentElement?.closest('.presets') != null;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode())
      if (!fixed(node)) out.push(node.textContent ?? '');
    for (const element of root.querySelectorAll('*')) {
      if (element.closest('.presets')) continue;
      for (const name of ['aria-label', 'aria-valuetext', 'title']) {
        const value = element.getAttribute(name);
        if (value) out.push(value);
      }
    }
    return out;
  });
}

/** The results found in `strings`, each as a whole number (not digits inside a longer or a negative one). */
function found(strings: readonly string[], wanted: readonly string[]): string[] {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return wanted.filter((value) => {
    const pattern = new RegExp(`(?<![\\d.,−-])${escape(value)}(?![\\d]|[.,]\\d)`);
    return strings.some((s) => pattern.test(s));
  });
}

for (const c of CASES) {
  test(`${c.id}: with the counts hidden no result shows, in text, diagram or live region; revealed, they return`, async ({
    page,
  }) => {
    await open(page, `/embed/${c.id}?predict=1${c.query ? `&${c.query}` : ''}`);
    const w = widget(page, c.id);
    await expect(w.getByText('The counts are hidden.')).toBeVisible();
    // The live region speaks after a pause; wait for it.
    await expect(w.locator('[aria-live]')).toHaveText('Counts hidden.');
    expect(c.results.length).toBeGreaterThan(0);
    expect(found(await texts(w), c.results)).toEqual([]);

    const values = await w.locator('input').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    const strings = [...(await texts(w)), ...values];
    expect(found(strings, c.sizes)).toEqual(c.sizes);

    await w.getByRole('button', { name: 'Reveal counts' }).first().click();
    await expect(w.locator('[data-count]').first()).toBeVisible();
    const shown = found(await texts(w), c.results);
    expect(shown.length).toBeGreaterThan(0);
  });
}

test('the GPT block’s scale note states the product again once the counts are revealed', async ({ page }) => {
  await open(page, '/gpt-block?predict=1');
  const w = widget(page, 'gpt-block');
  const square = formatCount(
    countGptBlock({ dModel: 768, nLayers: 1, nHeads: 12 }).parts.find((p) => p.name === 'attn.q')!.synapses,
  );
  await expect(w.locator('svg.gpt-block')).toContainText('each square: 768 × 768 = ? synapses');
  await w.getByRole('button', { name: 'Reveal counts' }).first().click();
  await expect(w.locator('svg.gpt-block')).toContainText(`= ${square} synapses`);
});
