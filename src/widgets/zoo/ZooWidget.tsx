import { useCallback, useMemo, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { standardRows } from '../../components/CountTable.js';
import { ParamControl } from '../../components/ParamControl.js';
import { WidgetFrame } from '../../components/WidgetFrame.js';
import { layoutScale } from '../../diagrams/zoo/layoutScale.js';
import { ScaleChart } from '../../diagrams/zoo/ScaleChart.js';
import { Sized } from '../../diagrams/Sized.js';
import { useWidth } from '../../diagrams/useWidth.js';
import { useWidgetStore, type WidgetProps } from '../../state/useWidgetStore.js';
import { ImportPanel } from './ImportPanel.js';
import { WeightsPanel } from './weights/WeightsPanel.js';
import { FIRST_SELECTED, nextSort, SORT_LABELS, zooModel, type SortKey } from './model.js';
import { ModelDetail } from './ModelDetail.js';
import { chartDescription } from './describe.js';
import { chartItems, importedRow, PRESET_ROWS, sortRows, type ImportedModel } from './rows.js';
import { ZooTable } from './ZooTable.js';

/** The model zoo: every preset and the reader's own models, on one log scale with nervous systems and in one table. */
export default function ZooWidget(props: WidgetProps) {
  const { store } = useWidgetStore(zooModel, props);
  const sort = useStore(store, (s) => s.sort);
  const order = useStore(store, (s) => s.order);
  const measure = useStore(store, (s) => s.measure);
  const focus = useStore(store, (s) => s.focus);
  const predict = useStore(store, (s) => s.predict);
  const { update, setFocus } = store.getState();
  const [imports, setImports] = useState<readonly ImportedModel[]>([]);
  const [selected, setSelected] = useState(FIRST_SELECTED);
  const nextId = useRef(1);

  const rows = useMemo(() => [...PRESET_ROWS, ...imports.map(importedRow)], [imports]);
  // While the counts are hidden, an order by count would give them away: the models go by name.
  const sorted = useMemo(
    () => (predict ? sortRows(rows, 'name', 'asc') : sortRows(rows, sort, order)),
    [rows, sort, order, predict],
  );
  const [chartRef, chartWidth] = useWidth<HTMLDivElement>();
  // …and the chart shows the nervous systems only, for the reader to place the models against.
  const items = useMemo(
    () => chartItems(rows, measure).filter((item) => !predict || item.kind === 'brain'),
    [rows, measure, predict],
  );
  const detail = rows.find((row) => row.id === selected) ?? rows[0]!;

  const onSort = useCallback((key: SortKey) => update(nextSort(store.getState(), key)), [store, update]);
  const onCount = (read: (id: string) => ImportedModel) => {
    const model = read(`yours-${nextId.current}`);
    const same = imports.find((m) => m.name === model.name);
    const added = same === undefined ? model : { ...model, id: same.id };
    if (same === undefined) nextId.current += 1;
    setImports((list) => [...list.filter((m) => m.id !== added.id), added]);
    setSelected(added.id);
    return importedRow(added);
  };
  const onRemove = (id: string) => {
    setImports((list) => list.filter((m) => m.id !== id));
    setSelected(FIRST_SELECTED);
  };

  const summary = `Sorted by ${SORT_LABELS[sort].toLowerCase()}, ${order === 'asc' ? 'smallest' : 'largest'} first. Showing ${detail.name}.`;
  const body = ({ presenting }: { presenting: boolean }) => {
    // Presented, the chart's labels are drawn at 15 px instead of 12: their column widens to match, and the
    // rows close up to a pixel over the text, so that every model stays on the projected screen.
    const layoutAt = (width: number) =>
      layoutScale(items, presenting ? { width, textScale: 15 / 12, rowHeight: 16 } : { width });
    return (
      <>
        <div className="zoo-chart-controls">
          <ParamControl model={zooModel} store={store} name="measure" />
          <p className="zoo-legend" aria-hidden="true">
            <span className="legend-model">● model</span>
            <span className="legend-brain">◇ nervous system</span>
          </p>
        </div>
        <div ref={chartRef} className="zoo-chart widget-diagram">
          <Sized width={chartWidth} besideControls={false}>
            {(width) => {
              const layout = layoutAt(width);
              return (
                <>
                  <ScaleChart
                    layout={layout}
                    kind={measure === 'neurons' ? 'neuron' : 'synapse'}
                    focus={focus}
                    selected={selected}
                    onFocus={setFocus}
                    onSelect={setSelected}
                    description={chartDescription(layout, measure, predict)}
                  />
                  {layout.missing.length > 0 && (
                    <p className="zoo-missing">
                      Not shown, for want of a published figure: {layout.missing.map((m) => m.label).join(', ')}.
                    </p>
                  )}
                </>
              );
            }}
          </Sized>
        </div>
        <ImportPanel onCount={onCount} hideCounts={predict} />
        <WeightsPanel />
        <ZooTable
          rows={sorted}
          sort={predict ? 'name' : sort}
          order={predict ? 'asc' : order}
          onSort={onSort}
          focus={focus}
          onFocus={setFocus}
          selected={selected}
          onSelect={setSelected}
          hideCounts={predict}
        />
        {!predict && <ModelDetail key={detail.id} row={detail} onRemove={onRemove} />}
      </>
    );
  };
  return (
    <WidgetFrame
      model={zooModel}
      store={store}
      body={body}
      rows={standardRows(detail.count)}
      parts={{ caption: `Parts of ${detail.name}`, parts: detail.count.parts }}
      summary={summary}
    />
  );
}

/** The widget's model, for embeds that build its store before rendering it. */
export { zooModel as model } from './model.js';
