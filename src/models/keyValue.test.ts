import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { focusDetail } from '../widgets/key-value/describe.js';
import { formatValue, formatVector, keyRule } from '../widgets/key-value/format.js';
import {
  activeKeys,
  chainOrder,
  columnReach,
  columnView,
  keyBound,
  keyOutputs,
  preActivations,
  rowView,
  VALUE_COLUMNS,
  W_KEY,
  W_VALUE,
  type Activation,
  type Vec2,
  type Vec3,
} from './keyValue.js';
import { keyValueSchema } from '../widgets/key-value/model.js';

const unit = fc.double({ min: -1, max: 1, noNaN: true });
const input = fc.tuple(unit, unit, unit) as fc.Arbitrary<Vec3>;
const activation = fc.constantFrom<Activation>('relu', 'none');
const opposite = (i: number) => W_KEY.findIndex((row) => row.every((w, k) => w === -W_KEY[i]![k]!));

/** Every input the sliders can reach: each coordinate from −1 to 1 in steps of 0.05. */
const sliderGrid: number[] = Array.from({ length: 41 }, (_, i) => Number((-1 + i * 0.05).toFixed(2)));

describe('the two views', () => {
  it('give the same output: row view (dot products) = column view (sum of scaled columns), for any input', () => {
    fc.assert(
      fc.property(input, activation, (x, act) => {
        const h = keyOutputs(x, act);
        const byRows = rowView(h);
        const byColumns = columnView(h).output;
        expect(byColumns[0]).toBeCloseTo(byRows[0], 12);
        expect(byColumns[1]).toBeCloseTo(byRows[1], 12);
        expect(formatVector(byColumns)).toBe(formatVector(byRows));
      }),
    );
  });

  it('lay the scaled columns head to tail, each step key i’s column times h_i', () => {
    fc.assert(
      fc.property(input, activation, (x, act) => {
        const h = keyOutputs(x, act);
        const { terms } = columnView(h);
        expect(terms.map((t) => t.key).sort()).toEqual(activeKeys(h));
        terms.forEach((t, n) => {
          expect(t.from).toEqual(n === 0 ? [0, 0] : terms[n - 1]!.to);
          expect(t.vector).toEqual([h[t.key]! * VALUE_COLUMNS[t.key]![0], h[t.key]! * VALUE_COLUMNS[t.key]![1]]);
        });
      }),
    );
  });

  it('never double back: the steps turn one way, less than a full turn in all', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: 8, maxLength: 8 }), (h) => {
        const { terms } = columnView(h);
        const angles = terms.map((t) => Math.atan2(t.vector[1], t.vector[0]));
        const turns = angles.slice(1).map((a, n) => (a - angles[n]! + 4 * Math.PI) % (2 * Math.PI));
        expect(turns.reduce((sum, t) => sum + t, 0)).toBeLessThan(2 * Math.PI);
      }),
    );
    expect(
      chainOrder([
        [0, 1],
        [1, 0],
        [0, 0],
        [0, -1],
      ] satisfies Vec2[]),
    ).toEqual([3, 1, 0]);
  });

  it('compute the seed figure’s default by hand: k₁, k₂, k₃ and k₇ on, y = (2.80, 2.50)', () => {
    const x: Vec3 = [keyValueSchema.x1.default, keyValueSchema.x2.default, keyValueSchema.x3.default];
    const h = keyOutputs(x, 'relu');
    expect(h.map(formatValue)).toEqual(['0.70', '2.10', '0.90', '0', '0', '0', '0.50', '0']);
    expect(formatVector(rowView(h))).toBe('(2.80, 2.50)');
    expect(W_VALUE).toEqual([
      [1, 1, 0, -1, -1, -1, 0, 1],
      [0, 1, 1, 1, 0, -1, -1, -1],
    ]);
  });
});

