import { CELLS, GATES, type Cell, type Count, type Part } from '../../counting/index.js';
import { GATE_GROUPS, hasCellState } from '../../diagrams/recurrent/gates.js';
import type { MatrixSpec } from '../../diagrams/recurrent/layoutMatrix.js';
import { formatCount, formatQuantity } from '../../format/numbers.js';
import { choice, flag, int, type Values } from '../../state/schema.js';
import type { WidgetModel } from '../../state/useWidgetStore.js';
import { widgetMeta } from '../catalog.js';

export const MAX_SIZE = 4096;

const CELL_LABELS: Readonly<Record<Cell, string>> = { rnn: 'RNN', lstm: 'LSTM', gru: 'GRU' };

export const recurrentSchema = {
  cell: choice<Cell>({
    key: 'cell',
    label: 'cell',
    options: CELLS.map((value) => ({ value, label: CELL_LABELS[value] })),
    default: 'rnn',
  }),
  input: int({ key: 'input', label: 'input size I', min: 1, max: MAX_SIZE, log: true, unit: 'inputs', default: 3 }),
  hidden: int({ key: 'hidden', label: 'hidden size H', min: 1, max: MAX_SIZE, log: true, unit: 'units', default: 2 }),
  layers: int({ key: 'n_layers', label: 'n_layers', min: 1, max: 4, unit: 'layers', default: 1 }),
  bidirectional: flag({
    key: 'bidirectional',
    label: 'bidirectional (a second set of neurons reads backwards)',
    default: false,
  }),
  /** A view parameter: how many steps to unroll. Counts never depend on it. */
  steps: int({ key: 'steps', label: 'time steps T drawn', min: 1, max: 8, unit: 'steps', default: 4 }),
  bias: flag({ key: 'bias', label: 'bias (PyTorch’s two bias vectors, b_ih and b_hh)', default: true }),
};

export type RecurrentSchema = typeof recurrentSchema;

export const recurrentModel: WidgetModel<RecurrentSchema> = {
  ...widgetMeta('recurrent'),
  schema: recurrentSchema,
  stress: {
    values: { cell: 'lstm', input: MAX_SIZE, hidden: MAX_SIZE, layers: 4, bidirectional: true, steps: 8 },
    control: 'hidden size H',
  },
  presets: [
    { id: 'tiny', label: 'RNN 3 → 2', values: { cell: 'rnn', input: 3, hidden: 2, layers: 1, bidirectional: false } },
    {
      id: 'char-rnn',
      label: 'Character RNN',
      values: { cell: 'rnn', input: 65, hidden: 128, layers: 1, bidirectional: false },
    },
    {
      id: 'lstm-lm',
      label: '2-layer LSTM, 650 units',
      values: { cell: 'lstm', input: 650, hidden: 650, layers: 2, bidirectional: false },
    },
    {
      id: 'gru',
      label: 'GRU, 1,000 units',
      values: { cell: 'gru', input: 620, hidden: 1000, layers: 1, bidirectional: false },
    },
    {
      id: 'tagger',
      label: 'Bidirectional LSTM tagger',
      values: { cell: 'lstm', input: 100, hidden: 100, layers: 1, bidirectional: true },
    },
  ],
};

/** What the counts depend on: every value but the number of steps drawn. */
export type RecurrentValues = Omit<Values<RecurrentSchema>, 'steps'>;

/** The widget's values as `nn.RNN / nn.LSTM / nn.GRU(input, hidden, num_layers, bias, bidirectional)`. */
export const specOf = ({ cell, input, hidden, layers, bidirectional, bias }: RecurrentValues) => ({
  cell,
  inputSize: input,
  hiddenSize: hidden,
  numLayers: layers,
  bidirectional,
  bias,
});

/** The PyTorch call these values stand for, e.g. `nn.LSTM(650, 650, num_layers=2)`. */
export function torchCall({ cell, input, hidden, layers, bidirectional, bias }: RecurrentValues): string {
  const args = [String(input), String(hidden)];
  if (layers > 1) args.push(`num_layers=${layers}`);
  if (!bias) args.push('bias=False');
  if (bidirectional) args.push('bidirectional=True');
  return `nn.${CELL_LABELS[cell]}(${args.join(', ')})`;
}

