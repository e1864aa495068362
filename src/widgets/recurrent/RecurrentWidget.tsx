import { useMemo } from 'react';
import { useStore } from 'zustand';
import { standardRows } from '../../components/CountTable.js';
import { ParamControl } from '../../components/ParamControl.js';
import { WidgetFrame } from '../../components/WidgetFrame.js';
import { countRecurrent, GATES } from '../../counting/index.js';
import { partRowLit, recurrentFocus } from '../../diagrams/recurrent/focus.js';
import { GateLegend } from '../../diagrams/recurrent/GateLegend.js';
import { drawnSize, layoutUnrolled } from '../../diagrams/recurrent/layoutUnrolled.js';
import { layoutWeightMatrix } from '../../diagrams/recurrent/layoutMatrix.js';
import { UnrolledDiagram } from '../../diagrams/recurrent/UnrolledDiagram.js';
import { WeightMatrices } from '../../diagrams/recurrent/WeightMatrices.js';
import { Sized } from '../../diagrams/Sized.js';
import { useWidth } from '../../diagrams/useWidth.js';
import { formatRatio, formatQuantity } from '../../format/numbers.js';
import { useFocus } from '../../state/useFocus.js';
import { useWidgetStore, type WidgetProps } from '../../state/useWidgetStore.js';
import {
  describeUnrolled,
  howRows,
  matrixSpecs,
  partLabel,
  recurrentModel,
  specOf,
  torchCall,
  type RecurrentValues,
} from './model.js';
import { RecurrentFormula } from './RecurrentFormula.js';

export default function RecurrentWidget(props: WidgetProps) {
  const { store } = useWidgetStore(recurrentModel, props);
  const cell = useStore(store, (s) => s.cell);
  const input = useStore(store, (s) => s.input);
  const hidden = useStore(store, (s) => s.hidden);
  const layers = useStore(store, (s) => s.layers);
  const bidirectional = useStore(store, (s) => s.bidirectional);
  const steps = useStore(store, (s) => s.steps);
  const bias = useStore(store, (s) => s.bias);
  const { focus, setFocus } = useFocus(store, recurrentFocus);
  const predict = useStore(store, (s) => s.predict);

  const values: RecurrentValues = useMemo(
    () => ({ cell, input, hidden, layers, bidirectional, bias }),
    [cell, input, hidden, layers, bidirectional, bias],
  );
  const count = useMemo(() => countRecurrent(specOf(values)), [values]);
  const [diagramRef, diagramWidth] = useWidth<HTMLDivElement>();
  const [shownInput, shownHidden] = [drawnSize(input), drawnSize(hidden)];

  const matrices = useMemo(
    () => matrixSpecs(count, values, predict).map((spec) => ({ spec, layout: layoutWeightMatrix(spec) })),
    [count, values, predict],
  );

  const how = howRows(count, values);
  const rows = standardRows(count).map((row) => ({ ...row, how: how[row.id] }));
  const labels = Object.fromEntries(count.parts.map((p) => [p.name, partLabel(p.name, bidirectional)]));

  const controls = (
    <>
      <ParamControl model={recurrentModel} store={store} name="cell" />
      <ParamControl
        model={recurrentModel}
        store={store}
        name="input"
        term={recurrentFocus.id({ kind: 'line', layer: 1, term: 'input' })}
      />
      <ParamControl model={recurrentModel} store={store} name="hidden" term="neurons" />
      <ParamControl model={recurrentModel} store={store} name="layers" />
      <ParamControl model={recurrentModel} store={store} name="bidirectional" />
      <ParamControl model={recurrentModel} store={store} name="steps" />
      <ParamControl model={recurrentModel} store={store} name="bias" />
    </>
  );

  const description = describeUnrolled(values, steps, count, predict);

  const diagram = (
    <div ref={diagramRef} className="rnn-views">
      <Sized width={diagramWidth}>
        {(width) => {
          const layout = layoutUnrolled(
            { cell, input: shownInput, hidden: shownHidden, layers, bidirectional, steps },
            width,
          );
          return (
            <>
              <UnrolledDiagram layout={layout} focus={focus} onFocus={setFocus} description={description} />
              <GateLegend
                cell={cell}
                input={input}
                hidden={hidden}
                drawn={layout.drawn}
                bidirectional={bidirectional}
                gate={focus?.kind === 'gate' ? focus.gate : null}
                onFocus={setFocus}
              />
            </>
          );
        }}
      </Sized>
      <WeightMatrices matrices={matrices} focus={focus} onFocus={setFocus} />
    </div>
  );

  return (
    <WidgetFrame
      model={recurrentModel}
      store={store}
      controls={controls}
      diagram={diagram}
      formula={<RecurrentFormula count={count} values={values} focus={focus} onFocus={setFocus} />}
      rows={rows}
      caption={
        <>
          Each column is the same layer one time step later: the same neurons, with the same synapses, reading the next
          input and their own last output. Point at a gate or a cell to light it at every step, and its rows in the
          weight matrix; the counts do not change with <i>T</i>.
        </>
      }
      parts={{
        caption: `Per layer and direction: ${GATES[cell]} × ${formatQuantity(hidden, 'rows')} of [W_ih W_hh] each`,
        parts: count.parts,
        labels,
        lit: (id, name) => partRowLit(recurrentFocus.parse(id), name),
      }}
      summary={`${torchCall(values)}: ${formatQuantity(count.neurons, 'neurons')}, ${formatQuantity(count.synapses, 'synapses')}, ${formatRatio(count.synapsesPerNeuron)} per neuron, ${formatQuantity(count.parameters, 'parameters')}.`}
    />
  );
}

/** The widget's model, for embeds that build its store before rendering it. */
export { recurrentModel as model } from './model.js';
