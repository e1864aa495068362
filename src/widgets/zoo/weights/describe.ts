import type { TensorLayer, TensorPart } from '../../../counting/index.js';
import { formatCount } from '../../../format/numbers.js';

/** A shape as the reader reads sizes: "4,096 × 11,008"; a scalar is "scalar". */
export const shapeText = (shape: readonly number[]) =>
  shape.length === 0 ? 'scalar' : shape.map(formatCount).join(' × ');

/** Whether the file stores this weight the other way round from `nn.Linear` (`[in, out]`), as its bias or its pair showed. */
export function turned(part: TensorPart): boolean {
  if (part.kind !== 'matrix' && part.kind !== 'experts') return false;
  const rows = part.shape.at(-2)! * (part.kind === 'experts' ? part.shape[0]! : 1);
  return part.neurons !== rows;
}

/** What a tensor was read as, in words, with how its orientation was decided where that matters. */
export function readAs(part: TensorPart): string {
  switch (part.kind) {
    case 'matrix':
      return turned(part)
        ? `weight, stored [in, out] (by its ${part.orientation === 'bias' ? 'bias' : 'pair'})`
        : 'weight';
    case 'experts': {
      const experts = `${formatCount(part.shape[0]!)} experts`;
      if (part.orientation === 'assumed') return `${experts}, rows taken as neurons (assumed)`;
      return turned(part)
        ? `${experts}, stored [E, in, out] (by their ${part.orientation === 'bias' ? 'bias' : 'pair'})`
        : experts;
    }
    case 'conv':
      return 'conv kernel';
    case 'lookup':
      return 'embedding (a lookup)';
    case 'bias':
      return part.experts > 1 ? `biases of ${formatCount(part.experts)} experts` : 'bias';
    case 'vector':
      return 'norm or scale';
    case 'quantisation':
      return 'quantisation scale, not counted';
  }
}

/** A layer group's heading: its key, or what the tensors outside every layer are. */
export function layerLabel(layer: TensorLayer): string {
  const name = layer.key ?? 'Outside the numbered layers';
  const experts = layer.experts > 0 ? `, ${formatCount(layer.experts)} experts` : '';
  const tensors = layer.parts.length === 1 ? '1 tensor' : `${formatCount(layer.parts.length)} tensors`;
  return `${name} · ${tensors}${experts}`;
}

/** Above this many numbered layers, the table starts with each layer folded to its totals. */
export const FOLD_ABOVE = 8;

const INTEGER_TYPES = /^[IU](8|16|32|64)$/;

/**
 * What the reader should know before trusting the neurons: weights whose
 * orientation nothing in the file decides, weights turned round, and weights
 * stored as integers (a quantised checkpoint packs several into each).
 */
export function readingNotes(parts: readonly TensorPart[], dtypes: ReadonlyMap<string, string>): string[] {
  const notes: string[] = [];
  const plural = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`;
  const assumed = parts.filter((p) => p.orientation === 'assumed').length;
  if (assumed > 0) {
    notes.push(
      `Nothing in the file says which way round ${plural(assumed, 'stacked experts tensor is', 'stacked experts tensors are')} stored, so ${assumed === 1 ? 'it is' : 'they are'} read as nn.Linear stores a weight, rows first. ${assumed === 1 ? 'Its' : 'Their'} neurons rest on that; synapses and parameters do not.`,
    );
  }
  const turnedRound = parts.filter(turned).length;
  if (turnedRound > 0) {
    notes.push(
      `${plural(turnedRound, 'weight is', 'weights are')} stored [in, out] (as GPT-2’s Conv1D and gpt-oss’s experts store them), which the size of ${turnedRound === 1 ? 'its' : 'their'} bias, or of the expert weight paired with ${turnedRound === 1 ? 'it' : 'them'}, shows; ${turnedRound === 1 ? 'it is' : 'they are'} counted the right way round.`,
    );
  }
  const packed = parts
    .filter((p) => p.neurons > 0 || p.kind === 'lookup')
    .filter((p) => INTEGER_TYPES.test(dtypes.get(p.name) ?? ''));
  if (packed.length > 0) {
    const types = [...new Set(packed.map((p) => dtypes.get(p.name)))].join(', ');
    notes.push(
      `${plural(packed.length, 'weight is', 'weights are')} stored as integers (${types}): a quantised checkpoint (GPTQ, AWQ, bitsandbytes) packs several weights into each stored value, so ${packed.length === 1 ? 'its' : 'their'} counts are of stored values, not of weights.`,
    );
  }
  return notes;
}
