import { choice } from '../../state/schema.js';
import type { WidgetModel } from '../../state/useWidgetStore.js';
import { widgetMeta } from '../catalog.js';

export const SORT_KEYS = ['name', 'neurons', 'synapses', 'per-neuron', 'parameters'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type Order = 'asc' | 'desc';
export type Measure = 'neurons' | 'synapses' | 'per-neuron';

export const SORT_LABELS: Readonly<Record<SortKey, string>> = {
  name: 'Model',
  neurons: 'Neurons',
  synapses: 'Synapses',
  'per-neuron': 'Synapses per neuron',
  parameters: 'Parameters',
};

export const zooSchema = {
  sort: choice<SortKey>({
    key: 'sort',
    label: 'sort the table by',
    options: SORT_KEYS.map((value) => ({ value, label: SORT_LABELS[value] })),
    default: 'parameters',
  }),
  order: choice<Order>({
    key: 'order',
    label: 'sort order',
    options: [
      { value: 'asc', label: 'ascending' },
      { value: 'desc', label: 'descending' },
    ],
    default: 'asc',
  }),
  measure: choice<Measure>({
    key: 'measure',
    label: 'Compare by',
    options: [
      { value: 'neurons', label: 'Neurons' },
      { value: 'synapses', label: 'Synapses' },
      { value: 'per-neuron', label: 'Synapses per neuron' },
    ],
    default: 'neurons',
  }),
};

export type ZooSchema = typeof zooSchema;

export const zooModel: WidgetModel<ZooSchema> = {
  ...widgetMeta('zoo'),
  schema: zooSchema,
  // A table and chart of every model: stepping the measure redraws the whole chart.
  stress: { values: {}, control: 'Neurons' },
};

/** The model shown in the breakdown before the reader picks one. */
export const FIRST_SELECTED = 'gpt3-175b';

/** A header click sorts by that column, or turns the order round if it already does. Numbers start largest first. */
export function nextSort(current: { sort: SortKey; order: Order }, key: SortKey): { sort: SortKey; order: Order } {
  if (current.sort === key) return { sort: key, order: current.order === 'asc' ? 'desc' : 'asc' };
  return { sort: key, order: key === 'name' ? 'asc' : 'desc' };
}
