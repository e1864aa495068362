import { useMemo } from 'react';
import { useStore } from 'zustand';
import { standardRows } from '../../components/CountTable.js';
import { LiveFormula } from '../../components/LiveFormula.js';
import { ParamControl } from '../../components/ParamControl.js';
import { WidgetFrame } from '../../components/WidgetFrame.js';
import { countNervousSystem, HUMAN_BRAIN, sumGroup } from '../../counting/index.js';
import { BrainChart } from '../../diagrams/gpt3/BrainChart.js';
import { layoutBrainChart, type ChartMetric } from '../../diagrams/gpt3/layoutBrainChart.js';
import { Sized } from '../../diagrams/Sized.js';
import { COMPACT_WIDTH, useWidth } from '../../diagrams/useWidth.js';
import { formatCompact, formatCount, formatQuantity, formatRatio } from '../../format/numbers.js';
import { view } from '../../models/gptShape.js';
import { useWidgetStore, type WidgetProps } from '../../state/useWidgetStore.js';
import { HeadsNote } from '../gpt-sizes/HeadsNote.js';
import { presetMatching } from '../gpt-sizes/schema.js';
import { useSizes } from '../gpt-sizes/useSizes.js';
import { FormulaLine } from './FormulaLine.js';
import { gptTotalsModel } from './model.js';
import neuronsFormula from './neurons.tex';
import neuronsUntiedFormula from './neurons-untied.tex';
import perNeuronFormula from './perNeuron.tex';
import synapsesFormula from './synapses.tex';
import synapsesUntiedFormula from './synapses-untied.tex';

const brain = countNervousSystem(HUMAN_BRAIN);
const BRAIN_NAME = `${HUMAN_BRAIN.name} brain`;

