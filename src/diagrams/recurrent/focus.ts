/**
 * What the reader points at in the recurrent widget, shared by the diagram,
 * the formula lines, the count rows and the parts table. Encoded in the store
 * as a string:
 * - `neurons`, `per-neuron`, `synapses`, `parameters`: a count row;
 * - `layer2`, `layer2.reverse`: a part (one layer, one direction);
 * - `layer2:f`, `layer2.reverse:f`: one gate group of that part;
 * - `layer2#input`, `layer2#recurrent`, `layer2#neurons`, `layer2#all`: a term of
 *   layer 2's formula line, which covers both directions;
 * - `gate:f`: one gate group in every layer.
 */
export type Direction = 'forward' | 'reverse';
export type LineTerm = 'neurons' | 'input' | 'recurrent' | 'all';

export type RecurrentFocus =
  | { kind: 'neurons' | 'per-neuron' | 'synapses' | 'parameters' }
  | { kind: 'layer'; layer: number; direction: Direction | 'both'; gate?: string; term: LineTerm }
  | { kind: 'gate'; gate: string };

const TOTALS = new Set(['neurons', 'per-neuron', 'synapses', 'parameters']);
const TERMS = new Set<string>(['neurons', 'input', 'recurrent', 'all']);

export const partName = (layer: number, direction: Direction) =>
  `layer${layer}${direction === 'reverse' ? '.reverse' : ''}`;
export const gateFocus = (layer: number, direction: Direction, gate: string) => `${partName(layer, direction)}:${gate}`;
export const lineFocus = (layer: number, term: LineTerm) => `layer${layer}#${term}`;

export function parseFocus(id: string | null): RecurrentFocus | null {
  if (id === null) return null;
  if (TOTALS.has(id)) return { kind: id as 'neurons' };
  if (id.startsWith('gate:')) return { kind: 'gate', gate: id.slice(5) };
  const line = /^layer(\d+)#(\w+)$/.exec(id);
  if (line && TERMS.has(line[2]!)) {
    return { kind: 'layer', layer: Number(line[1]), direction: 'both', term: line[2] as LineTerm };
  }
  const part = /^layer(\d+)(\.reverse)?(?::(\w+))?$/.exec(id);
  if (part) {
    return {
      kind: 'layer',
      layer: Number(part[1]),
      direction: part[2] ? 'reverse' : 'forward',
      gate: part[3],
      term: 'all',
    };
  }
  return null;
}

function inPart(focus: RecurrentFocus & { kind: 'layer' }, layer: number, direction: Direction): boolean {
  return focus.layer === layer && (focus.direction === 'both' || focus.direction === direction);
}

/** Is the gate group `gate` of (layer, direction) lit? */
export function neuronsLit(focus: RecurrentFocus | null, layer: number, direction: Direction, gate: string): boolean {
  if (focus === null) return false;
  switch (focus.kind) {
    case 'neurons':
    case 'parameters':
      return true;
    case 'gate':
      return focus.gate === gate;
    case 'layer':
      return (
        inPart(focus, layer, direction) &&
        (focus.gate === undefined || focus.gate === gate) &&
        (focus.term === 'all' || focus.term === 'neurons')
      );
    default:
      return false;
  }
}

const carriesSynapses = (focus: RecurrentFocus) =>
  focus.kind === 'synapses' || focus.kind === 'per-neuron' || focus.kind === 'parameters' || focus.kind === 'gate';

/** Are the input arrows into `layer` lit? They carry x_t (or the layer below's h_t) to every neuron's input synapses. */
export function inputLit(focus: RecurrentFocus | null, layer: number): boolean {
  if (focus === null) return false;
  if (focus.kind !== 'layer') return carriesSynapses(focus);
  return focus.layer === layer && (focus.term === 'all' || focus.term === 'input');
}

/** Are the recurrent arrows of (layer, direction) lit? They carry h_{t−1} to every neuron's recurrent synapses. */
export function recurrentLit(focus: RecurrentFocus | null, layer: number, direction: Direction): boolean {
  if (focus === null) return false;
  if (focus.kind !== 'layer') return carriesSynapses(focus);
  return inPart(focus, layer, direction) && (focus.term === 'all' || focus.term === 'recurrent');
}

/** Is the cell (or the cell state line) of (layer, direction) lit? Only when that part as a whole is in focus. */
export function partLit(focus: RecurrentFocus | null, layer: number, direction: Direction): boolean {
  return focus?.kind === 'layer' && focus.gate === undefined && focus.term === 'all' && inPart(focus, layer, direction);
}

/** Does the focus light the parts-table row `name` (`layer1`, `layer1.reverse`, …)? */
export function partRowLit(id: string | null, name: string): boolean {
  const focus = parseFocus(id);
  if (focus?.kind !== 'layer') return false;
  const directions: Direction[] = focus.direction === 'both' ? ['forward', 'reverse'] : [focus.direction];
  return directions.some((direction) => partName(focus.layer, direction) === name);
}

/** Which term of layer `layer`'s formula line the focus lights, if any. */
export function lineTermLit(focus: RecurrentFocus | null, layer: number): string | null {
  if (focus === null) return null;
  switch (focus.kind) {
    case 'neurons':
      return 'neurons';
    case 'per-neuron':
      return 'per';
    case 'synapses':
      return 'synapses';
    case 'gate':
      return 'neurons';
    case 'layer':
      if (focus.layer !== layer) return null;
      if (focus.gate !== undefined) return 'neurons';
      return focus.term === 'all' ? null : focus.term;
    default:
      return null;
  }
}

/** Is layer `layer`'s whole formula line lit? */
export const lineLit = (focus: RecurrentFocus | null, layer: number): boolean =>
  focus?.kind === 'layer' && focus.layer === layer;

/** Is gate `gate`'s band of layer `layer`'s weight matrix lit, on its input (ih) or recurrent (hh) side? */
export function blockLit(focus: RecurrentFocus | null, layer: number, gate: string, side: 'ih' | 'hh'): boolean {
  if (focus === null) return false;
  switch (focus.kind) {
    case 'gate':
      return focus.gate === gate;
    case 'layer':
      if (focus.layer !== layer || (focus.gate !== undefined && focus.gate !== gate)) return false;
      return focus.term === 'all' || focus.term === 'neurons' || focus.term === (side === 'ih' ? 'input' : 'recurrent');
    default:
      return true;
  }
}
