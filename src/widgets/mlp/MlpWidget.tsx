import { useMemo } from 'react';
import { useStore } from 'zustand';
import { ParamControl } from '../../components/ParamControl.js';
import { standardRows } from '../../components/CountTable.js';
import { LiveFormula } from '../../components/LiveFormula.js';
import { Slider } from '../../components/Slider.js';
import { WidgetFrame } from '../../components/WidgetFrame.js';
import { countMlp } from '../../counting/index.js';
import { layerLit, mlpFocus } from '../../diagrams/mlp/focus.js';
import { layoutNetwork } from '../../diagrams/mlp/layoutNetwork.js';
import { MatrixDiagram } from '../../diagrams/mlp/MatrixDiagram.js';
import { NetworkDiagram } from '../../diagrams/mlp/NetworkDiagram.js';
import { Sized } from '../../diagrams/Sized.js';
import { useWidth } from '../../diagrams/useWidth.js';
import { formatCount, formatRatio, formatQuantity } from '../../format/numbers.js';
import { useFocus } from '../../state/useFocus.js';
import { useWidgetStore, type WidgetProps } from '../../state/useWidgetStore.js';
import { useControlShown } from '../../state/widgetOptions.js';
import layerFormula from './layer.tex';
import { MAX_LAYERS, MAX_WIDTH, mlpModel, mlpSchema, resizeWidths, sizesOf } from './model.js';
import { hoverLight } from '../../components/pointing.js';

const NETWORK_HEIGHT = 260;

export default function MlpWidget(props: WidgetProps) {
  const { store } = useWidgetStore(mlpModel, props);
  const input = useStore(store, (s) => s.input);
  const widths = useStore(store, (s) => s.widths);
  const bias = useStore(store, (s) => s.bias);
  const { focus, setFocus } = useFocus(store, mlpFocus);
  // Handlers that read the store when called stay the same from render to render, so a
  // change to one layer re-renders that layer's slider only.
  const handlers = useMemo(() => {
    const setWidths = (next: (widths: readonly number[]) => number[]) =>
      store.getState().update({ widths: next(store.getState().widths) });
    return {
      layers: (n: number) => setWidths((widths) => resizeWidths(widths, n)),
      width: Array.from({ length: MAX_LAYERS }, (_, i) => ({
        onChange: (v: number) => setWidths((widths) => widths.map((x, j) => (j === i ? v : x))),
        onFocusChange: (on: boolean) => setFocus(on ? { kind: 'layer', column: i + 1 } : null),
      })),
    };
  }, [store, setFocus]);
  const widthsShown = useControlShown(mlpSchema.widths.key);

  const sizes = useMemo(() => sizesOf(input, widths), [input, widths]);
  const count = useMemo(() => countMlp({ sizes, bias }), [sizes, bias]);
  const [diagramRef, diagramWidth] = useWidth<HTMLDivElement>();

  const layers = count.parts;
  const rows = standardRows(count).map((row) => ({
    ...row,
    how: {
      neurons: layers.map((p) => formatCount(p.neurons)).join(' + '),
      'per-neuron': `${formatCount(count.synapses)} ÷ ${formatCount(count.neurons)}`,
      synapses: layers.map((p) => `${formatCount(p.neurons)} × ${formatCount(p.synapsesPerNeuron)}`).join(' + '),
      parameters: bias ? `${formatCount(count.synapses)} + ${formatCount(count.neurons)} biases` : 'synapses only',
    }[row.id],
  }));

  const controls = (
    <>
      <ParamControl model={mlpModel} store={store} name="input" />
      {widthsShown && (
        <>
          <Slider
            label="n_layers"
            value={widths.length}
            min={1}
            max={MAX_LAYERS}
            unit="layers"
            onChange={handlers.layers}
          />
          {widths.map((w, i) => (
            <Slider
              key={i}
              label={`width of layer ${i + 1} (m${i + 1})`}
              value={w}
              min={1}
              max={MAX_WIDTH}
              log
              unit="neurons"
              onChange={handlers.width[i]!.onChange}
              onFocusChange={handlers.width[i]!.onFocusChange}
            />
          ))}
        </>
      )}
      <ParamControl model={mlpModel} store={store} name="bias" />
    </>
  );

  const description = `Neuron view: ${formatCount(input)} inputs, then ${layers
    .map((p, i) => `layer ${i + 1} of ${formatQuantity(p.neurons, 'neurons')}`)
    .join(', ')}. Every neuron has a synapse from every output of the column before it.`;

  const diagram = (
    <div ref={diagramRef} className="mlp-views">
      <Sized width={diagramWidth}>
        {(width) => (
          <>
            <NetworkDiagram
              layout={layoutNetwork(sizes, { width, height: NETWORK_HEIGHT })}
              width={width}
              height={NETWORK_HEIGHT}
              focus={focus}
              onFocus={setFocus}
              description={description}
            />
            <MatrixDiagram
              sizes={sizes}
              side={Math.min(110, Math.max(60, width / 5))}
              focus={focus}
              onFocus={setFocus}
            />
          </>
        )}
      </Sized>
    </div>
  );

  const formula = (
    <div className="formula-lines">
      {layers.map((part, i) => {
        const column = i + 1;
        return (
          <div
            key={part.name}
            className="formula-line"
            tabIndex={0}
            data-focused={layerLit(focus, column) ? '' : undefined}
            onFocus={() => setFocus({ kind: 'layer', column })}
            onBlur={() => setFocus(null)}
            {...hoverLight((on) => setFocus(on ? { kind: 'layer', column } : null))}
          >
            <LiveFormula
              template={layerFormula}
              values={{
                l: String(column),
                m: formatCount(part.neurons),
                n: formatCount(part.synapsesPerNeuron),
                s: formatCount(part.synapses),
              }}
              speech={`Layer ${column}: W${column} has ${formatQuantity(part.neurons, 'rows')}, one per neuron, and ${formatQuantity(part.synapsesPerNeuron, 'columns')}, one per synapse: ${formatQuantity(part.synapses, 'synapses')}.`}
            />
          </div>
        );
      })}
    </div>
  );

  return (
    <WidgetFrame
      model={mlpModel}
      store={store}
      controls={controls}
      diagram={diagram}
      formula={formula}
      rows={rows}
      summary={`${formatQuantity(count.neurons, 'neurons')}, ${formatQuantity(count.synapses, 'synapses')}, ${formatRatio(count.synapsesPerNeuron)} per neuron.`}
    />
  );
}

/** The widget's model, for embeds that build its store before rendering it. */
export { mlpModel as model } from './model.js';
