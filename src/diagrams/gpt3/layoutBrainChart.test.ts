import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPowerOfTen as powerOfTen } from '../../format/numbers.js';
import { barValue, times } from './format.js';
import { layoutBrainChart, type ChartMetric } from './layoutBrainChart.js';

const gpt3: ChartMetric[] = [
  { id: 'neurons', label: 'Neurons', kind: 'neuron', model: 10_616_832, brain: 86e9 },
  { id: 'synapses', label: 'Synapses', kind: 'synapse', model: 173_946_175_488, brain: 602e12 },
  { id: 'per-neuron', label: 'Synapses per neuron', kind: 'synapse', model: 16_384, brain: 7_000 },
];
const names = { model: 'GPT‑3 175B', brain: 'Human brain' };

describe('layoutBrainChart', () => {
  const layout = layoutBrainChart(gpt3, names, { width: 640 });
  const bar = (metric: string, who: 'model' | 'brain') =>
    layout.bars.find((b) => b.metric === metric && b.who === who)!;
  const decades = (b: { width: number }) => (b.width / (layout.x1 - layout.x0)) * 15;

  it('puts a bar per metric for the model and the brain, on a log axis from 1 to 10¹⁵', () => {
    expect(layout.bars).toHaveLength(6);
    expect(layout.ticks.map((t) => t.label)).toEqual(['1', '10³', '10⁶', '10⁹', '10¹²', '10¹⁵']);
    expect(layout.ticks.map((t) => t.word)).toEqual([
      undefined,
      'thousand',
      'million',
      'billion',
      'trillion',
      'quadrillion',
    ]);
    expect(layoutBrainChart(gpt3, names, { width: 300 }).ticks.every((t) => t.word === undefined)).toBe(true);
    expect(layout.ticks[0]!.x).toBe(layout.x0);
    expect(layout.ticks.at(-1)!.x).toBe(layout.x1);
    // Bar length is log10 of the value: 86 billion reaches 10.93 of 15 decades.
    expect(decades(bar('neurons', 'brain'))).toBeCloseTo(Math.log10(86e9), 6);
    expect(decades(bar('per-neuron', 'model'))).toBeCloseTo(14 * Math.log10(2), 6);
  });

  it('labels values and says which side has more, and how many times', () => {
    expect(bar('neurons', 'model').text).toBe('10.6M');
    expect(bar('synapses', 'brain').text).toBe('602T');
    expect(bar('per-neuron', 'brain').text).toBe('7,000');
    expect(layout.groups.map((g) => g.ratio)).toEqual([
      '×8,100 in the brain',
      '×3,461 in the brain',
      '×2.3 in the model',
    ]);
  });

  it('stacks groups top to bottom without overlap, names beside bars, axis last', () => {
    const ys = layout.bars.map((b) => b.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    for (let i = 1; i < layout.bars.length; i++) {
      expect(layout.bars[i]!.y).toBeGreaterThanOrEqual(layout.bars[i - 1]!.y + layout.bars[i - 1]!.height);
    }
    expect(layout.names.map((n) => n.text)).toEqual(Array(3).fill(['GPT‑3 175B', 'Human brain']).flat());
    expect(layout.axisY).toBeGreaterThan(Math.max(...layout.bars.map((b) => b.y + b.height)));
    expect(layout.height).toBeGreaterThanOrEqual(layout.axisY);
  });

  it('keeps every bar and its value inside the box at phone and desktop widths, for any sizes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 280, max: 1100 }),
        fc.integer({ min: 1, max: 1e9 }),
        fc.integer({ min: 1, max: 4e14 }),
        (width, neurons, synapses) => {
          const metrics = [
            { ...gpt3[0]!, model: neurons },
            { ...gpt3[1]!, model: synapses },
            { ...gpt3[2]!, model: synapses / neurons },
          ];
          const l = layoutBrainChart(metrics, names, { width });
          for (const b of l.bars) {
            expect(b.width).toBeGreaterThanOrEqual(0);
            expect(b.x + b.width).toBeLessThanOrEqual(l.x1 + 1e-9);
            expect(b.textX + 7 * b.text.length).toBeLessThanOrEqual(width + 8);
          }
        },
      ),
    );
  });
});

describe('chart formats', () => {
  it('prints powers of ten, bar values and ratios', () => {
    expect(powerOfTen(0)).toBe('1');
    expect(powerOfTen(15)).toBe('10¹⁵');
    expect(barValue(16_384)).toBe('16,384');
    expect(barValue(173_946_175_488)).toBe('173.9B');
    expect(times(8100.3)).toBe('8,100');
    expect(times(2.34)).toBe('2.3');
  });

  it('with the model’s counts hidden, draws the brain alone and a "?" for the model and every ratio', () => {
    const hidden = layoutBrainChart(
      gpt3.map((m) => ({ ...m, model: null })),
      names,
      { width: 640 },
    );
    const model = hidden.bars.filter((b) => b.who === 'model');
    expect(model.map((b) => [b.width, b.text])).toEqual([
      [0, '?'],
      [0, '?'],
      [0, '?'],
    ]);
    expect(hidden.groups.map((g) => g.ratio)).toEqual(['?', '?', '?']);
    expect(hidden.bars.filter((b) => b.who === 'brain').map((b) => b.text)).toEqual(
      layoutBrainChart(gpt3, names, { width: 640 })
        .bars.filter((b) => b.who === 'brain')
        .map((b) => b.text),
    );
  });
});
