/**
 * Numbers the model zoo quotes in running text, each computed by the counting
 * library from a preset's sizes or a nervous system's published figures.
 */
import {
  countModel,
  countNervousSystem,
  HUMAN_BRAIN,
  matchesPublished,
  NERVOUS_SYSTEMS,
  partNamed,
  presets,
  resolveGptSpec,
  traceNetwork,
  type Count,
  type ModelPreset,
} from '../../src/counting/index.js';
import { formatRatio } from '../../src/format/numbers.js';
import { compareWithPublished } from '../../src/models/published.js';

const preset = (id: string): ModelPreset => presets.find((p) => p.id === id)!;
const count = (id: string): Count => countModel(preset(id));
const system = (id: string) => countNervousSystem(NERVOUS_SYSTEMS.find((s) => s.id === id)!);
const gptSpec = (id: string) => {
  const p = preset(id);
  if (p.kind !== 'gpt') throw new Error(`${id} is not a transformer`);
  return resolveGptSpec(p.spec);
};

/**
 * A ratio between estimates good to an order of magnitude, to two significant
 * figures: 3,460.7 → 3,500. The brain's figures do not carry more.
 */
const roughly = (x: number) => Number(x.toPrecision(2));

const gpt3 = count('gpt3-175b');
const human = countNervousSystem(HUMAN_BRAIN);
const resnet50 = count('resnet-50');

/** What the widest neurons are called in prose, by part name; a new widest part must be named here. */
const WIDEST_LABELS: Readonly<Record<string, string>> = { 'mlp.value': 'MLP value neurons' };
const widest = presets
  .flatMap((p) => countModel(p).parts.map((part) => ({ model: p.name, part })))
  .reduce((a, b) => (b.part.synapsesPerNeuron > a.part.synapsesPerNeuron ? b : a));
if (WIDEST_LABELS[widest.part.name] === undefined) throw new Error(`name the widest part ${widest.part.name}`);

/** The rows of the GPT‑3 paper that add up but do not round to the figure printed for them. */
const gpt3Rows = presets.filter((p) => p.id.startsWith('gpt3-'));
const printedAs = (id: string) => {
  const p = preset(id);
  const parameters = countModel(p).parameters;
  return {
    printed: p.published.as,
    counted: compareWithPublished(p.published, parameters).counted,
    nearestBillion: `${Math.round(parameters / 1e9)}B`,
  };
};

const layersOf = (id: string) => {
  const p = preset(id);
  if (p.kind !== 'network') throw new Error(`${id} is not given by its layers`);
  return traceNetwork(p.spec);
};
/** ResNet‑50's first convolution's output: channels × height × width, the positions it is applied at. */
const conv1Output = layersOf('resnet-50').find((t) => t.path === 'conv1')!.output!;
const lstmLayer = layersOf('lstm-lm').find((t) => t.layer.kind === 'recurrent')!.layer;

const aboveHuman = presets.filter((p) => countModel(p).synapsesPerNeuron > human.synapsesPerNeuron);

export const models = {
  presets: presets.length,
  lenet: count('lenet-5'),
  resnet50,
  /** ResNet‑50's first convolution: 64 neurons, applied at each of 112 × 112 positions. */
  resnetConv1: partNamed(resnet50, 'conv1'),
  resnetConv1Positions: conv1Output[1]! * conv1Output[2]!,
  /** The LSTM language model's hidden size, as its example's README suggests. */
  lstmHidden: lstmLayer.kind === 'recurrent' ? lstmLayer.hiddenSize : 0,
  /** The neurons with the most synapses of any model here, and whose they are. */
  widest: { model: widest.model, label: WIDEST_LABELS[widest.part.name]!, ...widest.part },
  /** The models whose average neuron has more synapses than the human brain's estimate. */
  aboveHuman: aboveHuman.map((p) => p.name),
  gpt3,
  gpt3Medium: count('gpt3-medium'),
  gpt3OffRows: gpt3Rows.filter((p) => !matchesPublished(p, countModel(p).parameters)).length,
  gpt3Xl: { ...count('gpt3-xl'), spec: gptSpec('gpt3-xl') },
  gpt313b: { ...count('gpt3-13b'), spec: gptSpec('gpt3-13b') },
  gpt3MediumPrinted: printedAs('gpt3-medium'),
  gpt3Printed: printedAs('gpt3-175b'),
  llama: count('llama-2-7b'),
  /** Llama‑2 7B's untied LM head: vocab neurons of d_model synapses. */
  llamaHead: partNamed(count('llama-2-7b'), 'lm_head'),
  mistral: count('mistral-7b'),
  /** Key neurons in one Mistral 7B block (grouped-query attention) and in one Llama‑2 7B block. */
  mistralKeyNeurons: partNamed(count('mistral-7b'), 'attn.k').neurons / gptSpec('mistral-7b').nLayers,
  llamaKeyNeurons: partNamed(count('llama-2-7b'), 'attn.k').neurons / gptSpec('llama-2-7b').nLayers,
  worm: system('c-elegans'),
  fly: system('fruit-fly'),
  bee: system('honey-bee'),
  mouse: system('mouse'),
  human,
  systems: NERVOUS_SYSTEMS.length,
  /** "2.3": how many times the human brain's estimate GPT‑3's average neuron has. */
  gpt3PerNeuronTimesHuman: formatRatio(gpt3.synapsesPerNeuron / human.synapsesPerNeuron),
  gpt3NeuronsPerBeeNeuron: roughly(gpt3.neurons / system('honey-bee').neurons),
  gpt3SynapsesPerFlySynapse: roughly(gpt3.synapses / system('fruit-fly').synapses!),
  humanNeuronsPerGpt3Neuron: roughly(human.neurons / gpt3.neurons),
  humanSynapsesPerGpt3Synapse: roughly(human.synapses / gpt3.synapses),
};
