import {
  countGpt,
  countModel,
  countNervousSystem,
  NERVOUS_SYSTEMS,
  presets,
  type Count,
  type GptSpec,
  type ModelFamily,
  type ModelPreset,
} from '../../counting/index.js';
import { formatCount, formatQuantity } from '../../format/numbers.js';
import type { ScaleItem } from '../../diagrams/zoo/layoutScale.js';
import type { Measure, Order, SortKey } from './model.js';

/** A config.json, read into a spec (see importer.ts). */
export interface ConfigModel {
  name: string;
  modelType: string;
  spec: GptSpec;
}

/** A model the reader brought, with the id the zoo gave it. */
export interface ImportedModel extends ConfigModel {
  id: string;
}

/** One line of the table and one dot of the chart. */
export interface ZooRow {
  id: string;
  name: string;
  description: string;
  family: ModelFamily;
  count: Count;
  preset?: ModelPreset;
  imported?: ImportedModel;
}

export const FAMILY_LABELS: Readonly<Record<ModelFamily, string>> = {
  cnn: 'Convolutional',
  rnn: 'Recurrent',
  transformer: 'Transformer',
};

/** Every preset, counted once: the counts depend on nothing the reader changes. */
export const PRESET_ROWS: readonly ZooRow[] = presets.map((preset) => ({
  id: preset.id,
  name: preset.name,
  description: preset.description,
  family: preset.family,
  count: countModel(preset),
  preset,
}));

export function importedRow(model: ImportedModel): ZooRow {
  const { dModel, nLayers } = model.spec;
  return {
    id: model.id,
    name: model.name,
    description: `Your ${model.modelType} config: ${formatQuantity(nLayers, 'blocks')} of width ${formatCount(dModel)}`,
    family: 'transformer',
    count: countGpt(model.spec),
    imported: model,
  };
}

function sortValue(row: ZooRow, key: SortKey): number | string {
  switch (key) {
    case 'name':
      return row.name;
    case 'per-neuron':
      return row.count.synapsesPerNeuron;
    default:
      return row.count[key];
  }
}

/** The rows in the table's order; ties keep the registry's order. */
export function sortRows(rows: readonly ZooRow[], key: SortKey, order: Order): ZooRow[] {
  const sign = order === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = sortValue(a, key);
    const y = sortValue(b, key);
    const diff = typeof x === 'string' ? x.localeCompare(y as string, 'en') : x - (y as number);
    return sign * diff;
  });
}

/** A mixture of experts' per-token count on the chart's measure, where it is below the total (none for synapses per neuron). */
function activeOf(count: Count, m: Measure): number | undefined {
  if (m === 'per-neuron') return undefined;
  const active = count.active[m];
  return active < count[m] ? active : undefined;
}

const measured = (count: { neurons: number; synapses: number | null; synapsesPerNeuron: number | null }, m: Measure) =>
  m === 'neurons' ? count.neurons : m === 'synapses' ? count.synapses : count.synapsesPerNeuron;

/** The chart's items: every model row, then every nervous system (null where its source gives no figure). */
export function chartItems(rows: readonly ZooRow[], measure: Measure): ScaleItem[] {
  return [
    ...rows.map((row) => ({
      id: row.id,
      label: row.imported ? `${row.name.split('/').at(-1)} (yours)` : row.name,
      value: measured(row.count, measure),
      kind: 'model' as const,
      ...(activeOf(row.count, measure) === undefined ? {} : { active: activeOf(row.count, measure) }),
    })),
    ...NERVOUS_SYSTEMS.map((system) => ({
      id: system.id,
      label: system.name,
      value: measured(countNervousSystem(system), measure),
      kind: 'brain' as const,
    })),
  ];
}
