import { countOf } from './parts.js';
import type { Count, Part } from './types.js';

/** The matrices of one MLP: `key`, `value` (plain) or `gate`, `up`, `down` (gated). */
export type MlpMatrix = 'key' | 'value' | 'gate' | 'up' | 'down';

/** Where an MLP's parts sit: a dense block's MLP, a sparse block's routed experts or its shared experts. */
export type MlpPrefix = 'mlp' | 'moe.experts' | 'moe.shared';

/**
 * Every part name countGpt, countGptBlock and countAttentionCircuits give,
 * so that a misspelt name is a type error. The first segment is the part's
 * {@link GptPartGroup}.
 *
 * @example 'attn.q' (the query projection), 'mlp.key', 'norm.attn.post', 'lm_head'
 */
export type GptPartName =
  | 'norm.attn'
  | 'norm.attn.post'
  | 'norm.mlp'
  | 'norm.mlp.post'
  | 'norm.final'
  | 'norm.q'
  | 'norm.k'
  | 'norm.q_a'
  | 'norm.kv_a'
  | 'attn.q'
  | 'attn.k'
  | 'attn.v'
  | 'attn.o'
  | 'attn.q_a'
  | 'attn.q_b'
  | 'attn.kv_a'
  | 'attn.kv_b'
  | 'attn.sinks'
  | 'attn.qk'
  | 'attn.ov'
  | `${MlpPrefix}.${MlpMatrix}`
  | 'moe.router'
  | 'moe.shared_gate'
  | 'embed.tokens'
  | 'embed.positions'
  | 'lm_head';

/** The group of a name: what comes before its first dot, or the whole name (`lm_head`). */
export type GroupOf<N extends string> = N extends `${infer G}.${string}` ? G : N;

/** `attn`, `mlp`, `moe`, `norm`, `embed` or `lm_head`. */
export type GptPartGroup = GroupOf<GptPartName>;

/** The part names in `group`: `PartIn<'mlp'>` is `'mlp.key' | 'mlp.value' | …`. */
export type PartIn<G extends GptPartGroup> = Extract<GptPartName, G | `${G}.${string}`>;

/** A GPT's part and count, their names from {@link GptPartName}. */
export type GptPart = Part<GptPartName>;
export type GptCount = Count<GptPartName>;

/** Anything that lists parts: a {@link Count}, or `{ parts }` alone. */
export interface PartsOf<N extends string> {
  readonly parts: readonly Part<N>[];
}

/** The group of a part name: `groupOf('norm.attn.post')` is `'norm'`, `groupOf('lm_head')` is `'lm_head'`. */
export function groupOf<N extends string>(name: N): GroupOf<N> {
  return name.split('.')[0] as GroupOf<N>;
}

/**
 * The parts of `count` in `group`, summed by countOf: `sumGroup(countGptBlock(spec), 'attn')`
 * is attention's neurons, synapses and parameters, with its parts. A group the
 * model lacks (`lm_head` when tied) sums to zero.
 */
export function sumGroup<G extends GptPartGroup>(count: PartsOf<GptPartName>, group: G): Count<PartIn<G>> {
  const inGroup = (part: GptPart): part is Part<PartIn<G>> => groupOf(part.name) === group;
  return countOf(count.parts.filter(inGroup), group);
}

/** The part of `count` named `name`, or undefined where the model has none (`lm_head` when tied). */
export function findPart<N extends string>(count: PartsOf<N>, name: NoInfer<N>): Part<N> | undefined {
  return count.parts.find((part) => part.name === name);
}

/** The part of `count` named `name`; an Error naming it if the model has none. */
export function partNamed<N extends string>(count: PartsOf<N>, name: NoInfer<N>): Part<N> {
  const part = findPart(count, name);
  if (part === undefined) throw new Error(`partNamed: no part named "${name}"`);
  return part;
}
