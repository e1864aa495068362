import { LiveFormula } from '../../components/LiveFormula.js';
import { partNamed } from '../../counting/index.js';
import { formatCount, formatRatio } from '../../format/numbers.js';
import attentionTex from './attention.tex';
import circuitsTex from './circuits.tex';
import type { GptView } from '../../models/gptShape.js';
import mlpTex from './mlp.tex';
import totalTex from './total.tex';

interface BlockFormulaProps {
  view: GptView;
  dModel: number;
  circuits: boolean;
  focus: string | null;
  onFocus: (id: string | null) => void;
}

/** The block's synapses in three lines, MLP, attention and the sum, with every term linked to its part. */
export function BlockFormula({ view, dModel, circuits, focus, onFocus }: BlockFormulaProps) {
  const { block: count, dFF } = view;
  const mlp = view.groups.mlp.synapses;
  const attn = view.groups.attn;
  // d_model² as the library counts it: one d × d attention matrix, W_Q or the QK circuit.
  const square = partNamed(count, circuits ? 'attn.qk' : 'attn.q').synapses;
  const k = count.synapses / square;
  const kShown = formatRatio(k);
  const d = formatCount(dModel);
  const values = {
    d,
    dff: formatCount(dFF),
    mlp: formatCount(mlp),
    attn: formatCount(attn.synapses),
    total: formatCount(count.synapses),
    rel: Number(kShown.replace(/,/g, '')) === k ? '=' : '≈',
    k: kShown,
  };
  const lines = [
    {
      id: 'mlp',
      label: 'MLP',
      template: mlpTex,
      speech: `MLP: key layer ${values.dff} neurons times ${d} synapses, plus value layer ${d} neurons times ${values.dff} synapses, is ${values.mlp} synapses.`,
    },
    {
      id: 'attn',
      label: circuits ? 'Attention, as circuits' : 'Attention',
      template: circuits ? circuitsTex : attentionTex,
      speech: circuits
        ? `Attention as two circuits, QK and OV, each ${d} neurons times ${d} synapses: ${values.attn} synapses.`
        : `Attention: W_Q, W_K, W_V and W_O, each ${d} neurons times ${d} synapses: ${values.attn} synapses.`,
    },
    {
      id: 'total',
      label: 'The block',
      template: totalTex,
      speech: `Block: ${values.mlp} plus ${values.attn} is ${values.total} synapses, ${values.rel === '=' ? '' : 'about '}${values.k} times d_model squared.`,
    },
  ];
  return (
    <div className="formula-lines">
      {lines.map((line) => (
        <div key={line.id} className="formula-line" data-line={line.id}>
          <p className="formula-label" aria-hidden="true">
            {line.label}
          </p>
          <LiveFormula
            template={line.template}
            values={values}
            speech={line.speech}
            focus={focus}
            onFocusTerm={onFocus}
          />
        </div>
      ))}
    </div>
  );
}
