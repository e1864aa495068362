import { describe, expect, it } from 'vitest';
import {
  ConfigError,
  countGpt,
  countGptBlock,
  EXPERT_PRESETS,
  HF_CONFIG_EXAMPLES,
  LLAMA_PRESETS,
  NERVOUS_SYSTEMS,
  presets,
} from '../../counting/index.js';
import { formatCount } from '../../format/numbers.js';
import { nextSort } from './model.js';
import { detailRows, publishedNote, readSummary } from './notes.js';
import { groupParts, partLabels } from './parts.js';
import { configName, readConfig } from './importer.js';
import { chartItems, importedRow, PRESET_ROWS, sortRows, type ZooRow } from './rows.js';

const row = (id: string): ZooRow => PRESET_ROWS.find((r) => r.id === id)!;
const llamaText = JSON.stringify(HF_CONFIG_EXAMPLES.find((e) => e.repo.endsWith('Llama-2-7b-hf'))!.config);

describe('the table', () => {
  it('has every preset, counted', () => {
    expect(PRESET_ROWS.map((r) => r.id)).toEqual(presets.map((p) => p.id));
  });

  it('gives a mixture of experts a per-token mark on the chart, the library’s active count, and a dense model none', () => {
    const mixtral = countGpt(EXPERT_PRESETS.find((p) => p.id === 'mixtral-8x7b')!.spec);
    const neurons = chartItems(PRESET_ROWS, 'neurons');
    expect(neurons.find((i) => i.id === 'mixtral-8x7b')!.active).toBe(mixtral.active.neurons);
    expect(chartItems(PRESET_ROWS, 'synapses').find((i) => i.id === 'mixtral-8x7b')!.active).toBe(
      mixtral.active.synapses,
    );
    expect(chartItems(PRESET_ROWS, 'per-neuron').find((i) => i.id === 'mixtral-8x7b')!.active).toBeUndefined();
    expect(neurons.find((i) => i.id === 'llama-2-7b')!.active).toBeUndefined();
  });

  it('sorts by any column either way; ties keep the registry order', () => {
    const byNeurons = sortRows(PRESET_ROWS, 'neurons', 'asc');
    expect(byNeurons[0]!.id).toBe('lenet-5');
    expect(byNeurons.at(-1)!.id).toBe('deepseek-v3');
    const neurons = byNeurons.map((r) => r.count.neurons);
    expect(neurons).toEqual([...neurons].sort((a, b) => a - b));
    expect(byNeurons.findIndex((r) => r.id === 'gpt2-small')).toBeLessThan(
      byNeurons.findIndex((r) => r.id === 'gpt3-small'),
    );
    expect(sortRows(PRESET_ROWS, 'per-neuron', 'desc')[0]!.id).toBe('gpt3-175b');
    expect(sortRows(PRESET_ROWS, 'name', 'asc')[0]!.name).toBe('AlexNet');
  });

  it('a header sorts numbers largest first, names A to Z, and a second press turns the order round', () => {
    expect(nextSort({ sort: 'parameters', order: 'asc' }, 'synapses')).toEqual({ sort: 'synapses', order: 'desc' });
    expect(nextSort({ sort: 'parameters', order: 'asc' }, 'name')).toEqual({ sort: 'name', order: 'asc' });
    expect(nextSort({ sort: 'name', order: 'asc' }, 'name')).toEqual({ sort: 'name', order: 'desc' });
  });
});

describe('a reader’s config', () => {
  it('becomes a row with the library’s counts, named from the config', () => {
    const model = { ...readConfig(llamaText), id: 'yours-1' };
    expect(model).toMatchObject({ id: 'yours-1', name: 'meta-llama/Llama-2-7b-hf', modelType: 'llama' });
    const imported = importedRow(model);
    expect(imported.count).toEqual(countGpt(model.spec));
    expect(imported.description).toBe('Your llama config: 32 blocks of width 4,096');
  });

  it('is named by its Hub path, else its architecture, else its type', () => {
    expect(configName({ _name_or_path: ' org/model ' }, 'gpt2')).toBe('org/model');
    expect(configName({ architectures: ['GPT2LMHeadModel'] }, 'gpt2')).toBe('GPT2LMHeadModel');
    expect(configName({}, 'mistral')).toBe('Your mistral model');
  });

  it('that cannot be read throws the library’s error, word for word', () => {
    expect(() => readConfig('{"model_type": "bert"}')).toThrow(ConfigError);
    expect(() => readConfig('not json')).toThrow(/^config\.json is not valid JSON/);
  });
});

