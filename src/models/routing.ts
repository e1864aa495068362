/** The sentence whose tokens the reader routes, one word a token. */
export const TOKENS = ['The', 'brain', 'keeps', 'most', 'of', 'its', 'neurons', 'quiet'] as const;

/** A fixed pseudo-random number in [0, 1) for each (token, expert): the same link always routes the same way. */
function noise(token: number, expert: number): number {
  let h = Math.imul(token + 1, 0x9e3779b1) ^ Math.imul(expert + 1, 0x85ebca77);
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  h = Math.imul(h ^ (h >>> 12), 0x297a2d39);
  return ((h ^ (h >>> 15)) >>> 0) / 2 ** 32;
}

/**
 * The router's output for one token: a softmax over one score per expert.
 * A trained router's scores come from the token's vector; these stand in for
 * them, fixed per token so the reader can compare tokens.
 */
export function routerWeights(token: number, nExperts: number): number[] {
  const logits = Array.from({ length: nExperts }, (_, e) => 4 * noise(token, e));
  const top = Math.max(...logits);
  const exps = logits.map((l) => Math.exp(l - top));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((x) => x / sum);
}

/** The `topK` experts with the highest weights, best first (ties to the lower number). */
export function chooseExperts(weights: readonly number[], topK: number): number[] {
  return weights
    .map((w, e) => ({ w, e }))
    .sort((a, b) => b.w - a.w || a.e - b.e)
    .slice(0, topK)
    .map(({ e }) => e);
}
