import { useCallback, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { standardRows } from '../../components/CountTable.js';
import { LiveFormula } from '../../components/LiveFormula.js';
import { ParamControl } from '../../components/ParamControl.js';
import { WidgetFrame } from '../../components/WidgetFrame.js';
import { countConv } from '../../counting/index.js';
import { ConvDiagram } from '../../diagrams/conv/ConvDiagram.js';
import { convFocus, focusedNeuron } from '../../diagrams/conv/focus.js';
import { placeKernel, START } from '../../diagrams/conv/cells.js';
import { layoutConv, type Place } from '../../diagrams/conv/layoutConv.js';
import { Sized } from '../../diagrams/Sized.js';
import { useWidth } from '../../diagrams/useWidth.js';
import { formatCount, formatRatio, formatQuantity, HIDDEN, unitFor } from '../../format/numbers.js';
import { useFocus } from '../../state/useFocus.js';
import { useWidgetStore, type WidgetProps } from '../../state/useWidgetStore.js';
import { useControlShown } from '../../state/widgetOptions.js';
import { compareKernelOne, convSpecOf } from './counts.js';
import { describeConv, kernelShape, layerFormulaValues } from './describe.js';
import { GroupsControl } from './GroupsControl.js';
import { KernelOneNote } from './KernelOneNote.js';
import layerFormula from './layer.tex';
import { convModel, convSchema, depthwise, dimsOf } from './model.js';

const DIAGRAM_HEIGHT = 440;

export default function ConvWidget(props: WidgetProps) {
  const { store } = useWidgetStore(convModel, props);
  const inChannels = useStore(store, (s) => s.inChannels);
  const outChannels = useStore(store, (s) => s.outChannels);
  const kernel = useStore(store, (s) => s.kernel);
  const dimsChoice = useStore(store, (s) => s.dims);
  const groups = useStore(store, (s) => s.groups);
  const bias = useStore(store, (s) => s.bias);
  const { focus, focusId, setFocus } = useFocus(store, convFocus);
  const predict = useStore(store, (s) => s.predict);
  const { update, setFocus: setFocusId } = store.getState();
  const groupsShown = useControlShown(convSchema.groups.key);

  const values = useMemo(
    () => ({ inChannels, outChannels, kernel, dims: dimsChoice, groups, bias }),
    [inChannels, outChannels, kernel, dimsChoice, groups, bias],
  );
  const dims = dimsOf(values);
  const count = useMemo(() => countConv(convSpecOf(values)), [values]);
  const kernelOne = useMemo(() => compareKernelOne(values), [values]);

  const neuron = focusedNeuron(focus) ?? 0;
  // Where the reader slid the kernel: a view of the drawing, not a setting of the layer, so not in the store or link.
  const [at, setAt] = useState<Place>(START);
  const [diagramRef, diagramWidth] = useWidth<HTMLDivElement>();

  const slide = useCallback(
    (next: Place) => {
      const placed = placeKernel(dims, kernel, next);
      setAt((current) => (placed.u === current.u && placed.v === current.v ? current : placed));
    },
    [dims, kernel],
  );

  const k = kernelShape(kernel, dims);
  const cinG = formatCount(inChannels / groups);
  const per = formatCount(count.synapsesPerNeuron);
  const rows = standardRows(count).map((row) => ({
    ...row,
    how: {
      neurons: 'one per output channel',
      'per-neuron': `${formatCount(inChannels)} ÷ ${formatCount(groups)} × ${k}`,
      synapses: `${formatCount(count.neurons)} × ${per}`,
      parameters: bias ? `${formatCount(count.synapses)} + ${formatCount(count.neurons)} biases` : 'synapses only',
    }[row.id],
  }));

  const controls = (
    <>
      <ParamControl model={convModel} store={store} name="inChannels" term="in" />
      <ParamControl model={convModel} store={store} name="outChannels" term="out" />
      <ParamControl model={convModel} store={store} name="kernel" term="kernel" />
      <ParamControl model={convModel} store={store} name="dims" />
      {groupsShown && (
        <GroupsControl
          inChannels={inChannels}
          outChannels={outChannels}
          groups={groups}
          onChange={(g) => update({ groups: g })}
          onDepthwise={() => update(depthwise(inChannels))}
          onFocusChange={(on) => setFocus(on ? { kind: 'groups' } : null)}
        />
      )}
      <ParamControl model={convModel} store={store} name="bias" />
    </>
  );

  const diagram = (
    <div ref={diagramRef} className="conv-views">
      <Sized width={diagramWidth}>
        {(width) => {
          const layout = layoutConv(
            { inChannels, outChannels, kernel, dims, groups, neuron, at },
            { width, height: DIAGRAM_HEIGHT },
          );
          return (
            <ConvDiagram
              layout={layout}
              focus={focus}
              onFocus={setFocus}
              onSlide={slide}
              neuronNote={predict ? `${HIDDEN} synapses` : `${per} ${unitFor(count.synapsesPerNeuron, 'synapses')}`}
              description={describeConv(values, layout.neuron.index, predict ? undefined : count)}
            />
          );
        }}
      </Sized>
    </div>
  );

  const formula = (
    <>
      <div className="formula-line">
        <LiveFormula
          template={layerFormula}
          values={layerFormulaValues({ outChannels, inChannels, groups, kernelShape: k }, count)}
          speech={`The weight tensor W has shape ${formatCount(outChannels)}, ${cinG}, ${k.replaceAll(' × ', ', ')}: ${formatQuantity(outChannels, 'rows')}, one per neuron, each of ${cinG} × ${k} = ${per} ${unitFor(count.synapsesPerNeuron, 'synapses')}; ${formatCount(count.neurons)} × ${per} = ${formatQuantity(count.synapses, 'synapses')}.`}
          focus={focusId}
          onFocusTerm={setFocusId}
        />
      </div>
      {kernelOne && <KernelOneNote comparison={kernelOne} groups={groups} />}
    </>
  );

  const summary = `${formatQuantity(count.neurons, 'neurons')} of ${formatRatio(count.synapsesPerNeuron)} ${unitFor(count.synapsesPerNeuron, 'synapses')} each, ${formatQuantity(count.synapses, 'synapses')}.${
    kernelOne?.same ? ' With kernel 1 each neuron is a linear neuron.' : ''
  }`;

  return (
    <WidgetFrame
      model={convModel}
      store={store}
      controls={controls}
      diagram={diagram}
      formula={formula}
      rows={rows}
      summary={summary}
      caption="Move the pointer over an input channel to slide the kernel: its output moves with it, and the synapses stay the same."
    />
  );
}

/** The widget's model, for embeds that build its store before rendering it. */
export { convModel as model } from './model.js';
