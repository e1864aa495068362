import type { GptCount, GptPart, GptPartName } from '../../counting/index.js';

/** The parts table's order: as the text takes them, MLP first, then attention, then the parameters-only norms. */
const TABLE_ORDER: readonly GptPartName[] = [
  'mlp.key',
  'mlp.value',
  'attn.q',
  'attn.k',
  'attn.v',
  'attn.o',
  'attn.qk',
  'attn.ov',
];

export function tableParts(count: GptCount): GptPart[] {
  const rank = (name: GptPartName) => (TABLE_ORDER.includes(name) ? TABLE_ORDER.indexOf(name) : TABLE_ORDER.length);
  return [...count.parts].sort((a, b) => rank(a.name) - rank(b.name));
}
