import { useMemo } from 'react';
import { useStore } from 'zustand';
import { standardRows } from '../../components/CountTable.js';
import { WidgetFrame } from '../../components/WidgetFrame.js';
import { BlockDiagram } from '../../diagrams/gpt-block/BlockDiagram.js';
import { layoutBlock } from '../../diagrams/gpt-block/layoutBlock.js';
import { Sized } from '../../diagrams/Sized.js';
import { useWidth } from '../../diagrams/useWidth.js';
import { PART_LABELS } from '../../counting/index.js';
import { formatCount, formatRatio, formatQuantity } from '../../format/numbers.js';
import { blockFocus } from '../../diagrams/gpt-block/focus.js';
import { useFocus } from '../../state/useFocus.js';
import { view } from '../../models/gptShape.js';
import { useWidgetStore, type WidgetProps } from '../../state/useWidgetStore.js';
import { BlockControls } from './BlockControls.js';
import { BlockFormula } from './BlockFormula.js';
import { tableParts } from './counts.js';
import { circuitsNote, describeBlock } from './describe.js';
import { gptBlockModel } from './model.js';

const MAX_HEIGHT = 420;

export default function GptBlockWidget(props: WidgetProps) {
  const { store } = useWidgetStore(gptBlockModel, props);
  const dModel = useStore(store, (s) => s.dModel);
  const nHeads = useStore(store, (s) => s.nHeads);
  const dFF = useStore(store, (s) => s.dFF);
  const circuits = useStore(store, (s) => s.circuits);
  const { focus, focusId, setFocus } = useFocus(store, blockFocus);
  const predict = useStore(store, (s) => s.predict);
  const { setFocus: setFocusId } = store.getState();

  // The block's view, once per change of its sizes; the controls, diagram, formula and tables read it.
  const shown = useMemo(() => view({ dModel, nHeads, dFF }, { circuits }), [dModel, nHeads, dFF, circuits]);
  const { block: count, groups } = shown;
  const [diagramRef, diagramWidth] = useWidth<HTMLDivElement>();

  const rows = standardRows(count).map((row) => ({
    ...row,
    how: {
      neurons: `MLP ${formatCount(groups.mlp.neurons)} + attention ${formatCount(groups.attn.neurons)}`,
      'per-neuron': `${formatCount(count.synapses)} ÷ ${formatCount(count.neurons)}`,
      synapses: `MLP ${formatCount(groups.mlp.synapses)} + attention ${formatCount(groups.attn.synapses)}`,
      parameters: circuits
        ? 'those of W_Q, W_K, W_V, W_O: the circuits add none'
        : `synapses + ${formatCount(count.neurons)} biases + ${formatCount(groups.norm.parameters)} LayerNorm`,
    }[row.id],
  }));

  return (
    <WidgetFrame
      model={gptBlockModel}
      store={store}
      controls={<BlockControls store={store} dHead={shown.dHead} dFF={shown.dFF} />}
      diagram={
        <div ref={diagramRef} className="gpt-block-view">
          <Sized width={diagramWidth}>
            {(width) => (
              <BlockDiagram
                layout={layoutBlock(
                  { parts: count.parts, dModel, dHead: shown.dHead, hideCounts: predict },
                  { width, maxHeight: MAX_HEIGHT },
                )}
                focus={focus}
                onFocus={setFocus}
                labels={PART_LABELS}
                description={describeBlock(shown, dModel, circuits)}
              />
            )}
          </Sized>
        </div>
      }
      formula={<BlockFormula view={shown} dModel={dModel} circuits={circuits} focus={focusId} onFocus={setFocusId} />}
      rows={rows}
      parts={{ caption: 'Per part of the block', parts: tableParts(count), labels: PART_LABELS }}
      caption={
        circuits ? (
          <p className="circuits-note" role="note">
            {circuitsNote(shown, dModel, predict)}
          </p>
        ) : (
          <p>
            Drawn to scale: each weight matrix is as tall as its neurons (rows, red edge) and as wide as each neuron’s
            synapses (columns), so its area is its synapses. The thin bar beside it holds its biases, and LN is a
            LayerNorm: parameters, not synapses. Point at a part, or at a row of the tables.
          </p>
        )
      }
      summary={`${formatQuantity(count.neurons, 'neurons')}, ${formatQuantity(count.synapses, 'synapses')}, ${formatRatio(count.synapsesPerNeuron)} per neuron.`}
    />
  );
}

/** The widget's model, for embeds that build its store before rendering it. */
export { gptBlockModel as model } from './model.js';
