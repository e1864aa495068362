import { groupOf, type GptCount, type GptPart, type GptPartName } from './part-names.js';

/**
 * The kinds of parameter a GPT holds, in the order a waterfall adds them up:
 * the synapses (the blocks' weight matrices and an untied LM head's), then
 * everything that is a parameter but not a synapse.
 */
export const PARAMETER_STEPS = ['synapses', 'biases', 'norms', 'tokens', 'positions'] as const;
export type ParameterStepId = (typeof PARAMETER_STEPS)[number];

export interface ParameterStep {
  id: ParameterStepId;
  /** Exact number of parameters of this kind (0 when the model has none, e.g. no learned positions). */
  value: number;
  /** Names of the parts it is summed from. */
  parts: GptPartName[];
}

/** Which step a part's parameters beyond its synapses belong to, by the part names countGpt uses. */
function extraStepOf(part: GptPart): ParameterStepId {
  if (part.neurons > 0) return 'biases';
  // A learned logit per head that joins attention's softmax: a bias in all but name (gpt-oss's sinks).
  if (part.name === 'attn.sinks') return 'biases';
  if (groupOf(part.name) === 'norm') return 'norms';
  if (part.name === 'embed.tokens') return 'tokens';
  if (part.name === 'embed.positions') return 'positions';
  throw new Error(`parameterSteps: no step for the part "${part.name}"`);
}

/**
 * A GPT's parameters as its synapses plus, step by step, the biases, the norms
 * and the token and position embeddings. The values add up to
 * `count.parameters` exactly; every part falls in one step (a projection's
 * weights in `synapses`, its biases in `biases`; an untied LM head's weights
 * are synapses too).
 *
 * @example countGpt(GPT‑3 175B) → synapses 173,946,175,488, biases 10,616,832,
 *          norms 4,743,168, tokens 617,558,016, positions 25,165,824
 */
export function parameterSteps(count: GptCount): ParameterStep[] {
  const steps = new Map<ParameterStepId, ParameterStep>(PARAMETER_STEPS.map((id) => [id, { id, value: 0, parts: [] }]));
  const add = (id: ParameterStepId, part: GptPart, value: number) => {
    const step = steps.get(id)!;
    step.value += value;
    if (!step.parts.includes(part.name)) step.parts.push(part.name);
  };
  for (const part of count.parts) {
    if (part.synapses > 0) add('synapses', part, part.synapses);
    const extra = part.parameters - part.synapses;
    if (extra > 0 || part.neurons === 0) add(extraStepOf(part), part, extra);
  }
  return [...steps.values()];
}
