import type { ScaleLayout } from '../../diagrams/zoo/layoutScale.js';
import { formatCount, formatRatio } from '../../format/numbers.js';
import type { Measure } from './model.js';

const MEASURES: Readonly<Record<Measure, string>> = {
  neurons: 'Neurons',
  synapses: 'Synapses',
  'per-neuron': 'Synapses per neuron',
};

/** The chart in words, every value exact, for readers who cannot see it; `modelsHidden` while the models' counts are. */
export function chartDescription(layout: ScaleLayout, measure: Measure, modelsHidden = false): string {
  const value = measure === 'per-neuron' ? formatRatio : formatCount;
  const list = layout.rows
    .map((row) => `${row.label}${row.kind === 'brain' ? ' (nervous system, about)' : ''} ${value(row.value)}`)
    .join('; ');
  const missing =
    layout.missing.length === 0 ? '' : ` No published figure for ${layout.missing.map((m) => m.label).join(', ')}.`;
  const hidden = modelsHidden ? ' The models’ counts are hidden.' : '';
  return `${MEASURES[measure]} on a logarithmic scale, largest first: ${list}.${missing}${hidden}`;
}
