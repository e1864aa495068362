import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIF, simulate } from './lif.js';
import { earTrains, timingTrains } from './trains.js';

describe('simulate (leaky integrate-and-fire)', () => {
  it('stays silent without input, and for a single spike (w < θ)', () => {
    expect(simulate([]).outputs).toEqual([]);
    const one = simulate([[10]]);
    expect(one.outputs).toEqual([]);
    expect(one.peak).toBe(LIF.weight);
  });

  it('fires when two spikes arrive together (2w ≥ θ) and resets to 0', () => {
    const sim = simulate([[30], [30]]);
    expect(sim.outputs).toEqual([30]);
    expect(sim.peak).toBeCloseTo(2 * LIF.weight, 12);
    const after = sim.trace.filter((p) => p.t === 30).map((p) => p.v);
    expect(after[after.length - 1]).toBe(0);
  });

  it('leaks: a second spike 10 ms later finds only e^(−10/τ) of the first', () => {
    const sim = simulate([[10, 20]]);
    expect(sim.outputs).toEqual([]);
    expect(sim.peak).toBeCloseTo(LIF.weight * (1 + Math.exp(-10 / LIF.tau)), 12);
  });

  it('decays exactly between events', () => {
    const sim = simulate([[0]], LIF, 1);
    const at = (t: number) => sim.trace.find((p) => p.t === t)?.v;
    expect(at(8)).toBeCloseTo(LIF.weight * Math.exp(-8 / LIF.tau), 12);
    expect(sim.trace[sim.trace.length - 1]!.t).toBe(LIF.duration);
  });

  it('fires exactly when the sum of the leaked jumps since the last reset reaches θ', () => {
    // Written apart from simulate's step-by-step decay: V just after an arrival is Σ w·e^(−(t − tᵢ)/τ)
    // over the spikes since the last output; the neuron fires at each arrival where that sum reaches θ.
    const reference = (inputs: number[][]) => {
      const times = inputs.flat().sort((a, b) => a - b);
      const fired: number[] = [];
      let since = 0;
      for (let i = 0; i < times.length; i++) {
        const t = times[i]!;
        if (i + 1 < times.length && times[i + 1] === t) continue;
        const v = times.slice(since, i + 1).reduce((sum, ti) => sum + LIF.weight * Math.exp(-(t - ti) / LIF.tau), 0);
        if (v >= LIF.threshold) {
          fired.push(t);
          since = i + 1;
        }
      }
      return fired;
    };
    const trains = fc.array(fc.uniqueArray(fc.integer({ min: 0, max: 100 }), { maxLength: 12 }), { maxLength: 6 });
    fc.assert(
      fc.property(trains, (inputs) => {
        expect(simulate(inputs).outputs).toEqual(reference(inputs));
      }),
    );
  });

  it('does not care in which order the inputs or their spikes come', () => {
    const trains = timingTrains(7, 0.35).map((train) => [...train]);
    const shuffled = trains.map((train) => [...train].reverse()).reverse();
    expect(simulate(shuffled).outputs).toEqual(simulate(trains).outputs);
  });

  it('keeps time in order and never returns NaN, for every setting the widget allows', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: -20, max: 20 }),
        (n, b, d) => {
          for (const trains of [timingTrains(n, b / 20), Object.values(earTrains(n, d / 2))]) {
            const sim = simulate(trains);
            expect(sim.trace.every((p) => Number.isFinite(p.t) && Number.isFinite(p.v) && p.v >= 0)).toBe(true);
            expect(sim.trace.every((p, i) => i === 0 || p.t >= sim.trace[i - 1]!.t)).toBe(true);
            expect(Number.isFinite(sim.peak)).toBe(true);
            expect(sim.outputs.length).toBeLessThanOrEqual(2 * n);
          }
        },
      ),
    );
  });
});

describe('the widget’s demonstration, with the chosen constants', () => {
  it('same rate: N = 5 spread evenly leaves the neuron silent; bunched into 20 ms it fires', () => {
    const spread = simulate(timingTrains(5, 0));
    const bunched = simulate(timingTrains(5, 1));
    expect(spread.outputs).toEqual([]);
    expect(spread.peak).toBeLessThan(LIF.threshold);
    expect(bunched.outputs.length).toBeGreaterThan(0);
    expect(bunched.outputs[0]).toBeLessThan(20);
    expect(bunched.outputs[bunched.outputs.length - 1]).toBeGreaterThan(80);
  });

  it('spread evenly, low rates stay below threshold and the highest rate still fires (rate coding works too)', () => {
    for (const n of [1, 2, 3, 4, 5, 6]) expect(simulate(timingTrains(n, 0)).outputs).toEqual([]);
    expect(simulate(timingTrains(10, 0)).outputs.length).toBeGreaterThan(0);
  });

  it('one spike per input is never enough, however it is timed', () => {
    for (const b of [0, 0.5, 1]) expect(simulate(timingTrains(1, b)).outputs).toEqual([]);
  });

  it('coincidence detection: the ears’ spikes fire the neuron when they arrive together, not 6 ms apart', () => {
    for (const n of [1, 5, 10]) {
      const ahead = earTrains(n, 0);
      expect(simulate([ahead.left, ahead.right]).outputs).toHaveLength(n);
    }
    const side = earTrains(5, 6);
    expect(simulate([side.left, side.right]).outputs).toEqual([]);
  });
});
