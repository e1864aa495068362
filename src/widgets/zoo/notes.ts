import { countGptBlock, findPart, matchesPublished, resolveGptSpec, type GptSpec } from '../../counting/index.js';
import type { CountRow } from '../../components/CountTable.js';
import { standardRows } from '../../components/CountTable.js';
import { formatCount, formatQuantity } from '../../format/numbers.js';
import { compareWithPublished, UNITS } from '../../models/published.js';
import type { ZooRow } from './rows.js';

const n = formatCount;
const UNIT_WORDS: Readonly<Record<string, string>> = { K: 'thousand', M: 'million', B: 'billion' };

/** How a preset's count compares with the figure its source prints, and why when they differ. */
export function publishedNote(row: ZooRow): { matches: boolean; printed: string; reason?: string } | undefined {
  const { preset } = row;
  if (preset === undefined) return undefined;
  const printed = preset.published.as;
  if (matchesPublished(preset, row.count.parameters)) return { matches: true, printed };
  if (preset.published.note !== undefined) return { matches: false, printed, reason: preset.published.note };
  if (preset.kind !== 'gpt') return { matches: false, printed };
  const s = resolveGptSpec(preset.spec);
  const width = s.nHeads * s.dHead;
  if (width !== s.dModel) {
    const reason = `Its ${s.nHeads} heads of ${s.dHead} make ${n(width)}, not its d_model of ${n(s.dModel)}: the row does not add up, and is kept as printed.`;
    return { matches: false, printed, reason };
  }
  // Said as the GPT‑3 chapter says it: the same count, rounded to the table's precision and to the name's.
  const { counted } = compareWithPublished(preset.published, row.count.parameters);
  const unit = /([KMB])$/.exec(printed)?.[1];
  const whole = unit === undefined ? undefined : `${Math.round(row.count.parameters / UNITS[unit]!)}${unit}`;
  const named = whole !== undefined && preset.name.endsWith(` ${whole}`);
  const reason =
    `Rounded as the table prints it, the count is ${counted}, not ${printed}` +
    (named ? `; to the nearest ${UNIT_WORDS[unit!]} it is ${whole}, as in the model’s name.` : '.');
  return { matches: false, printed, reason };
}

/** What the library read from a config, with every default filled in, as label–value pairs. */
export function readSummary(spec: GptSpec): [string, string][] {
  const s = resolveGptSpec(spec);
  const yesNo = (on: boolean) => (on ? 'yes' : 'no');
  const summary: [string, string][] = [
    ['d_model', n(s.dModel)],
    ['n_layers', n(s.nLayers)],
    ['n_heads', n(s.nHeads)],
  ];
  const m = s.latentAttention;
  if (m === null) {
    summary.push(
      ['key/value heads', s.nKvHeads === s.nHeads ? `${n(s.nKvHeads)} (one per head)` : `${n(s.nKvHeads)} (grouped)`],
      ['d_head', n(s.dHead)],
    );
  } else {
    const query = m.qLoraRank === null ? 'queries direct' : `query latent ${n(m.qLoraRank)}`;
    summary.push(['latent attention', `${query}, key/value latent ${n(m.kvLoraRank)}`]);
  }
  summary.push(['d_ff', n(s.dFF)], ['MLP', s.mlp === 'gated' ? 'gated: gate, up, down' : 'plain: key, value']);
  if (s.moe !== null) {
    const { nExperts, topK, dExpert, nShared, denseLayers } = s.moe;
    const shared = nShared > 0 ? `, ${n(nShared)} shared` : '';
    summary.push(['experts', `${n(topK)} of ${n(nExperts)} routed, ${n(dExpert)} wide${shared}`]);
    if (denseLayers.length > 0) summary.push(['dense blocks', n(denseLayers.length)]);
  }
  summary.push(
    ['attention biases', s.attentionBias === 'qkv' ? 'on q, k, v only' : yesNo(s.attentionBias)],
    ['MLP biases', yesNo(s.mlpBias)],
    ['norm', s.norm === 'rmsnorm' ? 'RMSNorm (weight only)' : 'LayerNorm (weight and bias)'],
  );
  if (s.blockNorms !== 'pre') summary.push(['block norms', s.blockNorms === 'post' ? 'after' : 'before and after']);
  if (s.qkNorm !== 'none') summary.push(['query/key norms', s.qkNorm === 'head' ? 'per head' : 'over all heads']);
  summary.push(
    ['vocabulary', n(s.vocabSize)],
    ['positions', s.positions === 'learned' ? `learned, ${n(s.contextLength)}` : s.positions],
    [
      'LM head',
      s.tiedEmbeddings
        ? 'tied to the token embedding: no neurons of its own'
        : `its own weights: ${n(s.vocabSize)} neurons of ${n(s.dModel)} synapses`,
    ],
  );
  return summary;
}

/** The four counts of a model, each with how it is made from the model's numbers. */
export function detailRows(row: ZooRow): CountRow[] {
  const { count } = row;
  const spec = row.preset?.kind === 'network' ? undefined : (row.preset?.spec ?? row.imported?.spec);
  const block = spec === undefined ? undefined : countGptBlock(spec);
  const layers = count.parts.filter((p) => p.neurons > 0).length;
  // An untied LM head is a layer of its own after the blocks (see countGpt); a tied one adds nothing.
  const head = findPart(count, 'lm_head');
  // Blocks times one block only where the blocks are all alike (no dense blocks among sparse ones).
  const perBlock = (key: 'neurons' | 'synapses') => {
    if (spec === undefined || block === undefined) return undefined;
    const inHead = head?.[key] ?? 0;
    if (count[key] - inHead !== spec.nLayers * block[key]) return undefined;
    const blockwise = `${formatQuantity(spec.nLayers, 'blocks')} × ${n(block[key])}`;
    return head === undefined ? blockwise : `${blockwise} + ${n(inHead)} in the LM head`;
  };
  const blocksAndHead = `${formatQuantity(spec?.nLayers ?? 0, 'blocks')}${head === undefined ? '' : ' and the LM head'}`;
  const how: Record<string, string | undefined> = {
    neurons:
      perBlock('neurons') ?? `summed over ${spec === undefined ? formatQuantity(layers, 'layers') : blocksAndHead}`,
    'per-neuron': `${n(count.synapses)} ÷ ${n(count.neurons)}`,
    synapses: perBlock('synapses') ?? 'each layer’s neurons × synapses per neuron',
    parameters: `${n(count.synapses)} synapses + ${n(count.parameters - count.synapses)} in no weight row (biases, norms, embeddings)`,
  };
  return standardRows(count).map((r) => ({ ...r, how: how[r.id] }));
}
