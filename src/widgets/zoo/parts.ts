import {
  kernelSides,
  PART_LABELS,
  traceNetwork,
  type LayerTrace,
  type Part,
  type RecurrentLayer,
} from '../../counting/index.js';
import { formatCount } from '../../format/numbers.js';
import type { ZooRow } from './rows.js';

/** Above this many parts, a network's breakdown starts grouped by top-level module. */
export const GROUP_ABOVE = 16;

const n = formatCount;
const times = (sizes: readonly number[]) => sizes.map(n).join(' × ');

/** One stacked layer of a recurrent module: `layer2` of an LSTM reads the layer below's output. */
function describeStacked(layer: RecurrentLayer, stacked: string): string {
  const [, k = '1', reverse] = /^layer(\d+)(\.reverse)?$/.exec(stacked) ?? [];
  const input = k === '1' ? layer.inputSize : layer.hiddenSize * (layer.bidirectional ? 2 : 1);
  const direction = reverse === undefined ? '' : ', reverse';
  return `${layer.cell.toUpperCase()} layer ${k}${direction}, ${n(input)} → ${n(layer.hiddenSize)}`;
}

/** One layer as its reference code reads: "conv 3 → 64, 11 × 11, stride 4; output 64 × 55 × 55". */
function describe({ layer, output }: LayerTrace, stacked: string | undefined): string | undefined {
  switch (layer.kind) {
    case 'conv': {
      const stride = (layer.stride ?? 1) > 1 ? `, stride ${layer.stride}` : '';
      const shape = output === null ? '' : `; output ${times(output)}`;
      return `conv ${n(layer.inChannels)} → ${n(layer.outChannels)}, ${times(kernelSides(layer))}${stride}${shape}`;
    }
    case 'linear':
      return `linear ${n(layer.inFeatures)} → ${n(layer.outFeatures)}`;
    case 'batchnorm':
      return `batch norm of ${n(layer.features)} channels`;
    case 'layernorm':
      return `layer norm of ${times([layer.shape].flat())}`;
    case 'embedding':
      return `embedding table, ${n(layer.numEmbeddings)} × ${n(layer.embeddingDim)}`;
    case 'recurrent':
      return describeStacked(layer, stacked ?? 'layer1');
    default:
      return undefined;
  }
}

/** Labels for a row's parts: descriptive names for a transformer, module path and layer for a network. */
export function partLabels(row: ZooRow): Readonly<Record<string, string>> {
  if (row.preset?.kind !== 'network') return PART_LABELS;
  const labels: Record<string, string> = {};
  const layers = new Map(traceNetwork(row.preset.spec).map((t) => [t.path, t]));
  for (const part of row.count.parts) {
    // Recurrent layers give one part per stacked layer: `rnn.layer2` belongs to `rnn`.
    const [, module = part.name, stacked] = /^(.*?)\.(layer\d+(?:\.reverse)?)$/.exec(part.name) ?? [];
    const trace = layers.get(module);
    const text = trace === undefined ? undefined : describe(trace, stacked);
    labels[part.name] = text === undefined ? part.name : `${part.name} · ${text}`;
  }
  return labels;
}

/** Parts summed by top-level module (`layer1.0.conv1` → `layer1`), in order of first appearance. */
export function groupParts(parts: readonly Part[]): { parts: Part[]; sizes: Map<string, number> } {
  const groups = new Map<string, Part>();
  const sizes = new Map<string, number>();
  for (const part of parts) {
    const name = part.name.split('.')[0]!;
    const group = groups.get(name) ?? { name, neurons: 0, synapsesPerNeuron: 0, synapses: 0, parameters: 0 };
    group.neurons += part.neurons;
    group.synapses += part.synapses;
    group.parameters += part.parameters;
    group.synapsesPerNeuron = group.neurons === 0 ? 0 : group.synapses / group.neurons;
    groups.set(name, group);
    sizes.set(name, (sizes.get(name) ?? 0) + 1);
  }
  return { parts: [...groups.values()], sizes };
}
