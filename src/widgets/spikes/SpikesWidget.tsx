import { useMemo, useRef } from 'react';
import { useStore } from 'zustand';
import type { CountRow } from '../../components/CountTable.js';
import { LiveFormula } from '../../components/LiveFormula.js';
import { ParamControl } from '../../components/ParamControl.js';
import { WidgetFrame } from '../../components/WidgetFrame.js';
import { spikeFocus, spikePartOf } from '../../diagrams/spikes/focus.js';
import { HeadDiagram } from '../../diagrams/spikes/HeadDiagram.js';
import { itdOf, layoutHead } from '../../diagrams/spikes/layoutHead.js';
import { layoutSpikes, msPerPixel, type Box } from '../../diagrams/spikes/layoutSpikes.js';
import { SpikeDiagram } from '../../diagrams/spikes/SpikeDiagram.js';
import { Sized } from '../../diagrams/Sized.js';
import { useWidth } from '../../diagrams/useWidth.js';
import { formatCount, formatDecimal, formatQuantity } from '../../format/numbers.js';
import { snapToStep } from '../../state/schema.js';
import { useFocus } from '../../state/useFocus.js';
import { useWidgetStore, type WidgetProps } from '../../state/useWidgetStore.js';
import { LIF, simulate } from '../../models/lif.js';
import lifFormula from './lif.tex';
import { directionOf, dragged, formatTimes as times, inputsOf, rateOf, spikesModel, spikesSchema } from './model.js';
import peakFormula from './peak.tex';
import { BUNCHED_MS, WINDOW_MS } from '../../models/trains.js';

const HEIGHT = 290;
const HEAD = { width: 180, height: 104 };
const BUNCHED_BANDS = [
  { start: 0, end: BUNCHED_MS },
  { start: WINDOW_MS - BUNCHED_MS, end: WINDOW_MS },
];
const LIF_VALUES = { tau: String(LIF.tau), w: String(LIF.weight), theta: String(LIF.threshold) };

