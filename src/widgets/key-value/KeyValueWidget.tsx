import { useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { Choice } from '../../components/Choice.js';
import { standardRows } from '../../components/CountTable.js';
import { LiveFormula } from '../../components/LiveFormula.js';
import { ParamControl } from '../../components/ParamControl.js';
import { WidgetFrame } from '../../components/WidgetFrame.js';
import { countMlp } from '../../counting/index.js';
import { ColumnView } from '../../diagrams/key-value/ColumnView.js';
import { kvFocus } from '../../diagrams/key-value/focus.js';
import { InputPad } from '../../diagrams/key-value/InputPad.js';
import { layoutColumnView } from '../../diagrams/key-value/layoutColumnView.js';
import { layoutRowView } from '../../diagrams/key-value/layoutRowView.js';
import { RowView } from '../../diagrams/key-value/RowView.js';
import { Sized } from '../../diagrams/Sized.js';
import { useWidth } from '../../diagrams/useWidth.js';
import { formatCount, HIDDEN } from '../../format/numbers.js';
import { useFocus } from '../../state/useFocus.js';
import { useWidgetStore, type WidgetProps } from '../../state/useWidgetStore.js';
import { columnViewDescription, focusDetail, rowViewText, summary, type KvNumbers } from './describe.js';
import { formatValue, formatVector, keyName, valueName } from './format.js';
import {
  columnReach,
  columnView,
  INPUTS,
  keyBound,
  keyOutputs,
  KEYS,
  rowView,
  VALUE_COLUMNS,
  VALUES,
  W_KEY,
  W_VALUE,
} from '../../models/keyValue.js';
import { inputOf, keyValueModel, keyValueSchema } from './model.js';
import outputFormula from './output.tex';
import { WidgetHeading } from '../../components/WidgetHeading.js';

const { min: LO, max: HI, step: STEP } = keyValueSchema.x1;
const RANGE = { min: LO, max: HI, step: STEP! };
const LIMIT = Math.max(-LO, HI);
const BOUND = keyBound(LIMIT);
const REACH = { relu: columnReach('relu', LIMIT), none: columnReach('none', LIMIT) };
/** One plane per pair of opposite keys: where the pair hands over. */
const PLANES = W_KEY.filter((row) => row[0] > 0);
const NAMES = W_KEY.map((_, i) => keyName(i));
const AXES = [valueName(0), valueName(1)] as const;
const SIZES = [INPUTS, KEYS, VALUES];
/** Side by side above this width; stacked below it. */
const TWO_UP = 600;
const PAD = 184;

export default function KeyValueWidget(props: WidgetProps) {
  const { store } = useWidgetStore(keyValueModel, props);
  const x1 = useStore(store, (s) => s.x1);
  const x2 = useStore(store, (s) => s.x2);
  const x3 = useStore(store, (s) => s.x3);
  const activation = useStore(store, (s) => s.activation);
  const { focus, focusId, setFocus } = useFocus(store, kvFocus);
  const predict = useStore(store, (s) => s.predict);
  const { update, setFocus: setFocusId } = store.getState();
  // Which view a narrow screen shows; wide screens show both.
  const [shown, setShown] = useState<'row' | 'column'>('row');

  const numbers: KvNumbers = useMemo(() => {
    const x = inputOf({ x1, x2, x3 });
    const h = keyOutputs(x, activation);
    return { x, activation, h, y: rowView(h) };
  }, [x1, x2, x3, activation]);
  const columns = useMemo(() => columnView(numbers.h), [numbers]);
  const count = useMemo(() => countMlp({ sizes: SIZES, bias: false }), []);

  const [viewsRef, viewsWidth] = useWidth<HTMLDivElement>();
  const signed = activation === 'none';
  const rowText = useMemo(() => rowViewText(numbers, predict), [numbers, predict]);

  const [key, value] = count.parts;
  const rows = standardRows(count, { parameters: false }).map((row) => ({
    ...row,
    how: {
      neurons: `${formatCount(key!.neurons)} key + ${formatCount(value!.neurons)} value`,
      'per-neuron': `${formatCount(count.synapses)} ÷ ${formatCount(count.neurons)}`,
      synapses: `${formatCount(key!.neurons)} × ${formatCount(key!.synapsesPerNeuron)} + ${formatCount(value!.neurons)} × ${formatCount(value!.synapsesPerNeuron)}`,
    }[row.id],
  }));

  const rowOutput = formatVector(numbers.y);
  const columnOutput = formatVector(columns.output);
  const detail = focusDetail(focus, numbers, predict);

  const controls = (
    <>
      <InputPad
        x1={x1}
        x2={x2}
        x3={x3}
        planes={PLANES}
        range={RANGE}
        size={PAD}
        valueText={`x₁ ${formatValue(x1)}, x₂ ${formatValue(x2)}`}
        onChange={(a, b) => update({ x1: a, x2: b })}
      />
      <ParamControl model={keyValueModel} store={store} name="x1" />
      <ParamControl model={keyValueModel} store={store} name="x2" />
      <ParamControl model={keyValueModel} store={store} name="x3" />
      <ParamControl model={keyValueModel} store={store} name="activation" />
    </>
  );

  const rowSection = (viewWidth: number) => (
    <section className="kv-view kv-view-rows" aria-label="Row view">
      <WidgetHeading className="kv-view-title">
        Row view <span>neurons</span>
      </WidgetHeading>
      <RowView
        layout={layoutRowView(
          // With the outputs hidden, every bar is flat: its height would give the output away.
          { h: predict ? numbers.h.map(() => 0) : numbers.h, inputs: INPUTS, wValue: W_VALUE, bound: BOUND, signed },
          viewWidth,
        )}
        text={rowText}
        signs={W_VALUE}
        focus={focus}
        onFocus={setFocus}
      />
    </section>
  );
  const columnSection = (plotSize: number) => (
    <section className="kv-view kv-view-columns" aria-label="Column view">
      <WidgetHeading className="kv-view-title">
        Column view <span>directions</span>
      </WidgetHeading>
      <ColumnView
        layout={layoutColumnView(
          { columns: VALUE_COLUMNS, terms: columns.terms, output: columns.output, reach: REACH[activation] },
          plotSize,
        )}
        names={NAMES}
        axes={AXES}
        focus={focus}
        onFocus={setFocus}
        description={columnViewDescription(numbers, columns.output, predict)}
        hideResult={predict}
      />
    </section>
  );
  const views = (width: number) => {
    const twoUp = width >= TWO_UP;
    const viewWidth = twoUp ? Math.floor((width - 24) / 2) : width;
    const plotSize = Math.min(viewWidth, 360);
    return (
      <div className="kv-views" data-two-up={twoUp || undefined}>
        {!twoUp && (
          <Choice
            label="Show"
            value={shown}
            options={[
              { value: 'row', label: 'Row view' },
              { value: 'column', label: 'Column view' },
            ]}
            onChange={setShown}
          />
        )}
        {(twoUp || shown === 'row') && rowSection(viewWidth)}
        {(twoUp || shown === 'column') && columnSection(plotSize)}
        <div className="kv-notes">
          <dl className="kv-check">
            <dt>row view</dt>
            <dd>
              y = <output data-output="row">{predict ? HIDDEN : rowOutput}</output>
            </dd>
            <dt>column view</dt>
            <dd>
              y = <output data-output="column">{predict ? HIDDEN : columnOutput}</output>
            </dd>
            <dd className="kv-same" data-same={rowOutput === columnOutput}>
              {predict
                ? 'Do the two views give the same vector?'
                : rowOutput === columnOutput
                  ? '✓ The same vector: one product, summed by rows or by columns.'
                  : 'The views disagree.'}
            </dd>
          </dl>
          <p className="kv-detail" data-detail>
            {detail ?? 'Point at a key neuron or a value neuron (or tab to it) to see its arithmetic.'}
          </p>
        </div>
      </div>
    );
  };
  const diagram = (
    <div ref={viewsRef}>
      <Sized width={viewsWidth}>{views}</Sized>
    </div>
  );

  const formula = (
    <LiveFormula
      template={outputFormula}
      values={{
        x1: formatValue(x1),
        x2: formatValue(x2),
        x3: formatValue(x3),
        act: activation === 'relu' ? 'relu' : 'id',
        ...Object.fromEntries(numbers.h.map((v, i) => [`h${i + 1}`, formatValue(v)])),
        y1: formatValue(numbers.y[0]),
        y2: formatValue(numbers.y[1]),
      }}
      speech={`x = ${formatVector(numbers.x)}; h = ${activation === 'relu' ? 'relu' : 'identity'} of W_key x = ${formatVector(numbers.h)}; y = W_value h = ${rowOutput}.`}
      focus={focusId}
      onFocusTerm={setFocusId}
    />
  );

  return (
    <WidgetFrame
      model={keyValueModel}
      store={store}
      controls={controls}
      diagram={diagram}
      formula={formula}
      rows={rows}
      summary={summary(numbers)}
    />
  );
}

/** The widget's model, for embeds that build its store before rendering it. */
export { keyValueModel as model } from './model.js';
