/**
 * The appendix's key–value figure as arithmetic: 3 inputs → 8 key neurons (an
 * activation) → 2 value neurons, y = W_value · act(W_key · x), with fixed
 * weights and no biases. Pure functions of the input; nothing here draws.
 */

export type Vec2 = readonly [number, number];
export type Vec3 = readonly [number, number, number];

/** `relu` keeps positive key outputs and silences negative ones; `none` passes them through (a linear MLP). */
export type Activation = 'relu' | 'none';

/**
 * W_key, 8 × 3: row i is key neuron i's three synapses. The rows are the
 * corners of a cube, (±1, ±1, ±1): eight directions spread evenly around the
 * input sphere, so every input switches on the keys whose corner lies on its
 * side — half of them, since a corner and its opposite never fire together.
 * They are listed in Gray-code order (neighbours differ in one sign), so a
 * small move of x hands the output from one key to the next. Entries of ±1
 * keep the arithmetic checkable by hand: k₂ = relu(x₁ + x₂ − x₃).
 */
export const W_KEY: readonly Vec3[] = [
  [1, 1, 1],
  [1, 1, -1],
  [1, -1, -1],
  [1, -1, 1],
  [-1, -1, 1],
  [-1, -1, -1],
  [-1, 1, -1],
  [-1, 1, 1],
];

/**
 * The columns of W_value (2 × 8): column i is the direction key neuron i
 * writes into the 2-D output. The eight compass directions, 45° apart in key
 * order, so the output turns as the input turns. A key and its opposite get
 * directions 135° apart, not 180°: with opposite directions,
 * relu(a)·v + relu(−a)·(−v) = a·v and the ReLU would cancel out, leaving the
 * layer linear.
 */
export const VALUE_COLUMNS: readonly Vec2[] = [
  [1, 0],
  [1, 1],
  [0, 1],
  [-1, 1],
  [-1, 0],
  [-1, -1],
  [0, -1],
  [1, -1],
];

/** W_value, 2 × 8, by rows: row j is value neuron j's eight synapses. */
export const W_VALUE: readonly (readonly number[])[] = [0, 1].map((j) => VALUE_COLUMNS.map((column) => column[j]!));

export const INPUTS = W_KEY[0]!.length;
export const KEYS = W_KEY.length;
export const VALUES = W_VALUE.length;

/** W_key · x: what each key neuron adds up before its activation. */
export function preActivations(x: Vec3): number[] {
  return W_KEY.map((row) => row[0] * x[0] + row[1] * x[1] + row[2] * x[2]);
}

export function activate(z: number, activation: Activation): number {
  // `+ 0` turns −0 into 0, so a silenced key never prints as "−0".
  return activation === 'relu' ? Math.max(0, z) + 0 : z;
}

/** h = act(W_key · x): the eight key neurons' outputs, one number each. */
export function keyOutputs(x: Vec3, activation: Activation): number[] {
  return preActivations(x).map((z) => activate(z, activation));
}

/** Row view: value neuron j outputs the dot product of row j of W_value with h. */
export function rowView(h: readonly number[]): Vec2 {
  const [y1, y2] = W_VALUE.map((row) => row.reduce((sum, w, i) => sum + w * h[i]!, 0));
  return [y1!, y2!];
}

/** One step of the column view: key `key`'s column scaled by its output, placed where the step before ended. */
export interface ColumnTerm {
  key: number;
  /** h_key · column `key`. */
  vector: Vec2;
  from: Vec2;
  to: Vec2;
}

const TURN = 2 * Math.PI;

/**
 * The order to lay non-zero vectors head to tail: by direction, starting just
 * after the widest gap between neighbouring directions. The path then bends
 * one way only and never doubles back over itself (a step up followed by a
 * step down would hide one under the other). The sum does not depend on it.
 */
export function chainOrder(vectors: readonly Vec2[]): number[] {
  const byAngle = vectors
    .map(([a, b], i) => ({ i, angle: (Math.atan2(b, a) + TURN) % TURN, zero: a === 0 && b === 0 }))
    .filter((v) => !v.zero)
    .sort((p, q) => p.angle - q.angle || p.i - q.i);
  let start = 0;
  let widest = -1;
  byAngle.forEach((v, k) => {
    const previous = byAngle[(k + byAngle.length - 1) % byAngle.length]!;
    const gap = (v.angle - previous.angle + TURN) % TURN || (byAngle.length === 1 ? TURN : 0);
    if (gap > widest) {
      widest = gap;
      start = k;
    }
  });
  return [...byAngle.slice(start), ...byAngle.slice(0, start)].map((v) => v.i);
}

/**
 * Column view: y = Σᵢ hᵢ · (column i of W_value). Each key with a non-zero
 * output contributes one step, laid head to tail in {@link chainOrder}.
 */
export function columnView(h: readonly number[]): { terms: ColumnTerm[]; output: Vec2 } {
  const vectors = VALUE_COLUMNS.map(([a, b], i): Vec2 => [h[i]! * a, h[i]! * b]);
  let at: Vec2 = [0, 0];
  const terms = chainOrder(vectors).map((key) => {
    const vector = vectors[key]!;
    const to: Vec2 = [at[0] + vector[0], at[1] + vector[1]];
    const term = { key, vector, from: at, to };
    at = to;
    return term;
  });
  return { terms, output: at };
}

/** Indices of the keys whose output is not zero. */
export function activeKeys(h: readonly number[]): number[] {
  return h.flatMap((value, i) => (value === 0 ? [] : [i]));
}

/** The largest |W_key · x| over inputs with every |xₖ| ≤ limit: the bars' full scale. */
export function keyBound(limit: number): number {
  return Math.max(...W_KEY.map((row) => row.reduce((sum, w) => sum + Math.abs(w), 0))) * limit;
}

/**
 * How far from the origin (largest |coordinate|) the column view's head-to-tail
 * path can get for inputs in [−limit, limit]³. The plot uses it as a fixed
 * scale, so arrows keep comparable lengths while the reader drags.
 *
 * The path is linear in x wherever the same keys are on, so its extremes lie
 * where keys switch (±x₁ ± x₂ ± x₃ = 0) meet each other or the cube's faces:
 * at points whose coordinates are all −limit, 0 or limit. Those 27 are
 * checked here; maths.test.ts checks the result against every slider position.
 */
export function columnReach(activation: Activation, limit: number): number {
  const levels = [-limit, 0, limit];
  let reach = 0;
  for (const a of levels) {
    for (const b of levels) {
      for (const c of levels) {
        for (const term of columnView(keyOutputs([a, b, c], activation)).terms) {
          reach = Math.max(reach, Math.abs(term.to[0]), Math.abs(term.to[1]));
        }
      }
    }
  }
  return reach;
}
