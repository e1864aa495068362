import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatTicks as axisLabels } from '../../format/numbers.js';
import { layoutWaterfall, type WaterfallInput } from './layoutWaterfall.js';

const gpt3: WaterfallInput = {
  start: { id: 'synapses', label: 'Synapses', value: 173_946_175_488 },
  steps: [
    { id: 'biases', label: '+ biases', value: 10_616_832 },
    { id: 'norms', label: '+ layer norms', value: 4_743_168 },
    { id: 'tokens', label: '+ token embeddings', value: 617_558_016 },
    { id: 'positions', label: '+ position embeddings', value: 25_165_824 },
    { id: 'head', label: '+ LM head', value: 0 },
  ],
  total: { id: 'parameters', label: '= parameters', value: 174_604_259_328 },
  reference: { label: 'Table 2.1: 175.0B', value: 175e9 },
};

describe('layoutWaterfall', () => {
  const layout = layoutWaterfall(gpt3, { width: 800 });
  const row = (id: string) => layout.rows.find((r) => r.id === id)!;

  it('has a row per entry, start and total through the axis break, exact values', () => {
    expect(layout.rows.map((r) => r.id)).toEqual([
      'synapses',
      'biases',
      'norms',
      'tokens',
      'positions',
      'head',
      'parameters',
    ]);
    expect(layout.rows.map((r) => r.broken)).toEqual([true, false, false, false, false, false, true]);
    expect(row('synapses').valueText).toBe('173,946,175,488');
    expect(row('tokens').valueText).toBe('+617,558,016');
    expect(row('parameters').valueText).toBe('174,604,259,328');
  });

  it('floats each step from the running total before it to the one after', () => {
    expect(row('biases').x).toBeCloseTo(layout.breakX, 6);
    expect(row('norms').x).toBeCloseTo(row('biases').x + row('biases').width, 6);
    expect(row('tokens').x).toBeCloseTo(row('norms').x + row('norms').width, 6);
    // The steps end where the total does.
    expect(row('positions').x + row('positions').width).toBeCloseTo(row('parameters').x + row('parameters').width, 6);
    expect(row('head').width).toBe(0);
    expect(layout.connectors).toHaveLength(6);
    expect(layout.connectors[0]!.x).toBeCloseTo(layout.breakX, 6);
  });

  it('zooms on what the steps add: the token embedding is most of the gap', () => {
    const added = row('parameters').x + row('parameters').width - layout.breakX;
    expect(row('tokens').width / added).toBeCloseTo(617_558_016 / 658_083_840, 6);
    expect(row('tokens').width).toBeGreaterThan(150);
  });

  it('marks the reference beyond the total, with the axis reaching it', () => {
    expect(layout.reference!.x).toBeGreaterThan(row('parameters').x + row('parameters').width);
    expect(layout.reference!.anchor).toBe('end');
    expect(layout.ticks[0]).toEqual({ x: 170, label: '0', anchor: 'start' });
    expect(layout.ticks.slice(1).map((t) => t.label)).toEqual(['174.2B', '174.4B', '174.6B', '174.8B', '175.0B']);
  });

  it('stacks labels over bars on a phone, inside the box', () => {
    const phone = layoutWaterfall(gpt3, { width: 300 });
    expect(phone.narrow).toBe(true);
    // The reference line skips the text lines, where the values are.
    expect(phone.reference!.segments).toHaveLength(phone.rows.length);
    for (const [i, r] of phone.rows.entries()) expect(phone.reference!.segments[i]!.y1).toBeGreaterThan(r.textY);
    for (const r of phone.rows) {
      expect(r.textY).toBeLessThan(r.barY);
      expect(r.x).toBeGreaterThanOrEqual(0);
      expect(r.x + r.width).toBeLessThanOrEqual(300 + 1e-9);
    }
  });

  it('keeps rows apart and bars in the box for any breakdown', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 280, max: 1100 }),
        fc.integer({ min: 1_000, max: 4e11 }),
        fc.array(fc.integer({ min: 0, max: 1e9 }), { minLength: 1, maxLength: 6 }),
        (width, start, values) => {
          const steps = values.map((value, i) => ({ id: `s${i}`, label: `s${i}`, value }));
          const totalValue = start + values.reduce((a, v) => a + v, 0);
          const l = layoutWaterfall(
            {
              ...gpt3,
              start: { ...gpt3.start, value: start },
              steps,
              total: { ...gpt3.total, value: totalValue },
              reference: undefined,
            },
            { width },
          );
          l.rows.forEach((r, i) => {
            expect(r.x + r.width).toBeLessThanOrEqual(width + 1e-6);
            if (i > 0) expect(r.top).toBeGreaterThanOrEqual(l.rows[i - 1]!.bottom);
          });
          expect(l.axisY).toBeGreaterThan(l.rows.at(-1)!.bottom);
        },
      ),
    );
  });
});

describe('axisLabels', () => {
  it('uses one unit and as many decimals as the spacing needs', () => {
    expect(axisLabels([174e9, 174.5e9, 175e9])).toEqual(['174.0B', '174.5B', '175.0B']);
    expect(axisLabels([90e6, 100e6, 110e6])).toEqual(['90M', '100M', '110M']);
    expect(axisLabels([1.35e9, 1.4e9])).toEqual(['1.35B', '1.40B']);
    expect(axisLabels([])).toEqual([]);
  });

  it('with the counts hidden, names every step with a "?" and draws no bar, connector, axis or reference', () => {
    const hidden = layoutWaterfall({ ...gpt3, hidden: true }, { width: 800 });
    expect(hidden.rows.map((r) => r.valueText)).toEqual(['?', '+?', '+?', '+?', '+?', '+?', '?']);
    expect(hidden.rows.every((r) => r.width === 0)).toBe(true);
    expect(hidden.connectors).toEqual([]);
    expect(hidden.ticks).toEqual([]);
    expect(hidden.reference).toBeUndefined();
  });
});
