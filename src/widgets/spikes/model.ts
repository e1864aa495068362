import { choice, int, num } from '../../state/schema.js';
import type { WidgetModel } from '../../state/useWidgetStore.js';
import { BUNCHED_MS, earTrains, timingTrains, WINDOW_MS } from '../../models/trains.js';
import { widgetMeta } from '../catalog.js';
import { formatRatio } from '../../format/numbers.js';

export type SpikeMode = 'timing' | 'ears';

export const spikesSchema = {
  mode: choice<SpikeMode>({
    key: 'mode',
    label: 'inputs',
    options: [
      { value: 'timing', label: 'Two neurons' },
      { value: 'ears', label: 'Two ears' },
    ],
    default: 'timing',
  }),
  n: int({
    key: 'spikes',
    label: 'spikes per input N',
    min: 1,
    max: 10,
    unit: `spikes in ${WINDOW_MS} ms`,
    default: 5,
  }),
  bunching: num({
    key: 'bunching',
    label: `bunching b (0: spread over ${WINDOW_MS} ms, 1: within ${BUNCHED_MS} ms)`,
    min: 0,
    max: 1,
    step: 0.05,
    default: 0,
  }),
  itd: num({
    key: 'itd',
    label: 'interaural time difference Δt (ms)',
    min: -10,
    max: 10,
    step: 0.5,
    unit: 'ms',
    default: 0,
  }),
};

export type SpikesSchema = typeof spikesSchema;

export const spikesModel: WidgetModel<SpikesSchema> = {
  ...widgetMeta('spikes'),
  schema: spikesSchema,
  stress: { values: { n: 10, bunching: 0.5 }, control: 'spikes per input N' },
  presets: [
    { id: 'spread', label: 'Spread out', values: { mode: 'timing', bunching: 0 } },
    { id: 'bunched', label: 'Bunched', values: { mode: 'timing', bunching: 1 } },
    { id: 'ahead', label: 'Sound ahead', values: { mode: 'ears', itd: 0 } },
    { id: 'right', label: 'Sound from the right', values: { mode: 'ears', itd: 6 } },
  ],
};

/** One input of the receiving neuron: what the reader calls it, and its spike times in ms. */
export interface SpikeInput {
  id: 'a' | 'b';
  label: string;
  times: number[];
}

/** The two input trains for the widget's state. */
export function inputsOf(mode: SpikeMode, n: number, bunching: number, itd: number): [SpikeInput, SpikeInput] {
  if (mode === 'ears') {
    const { left, right } = earTrains(n, itd);
    return [
      { id: 'a', label: 'left ear', times: left },
      { id: 'b', label: 'right ear', times: right },
    ];
  }
  const [a, b] = timingTrains(n, bunching);
  return [
    { id: 'a', label: 'input A', times: a },
    { id: 'b', label: 'input B', times: b },
  ];
}

/** Spikes per second for `count` spikes in the window. */
export const rateOf = (count: number): number => (count * 1000) / WINDOW_MS;

/** Spike times in words, to a tenth of a ms: "9 and 91 ms", "5, 25.5 and 45 ms", "none". */
export function formatTimes(ts: readonly number[]): string {
  if (ts.length === 0) return 'none';
  const shown = ts.map(formatRatio);
  const last = shown.pop()!;
  return `${shown.length ? `${shown.join(', ')} and ` : ''}${last} ms`;
}

/** Where a sound with interaural time difference `itd` comes from, in words. */
export function directionOf(itd: number): string {
  if (itd === 0) return 'straight ahead';
  return `from the ${itd > 0 ? 'right' : 'left'}`;
}

/**
 * The new value of the timing parameter after the reader drags row `row` by
 * `deltaMs` from where it was at `start`. Dragging B later (or A earlier)
 * bunches the trains apart; dragging one ear later makes its sound arrive later.
 */
export function dragged(mode: SpikeMode, row: 'a' | 'b', start: number, deltaMs: number): number {
  if (mode === 'ears') return start + (row === 'a' ? 2 : -2) * deltaMs;
  return start + ((row === 'b' ? 1 : -1) * deltaMs) / (WINDOW_MS - BUNCHED_MS);
}
