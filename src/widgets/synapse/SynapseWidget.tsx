import { useMemo } from 'react';
import { useStore } from 'zustand';
import type { CountRow } from '../../components/CountTable.js';
import { LiveFormula } from '../../components/LiveFormula.js';
import { ParamControl } from '../../components/ParamControl.js';
import { WidgetFrame } from '../../components/WidgetFrame.js';
import { ActivationChart } from '../../diagrams/synapse/ActivationChart.js';
import { layoutActivation } from '../../diagrams/synapse/layoutActivation.js';
import { layoutNeuron } from '../../diagrams/synapse/layoutNeuron.js';
import { NeuronDiagram } from '../../diagrams/synapse/NeuronDiagram.js';
import { Sized } from '../../diagrams/Sized.js';
import { useWidth } from '../../diagrams/useWidth.js';
import { synapseFocus } from '../../diagrams/synapse/focus.js';
import { useFocus } from '../../state/useFocus.js';
import { useWidgetStore, type WidgetProps } from '../../state/useWidgetStore.js';
import { formatFactor, formatSignal, formatWeight } from './format.js';
import { synapseModel, synapseSchema, SYNAPSES, Z_MAX } from './model.js';
import { ACTIVATIONS, fire } from '../../models/neuron.js';
import neuronFormula from './neuron.tex';
import { HIDDEN } from '../../format/numbers.js';

const NEURON_HEIGHT = 250;
const CHART_HEIGHT = 230;
const CHART_HEIGHT_STACKED = 190;
const MAX_WEIGHT = synapseSchema.w1.max;

export default function SynapseWidget(props: WidgetProps) {
  const { store } = useWidgetStore(synapseModel, props);
  const w1 = useStore(store, (s) => s.w1);
  const w2 = useStore(store, (s) => s.w2);
  const w3 = useStore(store, (s) => s.w3);
  const x1 = useStore(store, (s) => s.x1);
  const x2 = useStore(store, (s) => s.x2);
  const x3 = useStore(store, (s) => s.x3);
  const b = useStore(store, (s) => s.b);
  const activation = useStore(store, (s) => s.activation);
  const { focus, focusId, setFocus } = useFocus(store, synapseFocus);
  const predict = useStore(store, (s) => s.predict);
  const { setFocus: setFocusId } = store.getState();

  const weights = useMemo(() => [w1, w2, w3], [w1, w2, w3]);
  const inputs = useMemo(() => [x1, x2, x3], [x1, x2, x3]);
  const out = useMemo(() => fire({ weights, inputs, bias: b, activation }), [weights, inputs, b, activation]);

  const [ref, width] = useWidth<HTMLDivElement>();
  const act = ACTIVATIONS[activation].label;
  const [sum, bias, z, y] = [out.sum, b, out.z, out.y].map(formatSignal) as [string, string, string, string];
  const rows: CountRow[] = [
    {
      id: 'sum',
      label: 'Weighted sum',
      value: out.sum,
      display: sum,
      kind: 'synapse',
      how: out.products.map(formatSignal).join(' + ').replace(/\+ −/g, '− '),
    },
    { id: 'b', label: 'Bias b', value: b, display: bias, kind: 'param', how: 'sensitivity' },
    {
      id: 'z',
      label: 'Pre-activation z',
      value: out.z,
      display: z,
      kind: 'neuron',
      how: `${sum} + ${formatFactor(b)}`,
    },
    { id: 'y', label: 'Output y', value: out.y, display: y, kind: 'neuron', how: `${act}(${z})` },
  ];

  const synapseWords = weights
    .map(
      (w, i) =>
        `synapse ${i + 1} ${w > 0 ? 'excitatory' : w < 0 ? 'inhibitory' : 'off'}, weight ${formatSignal(w)}, input ${formatSignal(inputs[i]!)}`,
    )
    .join('; ');
  const description = `One neuron with three synapses: ${synapseWords}. Bias ${bias}. ${
    predict
      ? 'Its sum and output are hidden.'
      : `Weighted sum ${sum}, pre-activation z = ${z}, output y = ${act}(z) = ${y}.`
  }`;

  const controls = (
    <>
      {SYNAPSES.map((i) => (
        <div key={i} className="synapse-controls">
          <ParamControl model={synapseModel} store={store} name={`w${i}`} term={`w${i}`} />
          <ParamControl model={synapseModel} store={store} name={`x${i}`} term={`x${i}`} />
        </div>
      ))}
      <div className="synapse-controls">
        <ParamControl model={synapseModel} store={store} name="b" term="b" />
        <ParamControl model={synapseModel} store={store} name="activation" />
      </div>
    </>
  );

  const diagram = (
    <div ref={ref}>
      <Sized width={width} besideControls={false}>
        {(width) => {
          // Side by side when there is room, stacked on a phone.
          const stacked = width < 560;
          const neuronWidth = stacked ? width : Math.round(width * 0.56);
          const chartWidth = stacked ? width : width - neuronWidth - 16;
          const chartHeight = stacked ? CHART_HEIGHT_STACKED : CHART_HEIGHT;
          return (
            <div className={`synapse-views${stacked ? ' stacked' : ''}`}>
              <NeuronDiagram
                layout={layoutNeuron(weights, { width: neuronWidth, height: NEURON_HEIGHT }, MAX_WEIGHT)}
                width={neuronWidth}
                height={NEURON_HEIGHT}
                text={{
                  weights: weights.map(formatWeight),
                  inputs: inputs.map(formatSignal),
                  bias,
                  z: predict ? HIDDEN : z,
                  y: predict ? HIDDEN : y,
                }}
                focus={focus}
                onFocus={setFocus}
                description={description}
              />
              <ActivationChart
                layout={layoutActivation(activation, out.z, Z_MAX, { width: chartWidth, height: chartHeight })}
                width={chartWidth}
                height={chartHeight}
                title={`y = ${act}(z)`}
                focus={focus}
                onFocus={setFocus}
                description={`The ${act} curve for z from −${Z_MAX} to ${Z_MAX}${predict ? '' : `, with the neuron’s point at z = ${z}, y = ${y}`}.`}
                hidePoint={predict}
              />
            </div>
          );
        }}
      </Sized>
    </div>
  );

  const formula = (
    <div className="formula-lines">
      <LiveFormula
        template={neuronFormula}
        values={{
          w1: formatFactor(w1),
          w2: formatFactor(w2),
          w3: formatFactor(w3),
          x1: formatSignal(x1),
          x2: formatSignal(x2),
          x3: formatSignal(x3),
          b: formatFactor(b),
          z,
          act,
          y,
        }}
        focus={focusId}
        onFocusTerm={setFocusId}
        speech={`z = ${weights.map((w, i) => `${formatSignal(w)} times ${formatSignal(inputs[i]!)}`).join(' plus ')} plus bias ${bias}, which is ${z}; y = ${act} of z = ${y}.`}
      />
    </div>
  );

  return (
    <WidgetFrame
      model={synapseModel}
      store={store}
      controls={controls}
      diagram={diagram}
      formula={formula}
      rows={rows}
      summary={`Weighted sum ${sum}, z = ${z}, output ${y}.`}
    />
  );
}

/** The widget's model, for embeds that build its store before rendering it. */
export { synapseModel as model } from './model.js';
