import { describe, expect, it } from 'vitest';
import { chooseExperts, routerWeights, TOKENS } from './routing.js';

describe('routing', () => {
  it('gives each expert a weight, the weights summing to 1', () => {
    for (const n of [1, 8, 256]) {
      const weights = routerWeights(2, n);
      expect(weights).toHaveLength(n);
      expect(weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
      expect(Math.min(...weights)).toBeGreaterThan(0);
    }
  });

  it('routes the same token the same way every time, and different tokens differently', () => {
    expect(routerWeights(3, 64)).toEqual(routerWeights(3, 64));
    const choices = TOKENS.map((_, t) => chooseExperts(routerWeights(t + 1, 64), 4).join());
    expect(new Set(choices).size).toBe(TOKENS.length);
  });

  it('chooses top_k distinct experts, best first, none lighter than one it skips', () => {
    const weights = routerWeights(5, 32);
    const chosen = chooseExperts(weights, 6);
    expect(new Set(chosen).size).toBe(6);
    for (let i = 1; i < chosen.length; i += 1)
      expect(weights[chosen[i - 1]!]!).toBeGreaterThanOrEqual(weights[chosen[i]!]!);
    const lightestChosen = Math.min(...chosen.map((e) => weights[e]!));
    const skipped = weights.filter((_, e) => !chosen.includes(e));
    expect(Math.max(...skipped)).toBeLessThanOrEqual(lightestChosen);
  });

  it('with one expert and top-1, sends every token to it', () => {
    for (let t = 1; t <= TOKENS.length; t += 1) expect(chooseExperts(routerWeights(t, 1), 1)).toEqual([0]);
  });
});