describe('the activation', () => {
  it('ReLU silences every key whose sum is negative, to exactly 0, and passes the others unchanged', () => {
    fc.assert(
      fc.property(input, (x) => {
        const z = preActivations(x);
        keyOutputs(x, 'relu').forEach((h, i) => {
          if (z[i]! <= 0) expect(Object.is(h, 0)).toBe(true);
          else expect(h).toBe(z[i]);
        });
        expect(keyOutputs(x, 'none')).toEqual(z);
      }),
    );
  });

  it('never lets a key and the key at the opposite corner fire together', () => {
    fc.assert(
      fc.property(input, (x) => {
        const on = new Set(activeKeys(keyOutputs(x, 'relu')));
        for (const i of on) expect(on.has(opposite(i))).toBe(false);
        expect(on.size).toBeLessThanOrEqual(W_KEY.length / 2);
      }),
    );
  });

  it('gives opposite keys directions that are not opposite, so the ReLU does not cancel out', () => {
    W_KEY.forEach((_, i) => {
      const [a, b] = [VALUE_COLUMNS[i]!, VALUE_COLUMNS[opposite(i)]!];
      expect(a[0] + b[0] !== 0 || a[1] + b[1] !== 0).toBe(true);
    });
    const y = (x3: number) => rowView(keyOutputs([0.8, 0.6, x3], 'relu'));
    expect(y(-0.7)).not.toEqual(y(0.7));
  });

  it('without it, the MLP is linear, and with these weights x₃ does not move the output at all', () => {
    fc.assert(
      fc.property(input, unit, (x, x3) => {
        const a = rowView(keyOutputs(x, 'none'));
        const b = rowView(keyOutputs([x[0], x[1], x3], 'none'));
        expect(b[0]).toBeCloseTo(a[0], 12);
        expect(b[1]).toBeCloseTo(a[1], 12);
      }),
    );
  });
});

describe('scales', () => {
  it('bounds every key output by keyBound', () => {
    expect(keyBound(1)).toBe(3);
    fc.assert(fc.property(input, (x) => preActivations(x).every((z) => Math.abs(z) <= keyBound(1) + 1e-12)));
  });

  // Every slider position: 41³ inputs per activation, so these take a few seconds each.
  for (const act of ['relu', 'none'] as const) {
    it(
      `columnReach (${act}) is the farthest any head-to-tail path gets, over every slider position`,
      { timeout: 30_000 },
      () => {
        let farthest = 0;
        for (const a of sliderGrid) {
          for (const b of sliderGrid) {
            for (const c of sliderGrid) {
              for (const t of columnView(keyOutputs([a, b, c], act)).terms) {
                farthest = Math.max(farthest, Math.abs(t.to[0]), Math.abs(t.to[1]));
              }
            }
          }
        }
        expect(columnReach(act, 1)).toBeCloseTo(farthest, 9);
      },
    );
  }
});

describe('the words for the arithmetic', () => {
  const numbers = (x: Vec3) => {
    const h = keyOutputs(x, 'relu');
    return { x, h, y: rowView(h), activation: 'relu' as const };
  };

  it('print values with two decimals, a minus sign and a silent neuron as 0', () => {
    expect([formatValue(-0), formatValue(-1e-17), formatValue(-0.3), formatValue(2.1)]).toEqual([
      '0',
      '0',
      '−0.30',
      '2.10',
    ]);
    expect(keyRule(1)).toBe('x₁ + x₂ − x₃');
    expect(keyRule(5)).toBe('−x₁ − x₂ − x₃');
  });

  it('spell out a key neuron’s sum and the vector it writes', () => {
    expect(focusDetail({ kind: 'key', index: 1 }, numbers([0.8, 0.6, -0.7]))).toBe(
      'k₂ = relu(x₁ + x₂ − x₃) = relu(0.80 + 0.60 − (−0.70)) = 2.10. It writes 2.10 × column (1, 1) = (2.10, 2.10).',
    );
  });

  it('spell out a value neuron’s dot product', () => {
    expect(focusDetail({ kind: 'value', index: 0 }, numbers([0.8, 0.6, -0.7]))).toBe(
      'y₁ = row 1 of W_value · h = h₁ + h₂ − h₄ − h₅ − h₆ + h₈ = 0.70 + 2.10 − 0 − 0 − 0 + 0 = 2.80.',
    );
    expect(focusDetail(null, numbers([0, 0, 0]))).toBeNull();
  });
});
