import type { ResolvedGptSpec, ResolvedMoeSpec } from './gpt-spec.js';
import type { GptPart, MlpMatrix, MlpPrefix } from './part-names.js';
import { matrixPart, repeatPart, routedPart } from './parts.js';
import type { Part } from './types.js';

/**
 * One MLP with `width` neurons in its first layer, its parts named
 * `${prefix}.key/value` (plain) or `${prefix}.gate/up/down` (gated).
 */
export function mlpParts<P extends MlpPrefix>(
  s: ResolvedGptSpec,
  prefix: P,
  width: number,
  field: string,
): Part<`${P}.${MlpMatrix}`>[] {
  const name = (matrix: MlpMatrix) => `${prefix}.${matrix}` as const;
  const d = s.dModel;
  const bias = (rows: number) => (s.mlpBias ? rows : 0);
  if (s.mlp === 'plain') {
    return [matrixPart(name('key'), width, d, bias(width), field), matrixPart(name('value'), d, width, bias(d), field)];
  }
  return [
    matrixPart(name('gate'), width, d, bias(width), field),
    matrixPart(name('up'), width, d, bias(width), field),
    matrixPart(name('down'), d, width, bias(d), field),
  ];
}

/**
 * A sparse block's experts: the router (`moe.router`, nExperts neurons of
 * d_model synapses: one score per expert), the routed experts stacked
 * (`moe.experts.*`, every expert in the totals, topK of them in `active`),
 * the shared experts (`moe.shared.*`) and the shared experts' one-neuron gate
 * (`moe.shared_gate`).
 */
export function moeParts(s: ResolvedGptSpec, moe: ResolvedMoeSpec): GptPart[] {
  const parts: GptPart[] = [
    matrixPart('moe.router', moe.nExperts, s.dModel, moe.routerBias ? moe.nExperts : 0, 'moe.nExperts'),
  ];
  for (const expert of mlpParts(s, 'moe.experts', moe.dExpert, 'moe.dExpert')) {
    parts.push(routedPart(expert, moe.nExperts, moe.topK, 'moe.nExperts'));
  }
  if (moe.nShared > 0) {
    for (const expert of mlpParts(s, 'moe.shared', moe.dShared, 'moe.dShared')) {
      parts.push(repeatPart(expert, moe.nShared, 'moe.nShared'));
    }
  }
  if (moe.sharedGate) parts.push(matrixPart('moe.shared_gate', 1, s.dModel, 0, 'dModel'));
  return parts;
}
