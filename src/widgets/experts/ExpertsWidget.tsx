import { useMemo } from 'react';
import { useStore } from 'zustand';
import { standardRows, type CountRow } from '../../components/CountTable.js';
import { ParamControl } from '../../components/ParamControl.js';
import { WidgetFrame } from '../../components/WidgetFrame.js';
import { countGptBlock, PART_LABELS } from '../../counting/index.js';
import { ExpertsDiagram } from '../../diagrams/experts/ExpertsDiagram.js';
import { expertsFocus } from '../../diagrams/experts/focus.js';
import { layoutExperts } from '../../diagrams/experts/layoutExperts.js';
import { Sized } from '../../diagrams/Sized.js';
import { useWidth } from '../../diagrams/useWidth.js';
import { formatCount } from '../../format/numbers.js';
import { useFocus } from '../../state/useFocus.js';
import { useWidgetStore, type WidgetProps } from '../../state/useWidgetStore.js';
import { diagramText, expertDetail, formatShare, shareText, summary } from './describe.js';
import { blockSpec, D_HEAD, expertsModel } from './model.js';
import { chooseExperts, routerWeights, TOKENS } from '../../models/routing.js';

/** The totals, then what one token uses of them, with its share. */
function countRows(count: ReturnType<typeof countGptBlock>): CountRow[] {
  const { active } = count;
  const share = (used: number, all: number) => `${formatShare(used, all)} of ${formatCount(all)}`;
  return [
    ...standardRows(count),
    {
      id: 'active-neurons',
      label: 'Neurons one token uses',
      value: active.neurons,
      kind: 'neuron',
      how: share(active.neurons, count.neurons),
    },
    {
      id: 'active-synapses',
      label: 'Synapses one token uses',
      value: active.synapses,
      kind: 'synapse',
      how: share(active.synapses, count.synapses),
    },
    {
      id: 'active-parameters',
      label: 'Parameters one token uses',
      value: active.parameters,
      kind: 'param',
      how: share(active.parameters, count.parameters),
    },
  ];
}

export default function ExpertsWidget(props: WidgetProps) {
  const { store } = useWidgetStore(expertsModel, props);
  const nExperts = useStore(store, (s) => s.nExperts);
  const topK = useStore(store, (s) => s.topK);
  const dModel = useStore(store, (s) => s.dModel);
  const dExpert = useStore(store, (s) => s.dExpert);
  const token = useStore(store, (s) => s.token);
  const { focus, setFocus } = useFocus(store, expertsFocus);
  const predict = useStore(store, (s) => s.predict);

  const count = useMemo(
    () => countGptBlock(blockSpec({ nExperts, topK, dModel, dExpert })),
    [nExperts, topK, dModel, dExpert],
  );
  const weights = useMemo(() => routerWeights(token, nExperts), [token, nExperts]);
  const chosen = useMemo(() => chooseExperts(weights, topK), [weights, topK]);
  const word = TOKENS[token - 1] ?? TOKENS[0];

  const [ref, measured] = useWidth<HTMLDivElement>();
  const detail =
    focus !== null && focus.index < nExperts
      ? expertDetail(focus.index, weights, chosen, dExpert)
      : 'Point at an expert or its bar (or tap it) to see its router weight.';

  const controls = (
    <>
      <ParamControl model={expertsModel} store={store} name="nExperts" term="moe.router" />
      <ParamControl model={expertsModel} store={store} name="topK" />
      <ParamControl model={expertsModel} store={store} name="dModel" />
      <ParamControl model={expertsModel} store={store} name="dExpert" />
      <ParamControl model={expertsModel} store={store} name="token" />
    </>
  );

  const diagram = (
    <div ref={ref}>
      <Sized width={measured}>
        {(width) => (
          <ExpertsDiagram
            layout={layoutExperts({ weights, chosen }, width)}
            token={word}
            focus={focus}
            onFocus={setFocus}
            description={diagramText(word, weights, chosen)}
          />
        )}
      </Sized>
      <p className="experts-detail" data-detail>
        {detail}
      </p>
      {!predict && (
        <p className="experts-share" data-share>
          {shareText(count)}
        </p>
      )}
    </div>
  );

  return (
    <WidgetFrame
      model={expertsModel}
      store={store}
      controls={controls}
      diagram={diagram}
      rows={countRows(count)}
      parts={{
        caption: 'One sparse block, part by part (every expert counted)',
        parts: count.parts,
        labels: PART_LABELS,
      }}
      caption={`One block of a Llama-style model: attention of width d_model in heads of ${D_HEAD}, then ${nExperts} gated experts. The router’s weights stand in for a trained router’s, fixed per token.`}
      summary={summary(count, chosen.length, nExperts)}
    />
  );
}

/** The widget's model, for embeds that build its store before rendering it. */
export { expertsModel as model } from './model.js';
