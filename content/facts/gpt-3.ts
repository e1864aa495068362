/**
 * Numbers the GPT‑3 chapter quotes in running text, each computed by the
 * counting library from the sizes in the GPT‑3 paper's Table 2.1 and from
 * the brain figures of its sources. Prose imports these; it never types a count.
 */
import {
  countGpt,
  countGptBlock,
  countNervousSystem,
  GPT3_PRESETS,
  HUMAN_BRAIN,
  parameterSteps,
  partNamed,
  resolveGptSpec,
  sumGroup,
  type GptPreset,
} from '../../src/counting/index.js';
import { formatRatio } from '../../src/format/numbers.js';
import { compareWithPublished } from '../../src/models/published.js';

const byId = (id: string): GptPreset => GPT3_PRESETS.find((p) => p.id === id)!;

const largest = byId('gpt3-175b');
const spec = resolveGptSpec(largest.spec);
const model = countGpt(largest.spec);
const block = countGptBlock(largest.spec);
const steps = Object.fromEntries(parameterSteps(model).map((s) => [s.id, s.value])) as Record<string, number>;
const brain = countNervousSystem(HUMAN_BRAIN);

/**
 * The original post's one slip: 61,440 attention neurons per block, printed
 * as "12,288 × 4" (which is 49,152). Carried through 96 blocks, it gives the
 * post's 11,796,480 neurons and, truncated, 14,745 synapses per neuron.
 */
const SEED_ATTENTION_NEURONS = 61_440;

/** A count to the nearest billion, as a model's name rounds it: 174,604,259,328 → "175B". */
const nearestBillion = (n: number) => `${Math.round(n / 1e9)}B`;
const seedNeurons = spec.nLayers * (sumGroup(block, 'mlp').neurons + SEED_ATTENTION_NEURONS);

/** One head as wide as d_model counts the same as any even split: attention exactly d_model wide. */
const evenly = (p: GptPreset) => countGpt({ ...p.spec, nHeads: 1, dHead: p.spec.dModel }).parameters;

function paperRow(p: GptPreset) {
  const s = resolveGptSpec(p.spec);
  return {
    id: p.id,
    name: p.name,
    nLayers: s.nLayers,
    dModel: s.dModel,
    nHeads: s.nHeads,
    dHead: s.dHead,
    attentionWidth: s.nHeads * s.dHead,
    addsUp: s.nHeads * s.dHead === s.dModel,
    printed: p.published.as,
    counted: countGpt(p.spec).parameters,
    evenly: evenly(p),
  };
}

export const gpt3 = {
  nLayers: spec.nLayers,
  dModel: spec.dModel,
  vocab: spec.vocabSize,
  context: spec.contextLength,
  block: {
    key: partNamed(block, 'mlp.key'),
    value: partNamed(block, 'mlp.value'),
    mlp: sumGroup(block, 'mlp'),
    attention: sumGroup(block, 'attn'),
    neurons: block.neurons,
    synapses: block.synapses,
  },
  model,
  steps,
  /** Everything counted as a parameter but not as a synapse. */
  gap: model.parameters - model.synapses,
  embeddings: steps.tokens! + steps.positions!,
  /** Were the LM head not tied to the token embedding. */
  untiedParameters: countGpt({ ...largest.spec, tiedEmbeddings: false }).parameters,
  /**
   * The largest model's size three ways: as its name rounds it ("175B"), as Table 2.1
   * prints it ("175.0B") and the count at that printed precision ("174.6B"); the same
   * for the untied variant.
   */
  size: {
    name: nearestBillion(model.parameters),
    printed: largest.published.as,
    counted: compareWithPublished(largest.published, model.parameters).counted,
    untiedName: nearestBillion(countGpt({ ...largest.spec, tiedEmbeddings: false }).parameters),
    untiedCounted: compareWithPublished(
      largest.published,
      countGpt({ ...largest.spec, tiedEmbeddings: false }).parameters,
    ).counted,
  },
  brain,
  /** Ratios of estimates good to an order of magnitude, to two significant figures: 8,100, not 8,100.4. */
  brainNeuronsPerModelNeuron: Number((brain.neurons / model.neurons).toPrecision(2)),
  brainSynapsesPerModelSynapse: Number((brain.synapses / model.synapses).toPrecision(2)),
  /** "2.3": how many times a brain neuron's synapses a model neuron has. */
  perNeuronTimes: formatRatio(model.synapsesPerNeuron / brain.synapsesPerNeuron),
  seed: {
    /** The post's own rounded figures for the parameters, the synapses and the gap between them. */
    printed: { parameters: '175B', synapses: '173B', gap: '2B' },
    attentionNeurons: SEED_ATTENTION_NEURONS,
    neurons: seedNeurons,
    synapsesPerNeuron: Math.floor(model.synapses / seedNeurons),
  },
  paper: GPT3_PRESETS.map(paperRow),
  xl: paperRow(byId('gpt3-xl')),
  b13: paperRow(byId('gpt3-13b')),
  medium: paperRow(byId('gpt3-medium')),
};
