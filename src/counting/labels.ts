import type { GptPartName } from './part-names.js';

/**
 * What a reader sees for each GPT part name, in every table, diagram and
 * download that labels parts. One label per name, typed so that a part the
 * library can produce cannot go unlabelled.
 *
 * @example PART_LABELS['attn.q'] → 'Attention query (W_Q)'
 */
export const PART_LABELS: Readonly<Record<GptPartName, string>> = {
  'norm.attn': 'Norm before attention',
  'attn.q': 'Attention query (W_Q)',
  'attn.k': 'Attention key (W_K)',
  'attn.v': 'Attention value (W_V)',
  'attn.o': 'Attention output (W_O)',
  'attn.qk': 'QK circuit (W_Qᵀ W_K)',
  'attn.ov': 'OV circuit (W_O W_V)',
  'attn.q_a': 'Attention query, down to its latent',
  'norm.q_a': 'Norm of the query latent',
  'attn.q_b': 'Attention query, up from its latent',
  'attn.kv_a': 'Attention key and value, down to their latent',
  'norm.kv_a': 'Norm of the key/value latent',
  'attn.kv_b': 'Attention key and value, up from their latent',
  'norm.q': 'Norm of the queries',
  'norm.k': 'Norm of the keys',
  'attn.sinks': 'Attention sinks (a logit per head)',
  'norm.attn.post': 'Norm after attention',
  'norm.mlp': 'Norm before the MLP',
  'mlp.key': 'MLP key (W_key)',
  'mlp.value': 'MLP value (W_value)',
  'mlp.gate': 'MLP gate',
  'mlp.up': 'MLP up',
  'mlp.down': 'MLP down',
  'moe.router': 'Router (one neuron per expert)',
  'moe.experts.key': 'Routed experts’ key layers, all of them',
  'moe.experts.value': 'Routed experts’ value layers, all of them',
  'moe.experts.gate': 'Routed experts’ gate layers, all of them',
  'moe.experts.up': 'Routed experts’ up layers, all of them',
  'moe.experts.down': 'Routed experts’ down layers, all of them',
  'moe.shared.key': 'Shared experts’ key layers',
  'moe.shared.value': 'Shared experts’ value layers',
  'moe.shared.gate': 'Shared experts’ gate layers',
  'moe.shared.up': 'Shared experts’ up layers',
  'moe.shared.down': 'Shared experts’ down layers',
  'moe.shared_gate': 'Shared experts’ output gate',
  'norm.mlp.post': 'Norm after the MLP',
  'norm.final': 'Final norm',
  'embed.tokens': 'Token embedding',
  'embed.positions': 'Position embedding',
  lm_head: 'LM head (untied)',
};

/** Whether `id` is a part name the GPT counters give (`'attn.q'` yes, `'attn'` or `'d_head'` no). */
export const isGptPartName = (id: string): id is GptPartName => Object.hasOwn(PART_LABELS, id);
