import { biasNameOf } from './names.js';

/**
 * How a weight's output (neuron) dimension was chosen:
 * - `rows`: rows first, as PyTorch's `nn.Linear` stores a matrix and GGUF
 *   stores every one (its converters turn GPT-2's `Conv1D` round), or a
 *   square matrix, where either reading gives the same counts;
 * - `bias`: the dimension its bias matches (GPT-2's `Conv1D` stores
 *   `[in, out]`, gpt-oss's experts `[E, in, out]`, both with biases);
 * - `pair`: for stacked experts without biases, the layout in which the fused
 *   `gate_up_proj` is twice as wide as `down_proj`'s input (Llama 4 stores
 *   `[E, in, out]`, Mixtral and Qwen in transformers `[E, out, in]`);
 * - `assumed`: stacked experts that nothing in the file decides, read rows
 *   first. Their neurons rest on that assumption; their synapses and
 *   parameters do not.
 */
export type Orientation = 'rows' | 'bias' | 'pair' | 'assumed';

export interface Oriented {
  out: number;
  in: number;
  orientation: Orientation;
}

type Shapes = Readonly<Record<string, readonly number[]>>;

/** The partner of a stacked experts tensor that fixes its layout: `gate_up_proj` ↔ `down_proj`. */
function pairLayout(name: string, shapes: Shapes): 'rows' | 'transposed' | null {
  const gateUp = /gate_up_proj$/.test(name) ? name : name.replace(/down_proj$/, 'gate_up_proj');
  const down = gateUp.replace(/gate_up_proj$/, 'down_proj');
  if (gateUp === name && down === name) return null;
  const [, x, y] = shapes[gateUp] ?? [];
  const [, p, q] = shapes[down] ?? [];
  if (x === undefined || y === undefined || p === undefined || q === undefined) return null;
  const rows = x === 2 * q && y === p;
  const transposed = y === 2 * p && x === q;
  if (rows === transposed) return null;
  return rows ? 'rows' : 'transposed';
}

/**
 * Which of a weight's last two dimensions `[a, b]` is its neurons (out) and
 * which its synapses per neuron (in), and how that was decided. With
 * `rowsFirst`, the file's format stores every weight rows first (GGUF does).
 */
export function orient(
  name: string,
  shape: readonly number[],
  shapes: Shapes,
  { stacked, rowsFirst }: { stacked: boolean; rowsFirst: boolean },
): Oriented {
  const a = shape.at(-2)!;
  const b = shape.at(-1)!;
  const rows: Oriented = { out: a, in: b, orientation: 'rows' };
  const transposed: Oriented = { out: b, in: a, orientation: 'bias' };
  if (a === b || rowsFirst) return rows;
  const bias = shapes[biasNameOf(name)];
  const biasWidth = bias?.at(-1);
  if (biasWidth === a) return { ...rows, orientation: 'bias' };
  if (biasWidth === b) return transposed;
  if (!stacked) return rows;
  const pair = pairLayout(name, shapes);
  if (pair === 'rows') return { ...rows, orientation: 'pair' };
  if (pair === 'transposed') return { ...transposed, orientation: 'pair' };
  return { ...rows, orientation: 'assumed' };
}
