import {
  isGptPartName,
  PARAMETER_STEPS,
  type GptPartName,
  type ParameterStep,
  type ParameterStepId,
} from '../../counting/index.js';
import type { FocusCodec } from '../../state/useFocus.js';

/**
 * What the reader points at in the parameters widget: a step of the waterfall
 * (or the formula term of the same name), a part in the parts table, the
 * "other parameters" row, or the total.
 */
export type ParamsFocus =
  { kind: 'step'; step: ParameterStepId } | { kind: 'part'; part: GptPartName } | { kind: 'gap' | 'parameters' };

const isStep = (id: string): id is ParameterStepId => (PARAMETER_STEPS as readonly string[]).includes(id);

/** Store ids: the step's id (`biases`), the part's name (`attn.q`), `gap` or `parameters`. */
export const paramsFocus: FocusCodec<ParamsFocus> = {
  parse(id) {
    if (id === null) return null;
    if (id === 'gap' || id === 'parameters') return { kind: id };
    if (isStep(id)) return { kind: 'step', step: id };
    if (isGptPartName(id)) return { kind: 'part', part: id };
    return null;
  },
  id(focus) {
    switch (focus.kind) {
      case 'step':
        return focus.step;
      case 'part':
        return focus.part;
      default:
        return focus.kind;
    }
  },
};

/**
 * The waterfall's rows lit by `focus`, or null to dim nothing. A step lights
 * itself; a part lights every step it is summed into; "other parameters"
 * lights every step after the synapses; the total lights itself. A part the
 * model lacks lights nothing and dims nothing.
 */
export function litRows(focus: ParamsFocus | null, steps: readonly ParameterStep[]): ReadonlySet<string> | null {
  if (focus === null) return null;
  const ids: string[] = (() => {
    switch (focus.kind) {
      case 'step':
        return [focus.step];
      case 'part':
        return steps.filter((s) => s.parts.includes(focus.part)).map((s) => s.id);
      case 'gap':
        return steps.slice(1).map((s) => s.id);
      case 'parameters':
        return ['parameters'];
    }
  })();
  return ids.length === 0 ? null : new Set(ids);
}
