import type { FocusCodec } from '../../state/useFocus.js';

/**
 * What the reader points at in the recurrent widget, shared by the diagram,
 * the formula lines, the count rows and the parts table:
 * - a count row;
 * - a part (one layer in one direction), or one gate group of it;
 * - a term of a layer's formula line, which covers both directions (`all`: the whole line);
 * - one gate group in every layer.
 */
export type RecurrentFocus =
  | { kind: 'neurons' | 'per-neuron' | 'synapses' | 'parameters' }
  | { kind: 'part'; layer: number; direction: Direction; gate?: string }
  | { kind: 'line'; layer: number; term: LineTerm }
  | { kind: 'gate'; gate: string };

export type Direction = 'forward' | 'reverse';
export type LineTerm = 'neurons' | 'input' | 'recurrent' | 'all';
/** A term of a layer's formula line as its template names it. */
export type LineTermId = 'neurons' | 'per' | 'synapses' | 'input' | 'recurrent';

const TOTALS = new Set(['neurons', 'per-neuron', 'synapses', 'parameters'] as const);
const TERMS = new Set(['neurons', 'input', 'recurrent', 'all'] as const);
const isTotal = (id: string): id is 'neurons' => (TOTALS as ReadonlySet<string>).has(id);
const isTerm = (id: string): id is LineTerm => (TERMS as ReadonlySet<string>).has(id);

/** The counting library's name of a part: `layer2`, `layer2.reverse`. */
export const partName = (layer: number, direction: Direction) =>
  `layer${layer}${direction === 'reverse' ? '.reverse' : ''}`;

/**
 * Store ids: a count row's id; `layer2`, `layer2.reverse` (a part, named as
 * the counting library names it); `layer2:f`, `layer2.reverse:f` (a gate group
 * of that part); `layer2#input`, `layer2#all` (a term of layer 2's line);
 * `gate:f` (a gate group in every layer).
 */
export const recurrentFocus: FocusCodec<RecurrentFocus> = {
  parse(id) {
    if (id === null) return null;
    if (isTotal(id)) return { kind: id };
    const gate = /^gate:(\w+)$/.exec(id);
    if (gate) return { kind: 'gate', gate: gate[1]! };
    const line = /^layer(\d+)#(\w+)$/.exec(id);
    if (line && isTerm(line[2]!)) return { kind: 'line', layer: Number(line[1]), term: line[2] };
    const part = /^layer(\d+)(\.reverse)?(?::(\w+))?$/.exec(id);
    if (part) {
      const direction = part[2] ? 'reverse' : 'forward';
      const layer = Number(part[1]);
      return part[3] === undefined
        ? { kind: 'part', layer, direction }
        : { kind: 'part', layer, direction, gate: part[3] };
    }
    return null;
  },
  id(focus) {
    switch (focus.kind) {
      case 'part':
        return `${partName(focus.layer, focus.direction)}${focus.gate === undefined ? '' : `:${focus.gate}`}`;
      case 'line':
        return `layer${focus.layer}#${focus.term}`;
      case 'gate':
        return `gate:${focus.gate}`;
      default:
        return focus.kind;
    }
  },
};

/** Whether a part or line focus covers (layer, direction): a line covers both directions. */
function covers(focus: RecurrentFocus & { kind: 'part' | 'line' }, layer: number, direction: Direction): boolean {
  return focus.layer === layer && (focus.kind === 'line' || focus.direction === direction);
}

/** Whether a line focus names the whole line or term `term` of it; a part names its whole layer. */
const names = (focus: RecurrentFocus & { kind: 'part' | 'line' }, term: LineTerm) =>
  focus.kind === 'part' || focus.term === 'all' || focus.term === term;

/** Is the gate group `gate` of (layer, direction) lit? */
export function neuronsLit(focus: RecurrentFocus | null, layer: number, direction: Direction, gate: string): boolean {
  if (focus === null) return false;
  switch (focus.kind) {
    case 'neurons':
    case 'parameters':
      return true;
    case 'gate':
      return focus.gate === gate;
    case 'part':
      return covers(focus, layer, direction) && (focus.gate === undefined || focus.gate === gate);
    case 'line':
      return covers(focus, layer, direction) && names(focus, 'neurons');
    default:
      return false;
  }
}

const carriesSynapses = (focus: RecurrentFocus) =>
  focus.kind === 'synapses' || focus.kind === 'per-neuron' || focus.kind === 'parameters' || focus.kind === 'gate';

/** Are the input arrows into `layer` lit? They carry x_t (or the layer below's h_t) to every neuron's input synapses. */
export function inputLit(focus: RecurrentFocus | null, layer: number): boolean {
  if (focus === null) return false;
  if (focus.kind !== 'part' && focus.kind !== 'line') return carriesSynapses(focus);
  return focus.layer === layer && names(focus, 'input');
}

/** Are the recurrent arrows of (layer, direction) lit? They carry h_{t−1} to every neuron's recurrent synapses. */
export function recurrentLit(focus: RecurrentFocus | null, layer: number, direction: Direction): boolean {
  if (focus === null) return false;
  if (focus.kind !== 'part' && focus.kind !== 'line') return carriesSynapses(focus);
  return covers(focus, layer, direction) && names(focus, 'recurrent');
}

/** Is the cell (or the cell state line) of (layer, direction) lit? Only when that part as a whole is in focus. */
export function partLit(focus: RecurrentFocus | null, layer: number, direction: Direction): boolean {
  if (focus?.kind === 'part') return focus.gate === undefined && covers(focus, layer, direction);
  return focus?.kind === 'line' && focus.term === 'all' && covers(focus, layer, direction);
}

/** Does the focus light the parts-table row `name` (`layer1`, `layer1.reverse`, …)? */
export function partRowLit(focus: RecurrentFocus | null, name: string): boolean {
  if (focus?.kind === 'part') return partName(focus.layer, focus.direction) === name;
  if (focus?.kind === 'line') return (['forward', 'reverse'] as const).some((d) => partName(focus.layer, d) === name);
  return false;
}

/** Which term of layer `layer`'s formula line the focus lights, if any. */
export function lineTermLit(focus: RecurrentFocus | null, layer: number): LineTermId | null {
  if (focus === null) return null;
  switch (focus.kind) {
    case 'neurons':
    case 'gate':
      return 'neurons';
    case 'per-neuron':
      return 'per';
    case 'synapses':
      return 'synapses';
    case 'part':
      return focus.layer === layer && focus.gate !== undefined ? 'neurons' : null;
    case 'line':
      return focus.layer !== layer || focus.term === 'all' ? null : focus.term;
    default:
      return null;
  }
}

/** Is layer `layer`'s whole formula line lit? */
export const lineLit = (focus: RecurrentFocus | null, layer: number): boolean =>
  (focus?.kind === 'part' || focus?.kind === 'line') && focus.layer === layer;

/** Is gate `gate`'s band of layer `layer`'s weight matrix lit, on its input (ih) or recurrent (hh) side? */
export function blockLit(focus: RecurrentFocus | null, layer: number, gate: string, side: 'ih' | 'hh'): boolean {
  if (focus === null) return false;
  switch (focus.kind) {
    case 'gate':
      return focus.gate === gate;
    case 'part':
      return focus.layer === layer && (focus.gate === undefined || focus.gate === gate);
    case 'line':
      return focus.layer === layer && (names(focus, 'neurons') || names(focus, side === 'ih' ? 'input' : 'recurrent'));
    default:
      return true;
  }
}
