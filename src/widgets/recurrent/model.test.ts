import { describe, expect, it } from 'vitest';
import { countRecurrent } from '../../counting/index.js';
import { baseValues } from '../../state/useWidgetStore.js';
import {
  describeUnrolled,
  howRows,
  layersOf,
  partLabel,
  recurrentModel,
  recurrentSchema,
  specOf,
  torchCall,
} from './model.js';

describe('recurrent model', () => {
  it('names the PyTorch call its values stand for', () => {
    const values = baseValues(recurrentModel, 'lstm-lm');
    expect(torchCall(values)).toBe('nn.LSTM(650, 650, num_layers=2)');
    expect(torchCall({ ...values, cell: 'gru', bias: false, bidirectional: true, layers: 1 })).toBe(
      'nn.GRU(650, 650, bias=False, bidirectional=True)',
    );
  });

  it('counts the classic 2-layer LSTM language model as PyTorch does', () => {
    const count = countRecurrent(specOf(baseValues(recurrentModel, 'lstm-lm')));
    // Per layer: 4·650 rows of 650 + 650 weights, and two bias vectors of 4·650.
    expect(count.parameters).toBe(2 * (4 * 650 * 1300 + 2 * 4 * 650));
    expect(layersOf(count).map((p) => p.name)).toEqual(['layer1', 'layer2']);
  });

  it('explains each total with the current numbers', () => {
    const values = baseValues(recurrentModel, 'tagger');
    const how = howRows(countRecurrent(specOf(values)), values);
    expect(how.neurons).toBe('2 directions × 4 gates × 100');
    expect(how.synapses).toBe('2 × 400 × 200');
    const deep = { ...values, layers: 3 };
    expect(howRows(countRecurrent(specOf(deep)), deep).synapses).toBe('2 × 400 × 200 + 4 × 400 × 300');
    expect(how.parameters).toBe('160,000 + 2 × 800 biases');
  });

  it('labels parts by layer, and by direction only when there are two', () => {
    expect(partLabel('layer2', false)).toBe('Layer 2');
    expect(partLabel('layer2', true)).toBe('Layer 2, forward');
    expect(partLabel('layer2.reverse', true)).toBe('Layer 2, reverse');
  });

  it('keeps every preset inside the schema’s bounds', () => {
    for (const preset of recurrentModel.presets!) {
      for (const [name, value] of Object.entries(preset.values)) {
        const param = recurrentSchema[name as keyof typeof recurrentSchema];
        if (param.kind === 'int') {
          expect(value).toBeGreaterThanOrEqual(param.min);
          expect(value).toBeLessThanOrEqual(param.max);
        }
      }
    }
  });

  it('says what the diagram shows, with the current numbers', () => {
    const values = { ...baseValues(recurrentModel, 'tagger'), layers: 2 };
    const text = describeUnrolled(values, 4, countRecurrent(specOf(values)));
    expect(text).toContain('nn.LSTM(100, 100, num_layers=2, bidirectional=True) unrolled over 4 time steps');
    expect(text).toContain('in each of two directions, has 4 groups of 100 neurons (input gate, forget gate');
    expect(text).toContain('100 synapses from x_t and 100 from h_{t−1}, 200 in all');
    expect(text).toContain('200 synapses from the layer below');
    expect(text).toContain('cell state');
  });

  it('while the counts are hidden, gives the sizes set and no total', () => {
    const values = { ...baseValues(recurrentModel, 'tagger'), layers: 1 };
    const count = countRecurrent(specOf(values));
    const text = describeUnrolled(values, 4, count, true);
    expect(text).toContain('has 4 groups of 100 neurons (input gate, forget gate, cell candidate, output gate).');
    expect(text).toContain('100 synapses from x_t and 100 from h_{t−1}.');
    expect(text).not.toContain('in all');
    expect(text).not.toContain(count.parts[0]!.neurons.toLocaleString('en-US'));
  });
});
