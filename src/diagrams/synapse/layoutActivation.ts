import { scaleLinear } from '../scales.js';
import { line } from 'd3-shape';
import { activate, type Activation } from '../../models/neuron.js';
import type { Box } from './layoutNeuron.js';
import { trueMinus } from '../../format/numbers.js';

export interface ActivationLayout {
  /** The curve y = σ(z) over [−zMax, zMax]. */
  path: string;
  /** The neuron's current (z, y). */
  point: { x: number; y: number };
  plot: { left: number; right: number; top: number; bottom: number };
  /** Where z = 0 and y = 0 are, for faint zero lines. */
  zeroX: number;
  zeroY: number;
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
}

const MARGIN = { left: 34, right: 14, top: 12, bottom: 24 };
const SAMPLES = 161;

/** The y range shown for each activation: its whole range, with a little air. */
function yDomain(activation: Activation, zMax: number): [number, number] {
  switch (activation) {
    case 'relu':
      return [-0.05 * zMax, zMax];
    case 'tanh':
      return [-1.1, 1.1];
    case 'sigmoid':
      return [-0.05, 1.05];
  }
}

/** The activation curve over every z the widget can reach, and the neuron's current point on it. */
export function layoutActivation(activation: Activation, z: number, zMax: number, box: Box): ActivationLayout {
  const x = scaleLinear([-zMax, zMax], [MARGIN.left, box.width - MARGIN.right]);
  const y = scaleLinear(yDomain(activation, zMax), [box.height - MARGIN.bottom, MARGIN.top]);
  const zs = Array.from({ length: SAMPLES }, (_, i) => -zMax + (2 * zMax * i) / (SAMPLES - 1));
  const path =
    line<number>()
      .x((v) => x(v))
      .y((v) => y(activate(activation, v)))(zs) ?? '';
  return {
    path,
    point: { x: x(z), y: y(activate(activation, z)) },
    plot: { left: x(-zMax), right: x(zMax), top: MARGIN.top, bottom: box.height - MARGIN.bottom },
    zeroX: x(0),
    zeroY: y(0),
    xTicks: [-1, -0.5, 0, 0.5, 1].map((k) => ({ x: x(k * zMax), label: trueMinus(String(k * zMax)) })),
    yTicks: (activation === 'relu'
      ? y.ticks(2).filter((t) => t >= 0)
      : activation === 'tanh'
        ? [-1, 0, 1]
        : [0, 0.5, 1]
    ).map((t) => ({ y: y(t), label: trueMinus(String(t)) })),
  };
}
