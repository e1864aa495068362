import { product, SizeError, wholeNumber } from '../errors.js';
import { countOf } from '../parts.js';
import type { Count, Usage } from '../types.js';
import { classify, type TensorPart, type TensorShapes } from './classify.js';
import { layerOf } from './names.js';

/** The tensors of one numbered layer (or, with `key` null, of none), with their totals. */
export interface TensorLayer extends Omit<Count, 'active'> {
  key: string | null;
  parts: TensorPart[];
  /** Routed experts in the layer (0 for a dense layer). */
  experts: number;
  active?: Usage;
}

/** A model counted from its tensors: totals, every tensor in file order, and the tensors by layer. */
export interface TensorsCount extends Omit<Count, 'active'> {
  parts: TensorPart[];
  layers: TensorLayer[];
  /** Present when `topK` was given. */
  active?: Usage;
}

export interface CountTensorsOptions {
  /** Routed experts each token uses (a config's `num_experts_per_tok`); adds `active` counts. */
  topK?: number;
  /**
   * Every weight is stored rows first, whatever its biases or its pair
   * suggest: true of GGUF, whose converters turn weights stored `[in, out]` round.
   */
  rowsFirst?: boolean;
}

const COUNTS = ['neurons', 'synapses', 'parameters'] as const;
const zero = (): Usage => ({ neurons: 0, synapses: 0, parameters: 0 });

function add(into: Usage, from: Usage, times: number, field: string) {
  for (const key of COUNTS) into[key] = wholeNumber(into[key] + product(field, from[key], times), field, 0);
}

/** Layers in order: tensors outside any layer first, then by prefix and number (`layers.2` before `layers.10`). */
function byLayer(parts: readonly TensorPart[]): Map<string | null, TensorPart[]> {
  const keys = [...new Set(parts.map((p) => p.layer))].sort((x, y) => {
    if (x === null || y === null) return x === y ? 0 : x === null ? -1 : 1;
    const a = layerOf(`${x}.`)!;
    const b = layerOf(`${y}.`)!;
    return a.prefix === b.prefix ? a.index - b.index : a.prefix.localeCompare(b.prefix, 'en');
  });
  const groups = new Map<string | null, TensorPart[]>(keys.map((key) => [key, []]));
  for (const part of parts) groups.get(part.layer)!.push(part);
  return groups;
}

/** Routed experts in a layer: the E of its stacked tensors, or how many experts have tensors of their own. */
function expertsIn(parts: readonly TensorPart[]): number {
  const stacked = parts.filter((p) => p.experts > 0 && p.expert === undefined).map((p) => p.experts);
  const single = new Set(parts.flatMap((p) => (p.expert === undefined ? [] : [p.expert]))).size;
  return Math.max(0, single, ...stacked);
}

/**
 * What one token uses of a layer: every tensor that is not a routed expert,
 * and `topK` of its experts, whether stacked (`[E, out, in]`, E experts of
 * equal size) or one tensor per expert (then every expert must be the same size).
 */
function activeOf(key: string | null, parts: readonly TensorPart[], topK: number): Usage {
  const field = `topK (in ${key ?? 'the tensors outside the layers'})`;
  const experts = expertsIn(parts);
  if (topK > experts && experts > 0)
    throw new SizeError('topK', `(${topK}) is more than the ${experts} experts of ${key}`);
  const active = zero();
  const perExpert = new Map<number, Usage>();
  for (const part of parts) {
    if (part.experts === 0) add(active, part, 1, field);
    else if (part.expert !== undefined) {
      const sum = perExpert.get(part.expert) ?? zero();
      add(sum, part, 1, field);
      perExpert.set(part.expert, sum);
    } else {
      const one = {
        neurons: part.neurons / part.experts,
        synapses: part.synapses / part.experts,
        parameters: part.parameters / part.experts,
      };
      add(active, one, topK, field);
    }
  }
  const sizes = [...perExpert.values()];
  if (sizes.some((size) => COUNTS.some((k) => size[k] !== sizes[0]![k]))) {
    throw new SizeError('topK', `cannot tell which experts of ${key} a token uses: they differ in size`);
  }
  if (sizes.length > 0) add(active, sizes[0]!, topK, field);
  return active;
}

/**
 * Counts a model from the shapes of its tensors alone: `{ name: shape }`, as
 * a safetensors or GGUF header lists them (outermost dimension first). Each
 * tensor is read by its rank and name (see {@link TensorKind}): 2‑D weights
 * `[out, in]` are out neurons of in synapses, conv kernels `[out, in/g, k…]`
 * out neurons of (in/g)·∏k synapses, stacked experts `[E, out, in]` E·out
 * neurons; embedding tables (named `embed_tokens`, `wte`, `tok_embeddings`,
 * `token_embd`… see LOOKUP_SEGMENTS), biases and 1‑D norms are parameters only.
 *
 * @example countTensors({ 'fc.weight': [10, 784], 'fc.bias': [10] })
 *          // { neurons: 10, synapses: 7840, parameters: 7850, … }
 */
export function countTensors(shapes: TensorShapes, options: CountTensorsOptions = {}): TensorsCount {
  if (typeof shapes !== 'object' || shapes === null || Array.isArray(shapes)) {
    throw new SizeError('shapes', 'must be an object of tensor names and shapes');
  }
  const topK = options.topK === undefined ? undefined : wholeNumber(options.topK, 'topK');
  const rowsFirst = options.rowsFirst === true;
  const parts = Object.entries(shapes).map(([name, shape]) => classify(name, shape, shapes, rowsFirst));
  const total = countOf(parts, 'shapes');
  const active = topK === undefined ? undefined : zero();
  const layers: TensorLayer[] = [];
  for (const [key, group] of byLayer(parts)) {
    const layer: TensorLayer = { ...countOf(group, key ?? 'shapes'), key, parts: group, experts: expertsIn(group) };
    if (topK !== undefined && active !== undefined) {
      layer.active = activeOf(key, group, topK);
      add(active, layer.active, 1, 'topK');
    }
    layers.push(layer);
  }
  return { ...total, parts, layers, ...(active === undefined ? {} : { active }) };
}
