/**
 * Numbers the model zoo quotes in running text, each computed by the counting
 * library from a preset's sizes or a nervous system's published figures.
 */
import {
  countModel,
  matchesPublished,
  countNervousSystem,
  NERVOUS_SYSTEMS,
  presets,
  type Count,
  type Part,
} from '../../src/counting/index.js';

const count = (id: string): Count => countModel(presets.find((p) => p.id === id)!);
const system = (id: string) => countNervousSystem(NERVOUS_SYSTEMS.find((s) => s.id === id)!);
const part = (c: Count, name: string): Part => c.parts.find((p) => p.name === name)!;

const gpt3 = count('gpt3-175b');
const human = system('human');
const mistral = count('mistral-7b');
const llama = count('llama-2-7b');
const resnet50 = count('resnet-50');
const gpt3Rows = presets.filter((p) => p.id.startsWith('gpt3-'));
/** The attention width n_heads × d_head of a GPT‑3 row, as the paper prints it. */
const attentionWidth = (id: string) => {
  const preset = presets.find((p) => p.id === id)!;
  if (preset.kind !== 'gpt') throw new Error(`${id} is not a transformer`);
  return preset.spec.nHeads * preset.spec.dHead!;
};

export const models = {
  presets: presets.length,
  lenet: count('lenet-5'),
  vggWidest: part(count('vgg-16'), 'classifier.0'),
  resnet50,
  /** ResNet‑50's first convolution: 64 neurons, applied at each of 112 × 112 positions. */
  resnetConv1: part(resnet50, 'conv1'),
  resnetConv1Positions: 112 * 112,
  gpt3,
  gpt3Medium: count('gpt3-medium'),
  gpt3OffRows: gpt3Rows.filter((p) => !matchesPublished(p, countModel(p).parameters)).length,
  gpt3Xl: count('gpt3-xl'),
  gpt3XlAttention: attentionWidth('gpt3-xl'),
  gpt313bAttention: attentionWidth('gpt3-13b'),
  gpt313b: count('gpt3-13b'),
  llama,
  mistral,
  /** Key neurons in one Mistral 7B block (8 heads of 128) and in one Llama‑2 7B block (32 of 128). */
  mistralKeyNeurons: part(mistral, 'attn.k').neurons / 32,
  llamaKeyNeurons: part(llama, 'attn.k').neurons / 32,
  worm: system('c-elegans'),
  fly: system('fruit-fly'),
  bee: system('honey-bee'),
  mouse: system('mouse'),
  human,
  systems: NERVOUS_SYSTEMS.length,
  gpt3NeuronsPerBeeNeuron: Math.round(gpt3.neurons / system('honey-bee').neurons),
  gpt3SynapsesPerFlySynapse: Math.round(gpt3.synapses / system('fruit-fly').synapses!),
  humanNeuronsPerGpt3Neuron: Math.round(human.neurons / gpt3.neurons),
  humanSynapsesPerGpt3Synapse: Math.round(human.synapses! / gpt3.synapses),
};