/** "Layer 2, reverse" for `layer2.reverse`. */
export function partLabel(name: string, bidirectional: boolean): string {
  const [layer, reverse] = name.replace('layer', '').split('.');
  return `Layer ${layer}${bidirectional ? (reverse ? ', reverse' : ', forward') : ''}`;
}

/** One formula line per layer: its parts (one per direction) have the same numbers. */
export function layersOf(count: Count): Part[] {
  return count.parts.filter((p) => !p.name.endsWith('.reverse'));
}

/** How each total is made, with the current numbers, for the counts table. */
export function howRows(count: Count, values: RecurrentValues): Record<string, string> {
  const gates = GATES[values.cell];
  const directions = values.bidirectional ? 2 : 1;
  const factors = [
    values.layers > 1 ? `${values.layers} layers` : '',
    directions > 1 ? '2 directions' : '',
    `${gates} ${gates === 1 ? 'group' : 'gates'}`,
    formatCount(values.hidden),
  ].filter(Boolean);
  return {
    neurons: factors.join(' × '),
    'per-neuron': `${formatCount(count.synapses)} ÷ ${formatCount(count.neurons)}`,
    synapses: groupsOf(count.parts)
      .map(
        ({ times, part }) =>
          `${times > 1 ? `${times} × ` : ''}${formatCount(part.neurons)} × ${formatCount(part.synapsesPerNeuron)}`,
      )
      .join(' + '),
    parameters: values.bias
      ? `${formatCount(count.synapses)} + 2 × ${formatCount(count.neurons)} biases`
      : 'synapses only',
  };
}

/** Runs of parts with the same shape, e.g. layer 1 both ways, then layers 2 to 4 both ways: "2 × … + 6 × …". */
function groupsOf(parts: readonly Part[]): { times: number; part: Part }[] {
  const groups: { times: number; part: Part }[] = [];
  for (const part of parts) {
    const last = groups[groups.length - 1];
    if (last && last.part.synapsesPerNeuron === part.synapsesPerNeuron && last.part.neurons === part.neurons)
      last.times++;
    else groups.push({ times: 1, part });
  }
  return groups;
}

/**
 * The unrolled diagram in words, with the current numbers: its text alternative. While the counts are
 * hidden (`hideCounts`), it gives the sizes the reader set but no total.
 */
export function describeUnrolled(values: RecurrentValues, steps: number, count: Count, hideCounts = false): string {
  const gates = GATE_GROUPS[values.cell];
  const H = formatCount(values.hidden);
  const [first, second] = layersOf(count);
  const inAll = (n: number) => (hideCounts ? '' : `, ${formatCount(n)} in all`);
  const groups =
    gates.length === 1
      ? formatQuantity(values.hidden, 'neurons')
      : `${gates.length} groups of ${formatQuantity(values.hidden, 'neurons')} (${gates.map((g) => g.name).join(', ')})${inAll(first!.neurons)}`;
  return [
    `${torchCall(values)} unrolled over ${steps} time ${steps === 1 ? 'step' : 'steps'}, one column per step.`,
    `${values.layers === 1 ? 'The layer' : `Each of the ${values.layers} layers`}${values.bidirectional ? ', in each of two directions,' : ''} has ${groups}.`,
    'Every column shows the same neurons again: they are reused at each step, not new ones.',
    `In layer 1 each neuron has ${formatQuantity(values.input, 'synapses')} from x_t and ${H} from h_{t−1}${inAll(first!.synapsesPerNeuron)}.`,
    second
      ? `In later layers each neuron has ${formatQuantity(second.synapsesPerNeuron - values.hidden, 'synapses')} from the layer below and ${H} from h_{t−1}.`
      : '',
    hasCellState(values.cell) ? 'A cell state c_t passes from step to step through no synapse.' : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** Each layer's [W_ih W_hh], sized from the library's parts: rows are neurons, columns synapses; `hideCounts` leaves the rows uncounted. */
export function matrixSpecs(count: Count, values: RecurrentValues, hideCounts = false): MatrixSpec[] {
  const gates = GATE_GROUPS[values.cell].map((g) => g.id);
  return layersOf(count).map((part, i) => ({
    layer: i + 1,
    gates,
    hidden: values.hidden,
    rows: hideCounts ? null : part.neurons,
    inputs: part.synapsesPerNeuron - values.hidden,
    directions: values.bidirectional ? 2 : 1,
  }));
}
