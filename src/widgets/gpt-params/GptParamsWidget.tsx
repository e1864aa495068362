import { useMemo } from 'react';
import { useStore } from 'zustand';
import { LiveFormula } from '../../components/LiveFormula.js';
import { ParamControl } from '../../components/ParamControl.js';
import { WidgetFrame } from '../../components/WidgetFrame.js';
import { GPT_DEFAULTS, parameterSteps, PART_LABELS } from '../../counting/index.js';
import { layoutWaterfall, type WaterfallInput } from '../../diagrams/gpt3/layoutWaterfall.js';
import { Waterfall } from '../../diagrams/gpt3/Waterfall.js';
import { Sized } from '../../diagrams/Sized.js';
import { useWidth } from '../../diagrams/useWidth.js';
import { formatCount, formatQuantity } from '../../format/numbers.js';
import { view } from '../../models/gptShape.js';
import { useWidgetStore, type WidgetProps } from '../../state/useWidgetStore.js';
import { HeadsNote } from '../gpt-sizes/HeadsNote.js';
import { presetMatching } from '../gpt-sizes/schema.js';
import { useSizes } from '../gpt-sizes/useSizes.js';
import { gptParamsModel, STEP_LABELS, UNTIED_SYNAPSES_LABEL } from './model.js';
import { litRows, paramsFocus } from './focus.js';
import { PublishedNote } from './PublishedNote.js';
import tiedFormula from './tied.tex';
import untiedFormula from './untied.tex';

export default function GptParamsWidget(props: WidgetProps) {
  const { store } = useWidgetStore(gptParamsModel, props);
  const sizes = useSizes(store);
  const focus = useStore(store, (s) => s.focus);
  const predict = useStore(store, (s) => s.predict);
  const { setFocus } = store.getState();

  // The model's view, once per change of its sizes.
  const shown = useMemo(() => view(sizes), [sizes]);
  const count = shown.model;
  const steps = useMemo(() => parameterSteps(count), [count]);
  const { parameters } = count;
  const { tied } = sizes;
  const preset = useMemo(() => presetMatching(sizes), [sizes]);
  const added = steps.slice(1);

  const input = useMemo<WaterfallInput>(
    () => ({
      start: { id: 'synapses', label: tied ? STEP_LABELS.synapses : UNTIED_SYNAPSES_LABEL, value: steps[0]!.value },
      steps: steps.slice(1).map((s) => ({ id: s.id, label: STEP_LABELS[s.id], value: s.value })),
      total: { id: 'parameters', label: '= parameters', value: parameters },
      reference: preset && { label: `published: ${preset.published.as}`, value: preset.published.parameters },
      hidden: predict,
    }),
    [steps, parameters, preset, tied, predict],
  );
  const [chartRef, chartWidth] = useWidth<HTMLDivElement>();

  // A row lights for its own id and for the parts it is summed from; the gap lights every added step.
  const lit = useMemo(() => litRows(paramsFocus.parse(focus), steps), [focus, steps]);

  const gap = count.parameters - count.synapses;
  const rows = [
    {
      id: 'synapses',
      label: tied ? 'Synapses (blocks)' : 'Synapses (blocks + LM head)',
      value: count.synapses,
      kind: 'synapse' as const,
    },
    { id: 'gap', label: 'Other parameters', value: gap, kind: 'param' as const },
    { id: 'parameters', label: 'Parameters', value: count.parameters, kind: 'param' as const },
  ];

  const d = formatCount(sizes.dModel);
  const published = preset ? ` ${preset.name} as published: ${preset.published.as}.` : '';
  const description = predict
    ? `Waterfall from the synapses to the parameters, counts hidden: ` +
      added.map((s) => STEP_LABELS[s.id].replace('+ ', 'plus ')).join(', ') +
      `.${published}`
    : `Waterfall from ${formatQuantity(count.synapses, 'synapses')} to ${formatQuantity(count.parameters, 'parameters')}: ` +
      added.map((s) => `${STEP_LABELS[s.id].replace('+ ', 'plus ')} ${formatCount(s.value)}`).join(', ') +
      `. The axis is broken: 0 to the synapses is compressed, the added steps are magnified.${published}`;

  const formula = (
    <div className="formula-lines">
      <LiveFormula
        template={tied ? tiedFormula : untiedFormula}
        values={{}}
        focus={focus}
        onFocusTerm={setFocus}
        speech={`Parameters P = synapses L times (8 d squared plus 4 d times d_attn)${tied ? '' : ' plus the LM head’s V times d'}, plus biases L times (3 d_attn plus 6 d), plus layer norms (4 L plus 2) times d, plus the token embedding V times d, plus the position embedding n_ctx times d.${tied ? ' The LM head is tied to the token embedding and adds nothing.' : ''}`}
      />
      <p className="formula-where">
        with L = {formatCount(sizes.nLayers)}, d = {d}, d<sub>attn</sub> = n_heads × d_head ={' '}
        {formatCount(sizes.nHeads * sizes.dHead)}, V = {formatCount(GPT_DEFAULTS.vocabSize)} tokens, n<sub>ctx</sub> ={' '}
        {formatCount(sizes.nCtx)}
      </p>
    </div>
  );

  return (
    <WidgetFrame
      model={gptParamsModel}
      store={store}
      controls={
        <>
          <ParamControl model={gptParamsModel} store={store} name="nLayers" />
          <ParamControl model={gptParamsModel} store={store} name="dModel" />
          <ParamControl model={gptParamsModel} store={store} name="nCtx" term="positions" />
          <ParamControl model={gptParamsModel} store={store} name="tied" />
          <HeadsNote sizes={sizes} />
        </>
      }
      diagram={
        <div ref={chartRef} className="gpt-chart">
          <Sized width={chartWidth}>
            {(width) => (
              <Waterfall
                layout={layoutWaterfall(input, { width })}
                lit={lit}
                onFocus={setFocus}
                description={description}
              />
            )}
          </Sized>
          <PublishedNote
            preset={preset}
            sizes={sizes}
            spec={shown.spec}
            parameters={predict ? null : count.parameters}
          />
        </div>
      }
      formula={formula}
      rows={rows}
      parts={{
        caption: `Every part; a block’s parts are summed over the ${formatQuantity(sizes.nLayers, 'blocks')}`,
        parts: count.parts,
        labels: PART_LABELS,
      }}
      summary={`${formatQuantity(count.synapses, 'synapses')} plus ${formatCount(gap)} other parameters = ${formatQuantity(count.parameters, 'parameters')}.`}
    />
  );
}

/** The widget's model, for embeds that build its store before rendering it. */
export { gptParamsModel as model } from './model.js';
