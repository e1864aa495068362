import type { Count } from '../../counting/index.js';

/** The parts table's order: as the text takes them, MLP first, then attention, then the parameters-only norms. */
const TABLE_ORDER = ['mlp.key', 'mlp.value', 'attn.q', 'attn.k', 'attn.v', 'attn.o', 'attn.qk', 'attn.ov'];

export function tableParts(count: Count): Count['parts'] {
  const rank = (name: string) => (TABLE_ORDER.includes(name) ? TABLE_ORDER.indexOf(name) : TABLE_ORDER.length);
  return [...count.parts].sort((a, b) => rank(a.name) - rank(b.name));
}

export const PART_LABELS: Readonly<Record<string, string>> = {
  'mlp.key': 'MLP key (W_key)',
  'mlp.value': 'MLP value (W_value)',
  'attn.q': 'Query (W_Q)',
  'attn.k': 'Key (W_K)',
  'attn.v': 'Value (W_V)',
  'attn.o': 'Output (W_O)',
  'attn.qk': 'QK circuit (W_Qᵀ W_K)',
  'attn.ov': 'OV circuit (W_O W_V)',
  'norm.attn': 'LayerNorm before attention',
  'norm.mlp': 'LayerNorm before the MLP',
};
