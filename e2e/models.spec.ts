import {
  countGpt,
  countModel,
  gptSpecFromHfConfig,
  HF_CONFIG_EXAMPLES,
  HF_MODEL_TYPES,
  presets,
} from '../src/counting/index.js';
import { expect, expectQuery, open, test, widget } from './fixtures.js';
import { azevedo2009, dorkenwald2024, herculanoHouzel2006, menzel2001, white1986 } from '../content/references.js';

const n = (value: number) => value.toLocaleString('en-US');
const pythia = HF_CONFIG_EXAMPLES.find((e) => e.repo === 'EleutherAI/pythia-160m')!;
/** The preset the library counts most of. */
const largest = (key: 'neurons' | 'synapses') =>
  presets.reduce((a, b) => (countModel(b)[key] > countModel(a)[key] ? b : a)).id;
const pythiaText = JSON.stringify({ _name_or_path: pythia.repo, ...pythia.config }, null, 2);

test.describe('the model zoo', () => {
  test('reads as a chapter: title, typeset math, the zoo, its sources cited', async ({ page }) => {
    await open(page, '/models');
    await expect(page).toHaveTitle(/Model zoo/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Model zoo');
    expect(await page.locator('.chapter .katex').count()).toBeGreaterThan(3);
    await expect(page.locator('.katex-error')).toHaveCount(0);
    await expect(page.locator('[data-widget="zoo"]')).toHaveCount(1);
    for (const work of [white1986, dorkenwald2024, menzel2001, herculanoHouzel2006, azevedo2009]) {
      await expect(page.locator('.footnotes')).toContainText(`${work.authors} (${work.year})`);
    }
  });

  test('the table lists every preset with the library’s counts', async ({ page }) => {
    await open(page, '/models');
    const zoo = widget(page, 'zoo');
    await expect(zoo.locator('tbody tr[data-row]')).toHaveCount(presets.length);
    for (const preset of presets) {
      const count = countModel(preset);
      const row = zoo.locator(`tr[data-row="${preset.id}"]`);
      await expect(row.locator('[data-count="parameters"]')).toHaveText(n(count.parameters));
      await expect(row.locator('[data-count="neurons"]')).toHaveText(n(count.neurons));
    }
  });

  test('sorts by pointer and by keyboard, with aria-sort, and keeps the order in the link', async ({ page }) => {
    await open(page, '/models');
    const zoo = widget(page, 'zoo');
    const table = zoo.locator('.zoo-table');
    const firstRow = table.locator('tbody tr').first();
    const header = (name: string) => table.getByRole('columnheader', { name });
    await expect(header('Parameters')).toHaveAttribute('aria-sort', 'ascending');
    await expect(firstRow).toHaveAttribute('data-row', 'lenet-5');

    await header('Neurons').getByRole('button').click();
    await expect(header('Neurons')).toHaveAttribute('aria-sort', 'descending');
    await expect(header('Parameters')).not.toHaveAttribute('aria-sort');
    await expect(firstRow).toHaveAttribute('data-row', largest('neurons'));
    await expectQuery(page, 'sort', 'neurons');

    await header('Neurons').getByRole('button').click();
    await expect(header('Neurons')).toHaveAttribute('aria-sort', 'ascending');
    await expect(firstRow).toHaveAttribute('data-row', 'lenet-5');

    await header('Model').getByRole('button').focus();
    await page.keyboard.press('Enter');
    await expect(header('Model')).toHaveAttribute('aria-sort', 'ascending');
    await expect(firstRow.getByRole('button')).toContainText('AlexNet');
    await expectQuery(page, 'sort', 'name');
  });

  test('a link opens the sort and measure it names, and says what it ignored', async ({ page }) => {
    await open(page, '/models?sort=synapses&order=desc&measure=per-neuron');
    const zoo = widget(page, 'zoo');
    await expect(zoo.locator('.zoo-table tbody tr').first()).toHaveAttribute('data-row', largest('synapses'));
    await expect(zoo.getByRole('radio', { name: 'Synapses per neuron' })).toBeChecked();

    await open(page, '/models?sort=size');
    await expect(zoo.getByRole('status').filter({ hasText: 'From the link' })).toContainText('ignored sort="size"');
    await expect(zoo.locator('.zoo-table tbody tr').first()).toHaveAttribute('data-row', 'lenet-5');
  });

  test('pasting a config adds its row, its dot and its breakdown, with the right parameters', async ({ page }) => {
    await open(page, '/models');
    const zoo = widget(page, 'zoo');
    await zoo.getByRole('textbox', { name: 'config.json' }).fill(pythiaText);
    await zoo.getByRole('button', { name: 'Count this model' }).click();

    const row = zoo.locator('tr[data-imported]');
    await expect(row).toHaveCount(1);
    await expect(row.getByRole('rowheader')).toContainText('EleutherAI/pythia-160m');
    await expect(row.locator('[data-count="parameters"]')).toHaveText(n(pythia.parameters));
    const expected = countGpt(gptSpecFromHfConfig(pythia.config));
    await expect(row.locator('[data-count="synapses"]')).toHaveText(n(expected.synapses));
    await expect(zoo.locator('tbody tr[data-row]')).toHaveCount(presets.length + 1);
    await expect(zoo.locator('.scale-chart [data-row="yours-1"] .label')).toHaveText('pythia-160m (yours)');
    await expect(zoo.getByRole('status').filter({ hasText: 'Counted' })).toContainText(
      `Counted EleutherAI/pythia-160m: ${n(pythia.parameters)} parameters.`,
    );

    const detail = zoo.locator('.zoo-detail');
    await expect(detail.getByRole('heading', { level: 3 })).toHaveText('EleutherAI/pythia-160m');
    await expect(detail.locator('[data-count="parameters"]')).toHaveText(n(pythia.parameters));
    const head = detail.getByRole('row', { name: /^LM head/ });
    await expect(head).toContainText(n(50_304 * 768));
    await expect(head.getByRole('cell').first()).toHaveText(n(50_304));
  });

  test('a file can be picked or dropped instead of pasted', async ({ page }) => {
    await open(page, '/models');
    const zoo = widget(page, 'zoo');
    const mistral = HF_CONFIG_EXAMPLES.find((e) => e.repo.startsWith('mistralai'))!;
    await zoo.getByLabel('Choose a config.json file…').setInputFiles({
      name: 'config.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(mistral.config)),
    });
    await expect(zoo.locator('tr[data-imported] [data-count="parameters"]')).toHaveText(n(mistral.parameters));

    const gpt2 = HF_CONFIG_EXAMPLES.find((e) => e.repo.endsWith('/gpt2'))!;
    const dataTransfer = await page.evaluateHandle((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'config.json', { type: 'application/json' }));
      return transfer;
    }, JSON.stringify(gpt2.config));
    await zoo.locator('.zoo-import').dispatchEvent('drop', { dataTransfer });
    await expect(zoo.locator('tr[data-imported]')).toHaveCount(2);
    await expect(zoo.locator('.zoo-detail [data-count="parameters"]')).toHaveText(n(gpt2.parameters));
  });

  test('a broken config shows what is wrong and keeps every row', async ({ page }) => {
    await open(page, '/models');
    const zoo = widget(page, 'zoo');
    const box = zoo.getByRole('textbox', { name: 'config.json' });
    // The sample configs load once the panel is on screen: scroll to it as a reader would.
    await box.scrollIntoViewIfNeeded();
    await zoo.getByRole('button', { name: 'pythia-160m' }).click();
    await expect(zoo.locator('tbody tr[data-row]')).toHaveCount(presets.length + 1);

    await box.fill('{"model_type": "llama", "hidden_size": 4096,');
    await zoo.getByRole('button', { name: 'Count this model' }).click();
    const alert = zoo.getByRole('region', { name: 'Count your model' }).getByRole('alert');
    await expect(alert).toContainText('config.json is not valid JSON');
    await expect(box).toHaveAttribute('aria-invalid', 'true');
    await expect(zoo.locator('tbody tr[data-row]')).toHaveCount(presets.length + 1);

    await box.fill('{"model_type": "bert", "hidden_size": 768}');
    await zoo.getByRole('button', { name: 'Count this model' }).click();
    await expect(alert).toHaveText(`model_type "bert" is not supported (supported: ${HF_MODEL_TYPES.join(', ')})`);
    await expect(zoo.locator('tr[data-imported]')).toHaveCount(1);
  });

  test('the chart switches measure, names what it cannot show, and lights the row the table points at', async ({
    page,
  }) => {
    await open(page, '/models');
    const zoo = widget(page, 'zoo');
    const chart = zoo.locator('.scale-chart');
    await expect(chart.locator('[data-row="mouse"]')).toBeVisible();
    await zoo.getByRole('radio', { name: 'Synapses', exact: true }).check();
    await expect(chart.locator('[data-row="mouse"]')).toHaveCount(0);
    await expect(zoo.locator('.zoo-missing')).toContainText('Roundworm, Honey bee, Mouse');
    await expect(chart.locator('[data-row="human"] .value')).toHaveText('602T');
    await expectQuery(page, 'measure', 'synapses');

    await zoo.locator('tr[data-row="alexnet"]').hover();
    await expect(chart.locator('[data-row="alexnet"]')).toHaveAttribute('data-lit', 'true');
    await zoo.locator('tr[data-row="vgg-16"]').getByRole('button').focus();
    await expect(chart.locator('[data-row="vgg-16"]')).toHaveAttribute('data-lit', 'true');
    await page.keyboard.press('Enter');
    await expect(zoo.locator('.zoo-detail h3')).toHaveText('VGG‑16');
    await expect(chart.locator('[data-row="vgg-16"]')).toHaveAttribute('data-selected', 'true');
  });
});

test('the zoo’s toolbar looks like every other widget’s: the same buttons, not its own pills', async ({ page }) => {
  const toolbarLook = () =>
    page
      .locator('.widget-toolbar')
      .first()
      .evaluate((toolbar) =>
        [...toolbar.querySelectorAll(':scope > button, .download-menu > summary')].map((control) => {
          const style = getComputedStyle(control);
          return `${style.borderRadius} ${style.fontSize} ${style.minHeight}`;
        }),
      );
  await open(page, '/embed/gpt-block');
  const shared = await toolbarLook();
  expect(new Set(shared).size).toBe(1);
  await open(page, '/embed/zoo');
  expect(await toolbarLook()).toEqual(shared);
});
