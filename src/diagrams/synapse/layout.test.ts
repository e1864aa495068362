import { describe, expect, it } from 'vitest';
import { Z_MAX } from '../../widgets/synapse/model.js';
import { layoutActivation } from './layoutActivation.js';
import { layoutNeuron } from './layoutNeuron.js';

const box = { width: 360, height: 230 };

describe('layoutNeuron', () => {
  const layout = layoutNeuron([0.8, -0.6, 0], box, 2);

  it('draws three inputs left of the neuron, each synapse ending at the cell body', () => {
    expect(layout.inputs).toHaveLength(3);
    for (const s of layout.synapses) {
      expect(s.from.x).toBeLessThan(s.to.x);
      expect(Math.hypot(s.to.x - layout.neuron.cx, s.to.y - layout.neuron.cy)).toBeGreaterThan(layout.neuron.r);
    }
    expect(layout.output.from.x).toBeGreaterThan(layout.neuron.cx);
    expect(layout.output.to.x).toBeLessThanOrEqual(box.width);
  });

  it('shows the sign by the ending, not colour alone: arrowhead, bar, nothing', () => {
    expect(layout.synapses.map((s) => s.sign)).toEqual(['excitatory', 'inhibitory', 'silent']);
    expect(layout.synapses[0]!.ending).toMatch(/Z$/);
    expect(layout.synapses[1]!.ending).toMatch(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+$/);
    expect(layout.synapses[2]!.ending).toBe('');
  });

  it('makes a synapse thicker the larger |w|, whatever its sign', () => {
    const [strong, weak, off] = layoutNeuron([-2, 0.5, 0], box, 2).synapses.map((s) => s.strokeWidth);
    expect(strong).toBeGreaterThan(weak!);
    expect(weak).toBeGreaterThan(off!);
    expect(layoutNeuron([2, -2, 0], box, 2).synapses[0]!.strokeWidth).toBe(
      layoutNeuron([2, -2, 0], box, 2).synapses[1]!.strokeWidth,
    );
  });

  it('puts each weight’s label above its line, clear of it', () => {
    for (const s of layoutNeuron([2, -2, 2], { width: 300, height: 230 }, 2).synapses) {
      const [dx, dy] = [s.to.x - s.from.x, s.to.y - s.from.y];
      const distance = Math.abs(dx * (s.label.y - s.from.y) - dy * (s.label.x - s.from.x)) / Math.hypot(dx, dy);
      expect(distance).toBeGreaterThan(s.strokeWidth / 2 + 8);
      const lineYAtLabel = s.from.y + (dy * (s.label.x - s.from.x)) / dx;
      expect(s.label.y).toBeLessThan(lineYAtLabel);
    }
  });

  it('keeps every shape inside the box', () => {
    for (const i of layout.inputs) {
      expect(i.cx - i.r).toBeGreaterThanOrEqual(0);
      expect(i.cy - i.r).toBeGreaterThanOrEqual(0);
      expect(i.cy + i.r).toBeLessThanOrEqual(box.height);
    }
    expect(layout.bias.y + layout.bias.size / 2).toBeLessThanOrEqual(box.height);
  });
});

describe('layoutActivation', () => {
  const chart = { width: 300, height: 200 };

  it('puts the current point on the curve: sigmoid(0) is half-way up', () => {
    const layout = layoutActivation('sigmoid', 0, Z_MAX, chart);
    expect(layout.point.x).toBeCloseTo(layout.zeroX, 9);
    const y0 = layout.yTicks.find((t) => t.label === '0')!.y;
    const y1 = layout.yTicks.find((t) => t.label === '1')!.y;
    expect(layout.point.y).toBeCloseTo((y0 + y1) / 2, 9);
  });

  it('spans every z the widget can reach, so the point never leaves the plot', () => {
    for (const z of [-Z_MAX, Z_MAX]) {
      const { point, plot } = layoutActivation('relu', z, Z_MAX, chart);
      expect(point.x).toBeGreaterThanOrEqual(plot.left);
      expect(point.x).toBeLessThanOrEqual(plot.right);
      expect(point.y).toBeGreaterThanOrEqual(plot.top);
      expect(point.y).toBeLessThanOrEqual(plot.bottom);
    }
  });

  it('labels each activation’s range with true minus signs', () => {
    expect(layoutActivation('tanh', 1, Z_MAX, chart).yTicks.map((t) => t.label)).toEqual(['−1', '0', '1']);
    expect(layoutActivation('relu', 1, Z_MAX, chart).xTicks.map((t) => t.label)).toContain('−4');
  });
});
