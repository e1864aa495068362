import type { GptPart, GptPartName } from '../../counting/index.js';
import { formatCount } from '../../format/numbers.js';
import type { TextSpan } from './shapes.js';

/** A matrix of the block, sized by its library part: rows = neurons, columns = synapses per neuron. */
export interface MatrixItem {
  kind: 'matrix';
  part: GptPartName;
  name: string;
  rows: number;
  cols: number;
  /** Reads the normalised stream (fed by the branch's bus). */
  reads: boolean;
  /** How its rows (Q, K, V) or columns (O) split by head, if drawn. */
  heads?: 'rows' | 'cols';
}

/** Matrices that read the same input side by side in time, drawn one above the other (Q over K over V). */
export interface StackItem {
  kind: 'stack';
  items: MatrixItem[];
}

export interface OpItem {
  kind: 'op';
  id: 'attend' | 'gelu';
  label: string;
}

/** One branch off the residual stream: a norm, then its matrices and weightless steps, added back. */
export interface SegmentPlan {
  id: 'attn' | 'mlp';
  norm: GptPartName;
  items: (MatrixItem | StackItem | OpItem)[];
  title: string;
  detail: TextSpan[];
}

const dims = (rows: number, cols: number): TextSpan[] => [
  { text: formatCount(rows), kind: 'neuron' },
  { text: ' × ' },
  { text: formatCount(cols), kind: 'synapse' },
];

/** What each branch holds, read from the block's parts (four projections, or the two circuits). */
export function planBlock(parts: readonly GptPart[]): SegmentPlan[] {
  const byName = new Map(parts.map((p) => [p.name, p]));
  const matrix = (part: GptPartName, name: string, reads: boolean, heads?: 'rows' | 'cols'): MatrixItem => {
    const p = byName.get(part);
    if (p === undefined) throw new Error(`planBlock: no part ${part}`);
    return { kind: 'matrix', part, name, rows: p.neurons, cols: p.synapsesPerNeuron, reads, heads };
  };
  const attend: OpItem = { kind: 'op', id: 'attend', label: 'attend' };
  const circuits = byName.has('attn.qk');
  const q = circuits ? matrix('attn.qk', 'QK', true) : matrix('attn.q', 'Q', true, 'rows');
  const attention: SegmentPlan = circuits
    ? {
        id: 'attn',
        norm: 'norm.attn',
        items: [q, attend, matrix('attn.ov', 'OV', true)],
        title: 'Attention as two circuits',
        detail: [{ text: 'QK, OV: ' }, ...dims(q.rows, q.cols), { text: ' each' }],
      }
    : {
        id: 'attn',
        norm: 'norm.attn',
        items: [
          { kind: 'stack', items: [q, matrix('attn.k', 'K', true, 'rows'), matrix('attn.v', 'V', true, 'rows')] },
          attend,
          matrix('attn.o', 'O', false, 'cols'),
        ],
        title: 'Attention',
        detail: [{ text: 'Q, K, V, O: ' }, ...dims(q.rows, q.cols), { text: ' each' }],
      };
  const key = matrix('mlp.key', 'key', true);
  const value = matrix('mlp.value', 'value', false);
  const mlp: SegmentPlan = {
    id: 'mlp',
    norm: 'norm.mlp',
    items: [key, { kind: 'op', id: 'gelu', label: 'GELU' }, value],
    title: 'MLP',
    detail: [{ text: 'key ' }, ...dims(key.rows, key.cols), { text: ' · value ' }, ...dims(value.rows, value.cols)],
  };
  return [attention, mlp];
}