describe('the chart', () => {
  it('has every model and every nervous system, with null where a source gives no figure', () => {
    const imported = importedRow({ ...readConfig(llamaText), id: 'yours-1' });
    const items = chartItems([...PRESET_ROWS, imported], 'synapses');
    expect(items).toHaveLength(PRESET_ROWS.length + 1 + NERVOUS_SYSTEMS.length);
    expect(items.find((i) => i.id === 'yours-1')!.label).toBe('Llama-2-7b-hf (yours)');
    expect(items.find((i) => i.id === 'human')).toMatchObject({ value: 602e12, kind: 'brain' });
    expect(items.find((i) => i.id === 'mouse')!.value).toBeNull();
    expect(chartItems(PRESET_ROWS, 'neurons').find((i) => i.id === 'mouse')!.value).toBe(71e6);
  });
});

describe('a model in detail', () => {
  it('says whether the count matches the published figure, and why not when it does not', () => {
    expect(publishedNote(row('resnet-50'))).toEqual({ matches: true, printed: '25,557,032' });
    expect(publishedNote(row('gpt3-xl'))!.reason).toBe(
      'Its 24 heads of 128 make 3,072, not its d_model of 2,048: the row does not add up, and is kept as printed.',
    );
    expect(publishedNote(row('gpt3-175b'))).toEqual({
      matches: false,
      printed: '175.0B',
      reason:
        'Rounded as the table prints it, the count is 174.6B, not 175.0B; to the nearest billion it is 175B, as in the model’s name.',
    });
    expect(publishedNote(row('gpt3-medium'))!.reason).toBe(
      'Rounded as the table prints it, the count is 356M, not 350M.',
    );
    expect(publishedNote(row('qwen2.5-7b'))!.reason).toBe(
      'The model card cuts the count to two decimals (7.6156B) rather than rounding it.',
    );
    expect(publishedNote(row('llama-3-70b'))!.reason).toBe(
      'Rounded as the table prints it, the count is 71B, not 70B.',
    );
    expect(publishedNote(importedRow({ ...readConfig(llamaText), id: 'y' }))).toBeUndefined();
  });

  it('explains each count with the model’s own numbers', () => {
    const how = Object.fromEntries(detailRows(row('gpt3-175b')).map((r) => [r.id, r.how]));
    expect(how.neurons).toBe('96 blocks × 110,592');
    expect(how['per-neuron']).toBe('173,946,175,488 ÷ 10,616,832');
    expect(detailRows(row('alexnet'))[0]!.how).toBe('summed over 8 layers');
    expect(detailRows(row('llama-3-8b'))[0]!.how).toMatch(/^32 blocks × [\d,]+ \+ 128,256 in the LM head$/);
    expect(detailRows(row('deepseek-v3'))[0]!.how).toBe('summed over 61 blocks and the LM head');
    expect(detailRows(row('gemma-2-2b'))[0]!.how).toMatch(/^26 blocks × /);
  });

  it('counts an untied LM head after the blocks, in the totals and in their explanation', () => {
    const llama = Object.fromEntries(detailRows(row('llama-2-7b')).map((r) => [r.id, r.how]));
    const block = countGptBlock(LLAMA_PRESETS[0]!.spec);
    expect(llama.neurons).toBe(`32 blocks × ${formatCount(block.neurons)} + 32,000 in the LM head`);
    expect(llama.synapses).toBe(`32 blocks × ${formatCount(block.synapses)} + 131,072,000 in the LM head`);
    expect(row('llama-2-7b').count.neurons).toBe(32 * block.neurons + 32_000);
  });

  it('lists what was read from a config, defaults filled in', () => {
    const summary = Object.fromEntries(readSummary(readConfig(llamaText).spec));
    expect(summary).toMatchObject({
      d_model: '4,096',
      MLP: 'gated: gate, up, down',
      'LM head': 'its own weights: 32,000 neurons of 4,096 synapses',
    });
  });

  it('labels a network’s parts as its code reads, and groups them by module', () => {
    const labels = partLabels(row('alexnet'));
    expect(labels['features.0']).toBe('features.0 · conv 3 → 64, 11 × 11, stride 4; output 64 × 55 × 55');
    expect(labels['classifier.1']).toBe('classifier.1 · linear 9,216 → 4,096');
    expect(partLabels(row('lstm-lm'))['rnn.layer2']).toBe('rnn.layer2 · LSTM layer 2, 650 → 650');
    expect(partLabels(row('lstm-lm'))['encoder']).toBe('encoder · embedding table, 33,278 × 650');
    const resnet = row('resnet-50');
    const { parts, sizes } = groupParts(resnet.count.parts);
    expect(parts.map((p) => p.name)).toEqual(['conv1', 'bn1', 'layer1', 'layer2', 'layer3', 'layer4', 'fc']);
    expect(parts.reduce((a, p) => a + p.parameters, 0)).toBe(resnet.count.parameters);
    expect(sizes.get('layer3')).toBe(6 * 6 + 2);
  });
});
