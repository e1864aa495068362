import { scaleLinear, scalePoint } from '../scales.js';
import type { SynapseSign } from '../../models/neuron.js';
import { signOf } from '../../models/neuron.js';

export interface Box {
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

export interface InputShape {
  index: number;
  cx: number;
  cy: number;
  r: number;
}

/**
 * A synapse drawn from its input to the cell body. The sign is shown three
 * ways besides colour: dashes (inhibitory), the ending (an arrowhead for
 * excitatory, a flat bar for inhibitory, as in circuit diagrams of the
 * nervous system) and the signed weight beside it.
 */
export interface SynapseShape {
  index: number;
  sign: SynapseSign;
  from: Point;
  to: Point;
  strokeWidth: number;
  /** SVG path of the ending at `to`: a filled arrowhead, a bar, or empty for a zero weight. */
  ending: string;
  label: Point;
}

export interface NeuronLayout {
  inputs: InputShape[];
  synapses: SynapseShape[];
  neuron: { cx: number; cy: number; r: number };
  bias: { x: number; y: number; size: number; to: Point };
  output: { from: Point; to: Point; head: string };
}

const INPUT_R = 17;
const NEURON_R = 28;
const LEFT = 26;
/** Widest synapse line, for the largest |w| the widget allows. */
const MAX_STROKE = 8;
const MIN_STROKE = 1;
const ENDING = 9;
/** How far above and below the middle (radians) the outer synapses meet the cell body. */
const CONTACT_SPREAD = 0.75;

const f = (n: number) => Math.round(n * 100) / 100;

function ending(sign: SynapseSign, tip: Point, ux: number, uy: number, width: number): string {
  const half = Math.max(ENDING * 1.2, width * 1.5);
  const [px, py] = [-uy, ux];
  if (sign === 'excitatory') {
    const base = { x: tip.x - ux * ENDING * 1.4, y: tip.y - uy * ENDING * 1.4 };
    return `M${f(tip.x)},${f(tip.y)}L${f(base.x + px * half)},${f(base.y + py * half)}L${f(base.x - px * half)},${f(base.y - py * half)}Z`;
  }
  if (sign === 'inhibitory') {
    return `M${f(tip.x + px * half)},${f(tip.y + py * half)}L${f(tip.x - px * half)},${f(tip.y - py * half)}`;
  }
  return '';
}

/**
 * Three inputs on the left, their synapses converging on one neuron, a bias
 * below it and the output to the right. Line thickness grows with |w|, from
 * MIN_STROKE at 0 to MAX_STROKE at `maxWeight`.
 */
export function layoutNeuron(weights: readonly number[], box: Box, maxWeight: number): NeuronLayout {
  const ys = scalePoint(
    weights.map((_, i) => i),
    [INPUT_R, box.height - INPUT_R - 30],
    0.2,
  );
  const neuron = { cx: Math.round(box.width * 0.6), cy: Math.round((box.height - 30) / 2), r: NEURON_R };
  const stroke = scaleLinear([0, maxWeight], [MIN_STROKE, MAX_STROKE], { clamp: true });

  // Synapses meet the cell body at points spread over its left side, so their endings never overlap.
  const angle = scaleLinear(
    [0, Math.max(1, weights.length - 1)],
    weights.length > 1 ? [-CONTACT_SPREAD, CONTACT_SPREAD] : [0, 0],
  );
  const inputs = weights.map((_, index) => ({ index, cx: LEFT + INPUT_R, cy: ys(index)!, r: INPUT_R }));
  const synapses = inputs.map((input, index): SynapseShape => {
    const w = weights[index]!;
    const sign = signOf(w);
    const a = angle(index);
    const contact = { x: neuron.cx - (NEURON_R + 2) * Math.cos(a), y: neuron.cy + (NEURON_R + 2) * Math.sin(a) };
    const dx = contact.x - input.cx;
    const dy = contact.y - input.cy;
    const length = Math.hypot(dx, dy);
    const [ux, uy] = [dx / length, dy / length];
    const from = { x: input.cx + ux * INPUT_R, y: input.cy + uy * INPUT_R };
    const tip = contact;
    // The line stops where the arrowhead starts, so a thick line does not poke through its point,
    // and just short of the bar, so the bar reads as a bar and not as one more dash.
    const back = sign === 'excitatory' ? ENDING * 1.2 : sign === 'inhibitory' ? 4 : 0;
    const to = { x: tip.x - ux * back, y: tip.y - uy * back };
    const strokeWidth = f(stroke(Math.abs(w)));
    const mid = { x: from.x + (tip.x - from.x) * 0.42, y: from.y + (tip.y - from.y) * 0.42 };
    // Beside the line on its upper side, further off the steeper the line, so the text never sits on it.
    const [nx, ny] = [uy, -ux];
    const offset = 10 + strokeWidth / 2 + 14 * Math.abs(uy);
    return {
      index,
      sign,
      from,
      to,
      strokeWidth,
      ending: ending(sign, tip, ux, uy, strokeWidth),
      label: { x: f(mid.x + nx * offset), y: f(mid.y + ny * offset) },
    };
  });
  const biasY = box.height - 12;
  const outputEnd = box.width - 6;
  const outputStart = neuron.cx + NEURON_R;
  return {
    inputs,
    synapses,
    neuron,
    bias: { x: neuron.cx, y: biasY, size: 12, to: { x: neuron.cx, y: neuron.cy + NEURON_R } },
    output: {
      from: { x: outputStart, y: neuron.cy },
      to: { x: outputEnd - ENDING, y: neuron.cy },
      head: `M${outputEnd},${neuron.cy}L${outputEnd - ENDING * 1.3},${neuron.cy - ENDING * 0.7}L${outputEnd - ENDING * 1.3},${neuron.cy + ENDING * 0.7}Z`,
    },
  };
}
