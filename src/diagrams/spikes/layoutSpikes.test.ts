import { describe, expect, it } from 'vitest';
import { LIF, simulate } from '../../models/lif.js';
import { inputsOf } from '../../widgets/spikes/model.js';
import { layoutSpikes, msPerPixel } from './layoutSpikes.js';

const box = { width: 600, height: 250 };

function sceneFor(n: number, bunching: number) {
  const inputs = inputsOf('timing', n, bunching, 0);
  const sim = simulate(inputs.map((i) => i.times));
  return {
    inputs,
    trace: sim.trace,
    outputs: sim.outputs,
    threshold: LIF.threshold,
    duration: 100,
    bands: [{ start: 0, end: 20 }],
  };
}

describe('layoutSpikes', () => {
  it('puts one tick per spike on its row, on a shared time axis', () => {
    const layout = layoutSpikes(sceneFor(5, 0), box);
    expect(layout.inputs.map((r) => r.label)).toEqual(['input A', 'input B']);
    expect(layout.inputs.map((r) => r.ticks.length)).toEqual([5, 5]);
    const [a, b] = layout.inputs;
    // A's first spike at 5 ms sits left of B's first at 15 ms, 10 ms apart.
    expect(b!.ticks[0]!.x - a!.ticks[0]!.x).toBeCloseTo(10 / msPerPixel({ duration: 100 }, box), 9);
    expect(layout.output.ticks).toEqual([]);
  });

  it('stacks inputs, potential, output and axis top to bottom, inside the box', () => {
    const layout = layoutSpikes(sceneFor(5, 1), box);
    const [a, b] = layout.inputs;
    expect(a!.y1).toBeLessThanOrEqual(b!.y0);
    expect(b!.y1).toBeLessThan(layout.potential.y0);
    expect(layout.potential.y1).toBeLessThan(layout.output.y0);
    expect(layout.axis.y).toBeLessThan(box.height);
    expect(layout.x0).toBeGreaterThan(0);
    expect(layout.x1).toBeLessThan(box.width);
  });

  it('draws the threshold between 0 and the top of the chart, and output spikes where the neuron fired', () => {
    const scene = sceneFor(5, 1);
    const layout = layoutSpikes(scene, box);
    expect(layout.potential.thresholdY).toBeGreaterThan(layout.potential.y0);
    expect(layout.potential.thresholdY).toBeLessThan(layout.potential.zeroY);
    expect(layout.output.ticks.map((t) => t.t)).toEqual(scene.outputs);
    expect(layout.potential.path.startsWith(`M${layout.x0},${layout.potential.zeroY}`)).toBe(true);
  });

  it('keeps the trace inside the chart even when a spike overshoots', () => {
    const layout = layoutSpikes(sceneFor(10, 1), box);
    const ys = [...layout.potential.path.matchAll(/[ML][\d.]+,([\d.]+)/g)].map((m) => Number(m[1]));
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(layout.potential.y0);
    expect(Math.max(...ys)).toBeLessThanOrEqual(layout.potential.y1);
  });

  it('uses fewer time labels on a phone', () => {
    expect(layoutSpikes(sceneFor(5, 0), { width: 300, height: 250 }).axis.ticks.length).toBeLessThan(
      layoutSpikes(sceneFor(5, 0), box).axis.ticks.length,
    );
  });
});