export default function GptTotalsWidget(props: WidgetProps) {
  const { store } = useWidgetStore(gptTotalsModel, props);
  const sizes = useSizes(store);
  const focus = useStore(store, (s) => s.focus);
  const predict = useStore(store, (s) => s.predict);
  const { setFocus } = store.getState();

  // The model's view, once per change of its sizes: the whole model, and one block's MLP and attention.
  const shown = useMemo(() => view(sizes), [sizes]);
  const count = shown.model;
  const block = shown.groups;
  // An untied LM head is one more layer of neurons (see countGpt); a tied one adds none.
  const head = useMemo(() => sumGroup(count, 'lm_head'), [count]);
  const untied = head.neurons > 0;
  const name = useMemo(() => presetMatching(sizes)?.name ?? 'This model', [sizes]);

  const metrics = useMemo<ChartMetric[]>(
    () => [
      { id: 'neurons', label: 'Neurons', kind: 'neuron', model: predict ? null : count.neurons, brain: brain.neurons },
      {
        id: 'synapses',
        label: 'Synapses',
        kind: 'synapse',
        model: predict ? null : count.synapses,
        brain: brain.synapses,
      },
      {
        id: 'per-neuron',
        label: 'Synapses per neuron',
        kind: 'synapse',
        model: predict ? null : count.synapsesPerNeuron,
        brain: brain.synapsesPerNeuron,
      },
    ],
    [count, predict],
  );
  const [chartRef, chartWidth] = useWidth<HTMLDivElement>();
  // The groups' ratios, which the text reads, are the same at any width.
  const layout = useMemo(
    () => layoutBrainChart(metrics, { model: name, brain: BRAIN_NAME }, { width: chartWidth ?? COMPACT_WIDTH }),
    [metrics, name, chartWidth],
  );

  const L = formatCount(sizes.nLayers);
  const perBlock = block.mlp.synapses + block.attn.synapses;
  const plusHead = (n: number) => (untied ? ` + ${formatCount(n)}` : '');
  const rows = standardRows(count).map((row) => ({
    ...row,
    how: {
      neurons: `${L} × ${formatCount(block.mlp.neurons + block.attn.neurons)}${plusHead(head.neurons)}`,
      'per-neuron': 'synapses ÷ neurons',
      synapses: `${L} × ${formatCount(perBlock)}${plusHead(head.synapses)}`,
      parameters: `synapses + ${formatCompact(count.parameters - count.synapses) ?? formatCount(count.parameters - count.synapses)}`,
    }[row.id],
  }));

  const S = formatCount(count.synapses);
  const N = formatCount(count.neurons);
  const r = formatRatio(count.synapsesPerNeuron);
  const blocks = formatQuantity(sizes.nLayers, 'blocks');
  const headSpeech = (n: number) => (untied ? `, plus ${formatCount(n)} in the LM head,` : '');
  const formula = (
    <div className="formula-lines">
      <FormulaLine id="synapses" focus={focus} onFocus={setFocus}>
        <LiveFormula
          template={untied ? synapsesUntiedFormula : synapsesFormula}
          values={{
            S,
            L,
            mlp: formatCount(block.mlp.synapses),
            attn: formatCount(block.attn.synapses),
            head: formatCount(head.synapses),
          }}
          speech={`Synapses: ${blocks} times (${formatCount(block.mlp.synapses)} in the MLP plus ${formatCount(block.attn.synapses)} in attention)${headSpeech(head.synapses)} = ${S}.`}
        />
      </FormulaLine>
      <FormulaLine id="neurons" focus={focus} onFocus={setFocus}>
        <LiveFormula
          template={untied ? neuronsUntiedFormula : neuronsFormula}
          values={{
            N,
            L,
            mlp: formatCount(block.mlp.neurons),
            attn: formatCount(block.attn.neurons),
            head: formatCount(head.neurons),
          }}
          speech={`Neurons: ${blocks} times (${formatCount(block.mlp.neurons)} in the MLP plus ${formatCount(block.attn.neurons)} in attention)${headSpeech(head.neurons)} = ${N}.`}
        />
      </FormulaLine>
      <FormulaLine id="per-neuron" focus={focus} onFocus={setFocus}>
        <LiveFormula
          template={perNeuronFormula}
          values={{ r, S, N }}
          speech={`Synapses per neuron: ${S} ÷ ${N} = ${r}.`}
        />
      </FormulaLine>
    </div>
  );

  const brainNeurons = formatCount(brain.neurons);
  const brainSynapses = formatCount(brain.synapses);
  const brainText =
    `${BRAIN_NAME}: about ${brainNeurons} neurons, ${brainSynapses} synapses, ` +
    `${formatQuantity(brain.synapsesPerNeuron, 'synapses')} per neuron.`;
  const description = predict
    ? `Log-scale bars. ${name}: counts hidden. ${brainText}`
    : `Log-scale bars. ${name}: ${N} neurons, ${S} synapses, ${r} synapses per neuron. ${brainText} ` +
      layout.groups.map((g) => `${g.label}: ${g.ratio}.`).join(' ');

  const diagram = (
    <div ref={chartRef} className="gpt-chart">
      <Sized width={chartWidth}>
        {(width) => (
          <BrainChart
            layout={
              width === layout.width ? layout : layoutBrainChart(metrics, { model: name, brain: BRAIN_NAME }, { width })
            }
            focus={focus}
            onFocus={setFocus}
            description={description}
          />
        )}
      </Sized>
    </div>
  );

  return (
    <WidgetFrame
      model={gptTotalsModel}
      store={store}
      controls={
        <>
          <ParamControl model={gptTotalsModel} store={store} name="nLayers" />
          <ParamControl model={gptTotalsModel} store={store} name="dModel" />
          <HeadsNote sizes={sizes} />
        </>
      }
      diagram={diagram}
      formula={formula}
      rows={rows}
      caption={
        <>
          The model’s totals count its {blocks}
          {untied
            ? ' and its LM head, which has weights of its own'
            : ' (its LM head is tied to the token embedding)'}. {BRAIN_NAME}: about {formatCompact(brain.neurons)}{' '}
          neurons ({HUMAN_BRAIN.cite}) × about {formatCount(brain.synapsesPerNeuron)} synapses each, a commonly quoted
          average, = about {formatCompact(brain.synapses)} synapses.
        </>
      }
      summary={`${name}: ${N} neurons, ${S} synapses, ${r} per neuron. ${layout.groups.map((g) => `${g.label} ${g.ratio}`).join('; ')}.`}
    />
  );
}

/** The widget's model, for embeds that build its store before rendering it. */
export { gptTotalsModel as model } from './model.js';
