import { groupOf, isGptPartName, type GptPartName } from '../../counting/index.js';
import type { FocusCodec } from '../../state/useFocus.js';

/**
 * What the reader points at in the GPT block widget, shared by the diagram,
 * the formula, the count rows and the parts table: a part of the block (named
 * as the counting library names it: `attn.q`, `mlp.key`, `norm.attn`, …), a
 * count row, or a control.
 */
export type BlockFocus =
  | { kind: 'part'; part: GptPartName }
  | { kind: 'neurons' | 'synapses' | 'per-neuron' | 'parameters' }
  | { kind: 'control'; control: BlockControl };

export type BlockControl = 'd_model' | 'n_heads' | 'd_ff';

/** A layer of a drawn part, lit or dimmed on its own. */
export type Layer = 'body' | 'neurons' | 'bias' | 'row' | 'heads' | 'norm' | 'stream' | 'op';

const COUNTS = new Set(['neurons', 'synapses', 'per-neuron', 'parameters'] as const);
const CONTROLS = new Set<string>(['d_model', 'n_heads', 'd_ff'] satisfies BlockControl[]);
const isCount = (id: string): id is 'neurons' => (COUNTS as ReadonlySet<string>).has(id);
const isControl = (id: string): id is BlockControl => CONTROLS.has(id);

/** Store ids: the part's name, the count row's id, or the control's symbol (`d_model`). */
export const blockFocus: FocusCodec<BlockFocus> = {
  parse(id) {
    if (id === null) return null;
    if (isGptPartName(id)) return { kind: 'part', part: id };
    if (isCount(id)) return { kind: id };
    if (isControl(id)) return { kind: 'control', control: id };
    return null;
  },
  id(focus) {
    switch (focus.kind) {
      case 'part':
        return focus.part;
      case 'control':
        return focus.control;
      default:
        return focus.kind;
    }
  },
};

/**
 * Whether the focus dims what it does not light. A control under the pointer
 * only lights what it sets and dims nothing, so the whole block stays in view
 * while the reader drags.
 */
export const dims = (focus: BlockFocus | null): boolean => focus !== null && focus.kind !== 'control';

/** Whether one layer of one drawn part is lit for `focus`. `part` is null for the stream and the ops. */
export function lit(focus: BlockFocus | null, part: GptPartName | null, layer: Layer): boolean {
  if (focus === null) return false;
  switch (focus.kind) {
    case 'part':
      return part === focus.part && layer !== 'row';
    case 'neurons':
      return layer === 'neurons';
    case 'synapses':
      return layer === 'body';
    case 'per-neuron':
      return layer === 'row';
    case 'parameters':
      return ['body', 'neurons', 'bias', 'norm', 'heads'].includes(layer);
    case 'control':
      switch (focus.control) {
        case 'd_model':
          return layer === 'stream';
        case 'n_heads':
          return layer === 'heads';
        case 'd_ff':
          return part !== null && groupOf(part) === 'mlp' && layer === 'body';
      }
  }
}