export default function SpikesWidget(props: WidgetProps) {
  const { store } = useWidgetStore(spikesModel, props);
  const mode = useStore(store, (s) => s.mode);
  const n = useStore(store, (s) => s.n);
  const bunching = useStore(store, (s) => s.bunching);
  const itd = useStore(store, (s) => s.itd);
  const { focus, focusId, setFocus } = useFocus(store, spikeFocus);
  const predict = useStore(store, (s) => s.predict);
  const { update, setFocus: setFocusId } = store.getState();

  const inputs = useMemo(() => inputsOf(mode, n, bunching, itd), [mode, n, bunching, itd]);
  const sim = useMemo(() => simulate(inputs.map((i) => i.times)), [inputs]);
  const [diagramRef, width] = useWidth<HTMLDivElement>();
  const scene = useMemo(
    () => ({
      inputs,
      trace: sim.trace,
      outputs: sim.outputs,
      threshold: LIF.threshold,
      duration: WINDOW_MS,
      bands: mode === 'timing' ? BUNCHED_BANDS : [],
    }),
    [inputs, sim, mode],
  );

  const head = useMemo(() => layoutHead(itd, spikesSchema.itd.max, HEAD), [itd]);

  const dragStart = useRef(0);
  const timingParam = mode === 'ears' ? 'itd' : 'bunching';
  const onDrag = (box: Box, row: string, dx: number, phase: 'start' | 'move') => {
    const current = store.getState()[timingParam];
    if (phase === 'start') dragStart.current = current;
    const next = dragged(mode, row as 'a' | 'b', dragStart.current, dx * msPerPixel(scene, box));
    const snapped = snapToStep(spikesSchema[timingParam], next);
    if (snapped === current) return;
    update(timingParam === 'itd' ? { itd: snapped } : { bunching: snapped });
  };

  const out = sim.outputs.length;
  const fired = sim.peak >= LIF.threshold;
  const rows: CountRow[] = [
    { id: 'spikes', label: 'Spikes per input', value: n, kind: 'synapse', how: `in ${WINDOW_MS} ms, both inputs` },
    { id: 'rate', label: 'Input rate (spikes/s)', value: rateOf(n), kind: 'synapse', how: `${n} ÷ 0.1 s` },
    { id: 'output', label: 'Output spikes', value: out, kind: 'neuron', how: out ? `at ${times(sim.outputs)}` : '—' },
    { id: 'output-rate', label: 'Output rate (spikes/s)', value: rateOf(out), kind: 'neuron', how: `${out} ÷ 0.1 s` },
  ];

  const setting =
    mode === 'ears'
      ? `A sound ${directionOf(itd)}: the right ear’s spikes arrive ${formatDecimal(Math.abs(itd), 1)} ms ${itd >= 0 ? 'before' : 'after'} the left ear’s.`
      : `Bunching ${formatDecimal(bunching, 2)}.`;
  const description = `${setting} ${inputs
    .map((i) => `The ${i.label} sends ${formatQuantity(n, 'spikes')} at ${times(i.times)}.`)
    .join(' ')} ${
    predict
      ? 'How often the receiving neuron fires is hidden.'
      : `The receiving neuron’s potential peaks at ${formatDecimal(sim.peak, 2)}, ${
          fired ? 'reaching' : 'below'
        } the threshold ${LIF.threshold}; it fires ${out} times${out ? `, at ${times(sim.outputs)}` : ''}.`
  }`;

  const controls = (
    <>
      <ParamControl model={spikesModel} store={store} name="mode" />
      <ParamControl model={spikesModel} store={store} name="n" term="spikes" />
      <ParamControl key={timingParam} model={spikesModel} store={store} name={timingParam} />
      {mode === 'ears' && (
        <HeadDiagram
          layout={head}
          width={HEAD.width}
          height={HEAD.height}
          description={`Seen from above: the sound comes ${directionOf(itd)}.`}
          onAngle={(angle) => {
            const next = snapToStep(spikesSchema.itd, itdOf(angle, spikesSchema.itd.max));
            if (next !== store.getState().itd) update({ itd: next });
          }}
        />
      )}
      <p className="control-hint">
        {mode === 'ears'
          ? `Sound ${directionOf(itd)}. Drag the sound around the head, or an ear’s spikes sideways.`
          : 'Drag a row of spikes sideways to bunch them.'}
      </p>
    </>
  );

  const formula = (
    <div className="formula-lines">
      <LiveFormula
        template={lifFormula}
        values={LIF_VALUES}
        focus={focusId}
        onFocusTerm={setFocusId}
        speech={`The membrane potential V leaks away with time constant tau = ${LIF.tau} ms, jumps by w = ${LIF.weight} at each input spike, and when it reaches the threshold theta = ${LIF.threshold} the neuron spikes and V resets to 0.`}
      />
      <LiveFormula
        template={peakFormula}
        values={{ peak: formatDecimal(sim.peak, 2), cmp: fired ? '≥' : '<', out: formatCount(out) }}
        focus={focusId}
        onFocusTerm={setFocusId}
        speech={`The highest potential is ${formatDecimal(sim.peak, 2)}, ${fired ? 'at or above' : 'below'} the threshold: ${formatQuantity(out, 'output spikes')}.`}
      />
    </div>
  );

  const diagram = (
    <div ref={diagramRef}>
      <Sized width={width}>
        {(width) => {
          const box = { width, height: HEIGHT };
          return (
            <SpikeDiagram
              layout={layoutSpikes(scene, box)}
              width={width}
              height={HEIGHT}
              lit={spikePartOf(focus)}
              description={description}
              onDrag={(row, dx, phase) => onDrag(box, row, dx, phase)}
              onFocus={setFocus}
              hideResult={predict}
            />
          );
        }}
      </Sized>
    </div>
  );

  return (
    <WidgetFrame
      model={spikesModel}
      store={store}
      controls={controls}
      diagram={diagram}
      formula={formula}
      rows={rows}
      summary={`${formatQuantity(n, 'spikes')} per input, ${rateOf(n)} spikes/s each; the neuron fires ${formatQuantity(out, 'times')}.`}
    />
  );
}

/** The widget's model, for embeds that build its store before rendering it. */
export { spikesModel as model } from './model.js';
