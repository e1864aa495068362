import { formatCount, formatQuantity, HIDDEN } from '../../format/numbers.js';
import type { TextShape, TextSpan } from './shapes.js';

/** Rough width of a line of the diagram's 11.5 px text; enough to decide where a label goes. */
export const textWidth = (spans: readonly TextSpan[]) => spans.reduce((a, s) => a + s.text.length, 0) * 6.4;

export const LINE = 16;

export const streamTitle = (dModel: number): TextSpan[] => [
  { text: `residual stream, d_model = ${formatCount(dModel)}` },
];

/**
 * "each square: d × d" and "= d² synapses", as two halves that share a line when there is room;
 * the product is a "?" while the counts are hidden (`squareSynapses` null).
 */
export function scaleNote(dModel: number, squareSynapses: number | null): [TextSpan[], TextSpan[]] {
  return [
    [
      { text: 'each square: ' },
      { text: formatCount(dModel), kind: 'neuron' },
      { text: ' × ' },
      { text: formatCount(dModel), kind: 'synapse' },
    ],
    [{ text: ` = ${squareSynapses === null ? `${HIDDEN} synapses` : formatQuantity(squareSynapses, 'synapses')}` }],
  ];
}

/** The scale note from `x` at `y`, on one line if it fits in `room` pixels, else on two. */
export function scaleLines(note: [TextSpan[], TextSpan[]], x: number, y: number, room: number): TextShape[] {
  const whole = [...note[0], ...note[1]];
  if (textWidth(whole) <= room) return [{ id: 'scale', x, y, anchor: 'start', spans: whole }];
  return [
    { id: 'scale', x, y, anchor: 'start', spans: note[0] },
    { id: 'scale-2', x, y: y + LINE, anchor: 'start', spans: [{ text: note[1][0]!.text.trimStart() }] },
  ];
}
