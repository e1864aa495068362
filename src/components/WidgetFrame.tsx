import { useCallback, useId, useLayoutEffect, useRef, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { Part } from '../counting/index.js';
import { writeQuery } from '../state/query.js';
import { defaultsOf, type Schema } from '../state/schema.js';
import { valuesOf, type WidgetStore } from '../state/store.js';
import { withFrame, type FrameSchema, type WidgetModel } from '../state/useWidgetStore.js';
import { useWidgetOptions } from '../state/widgetOptions.js';
import { CountTable, type CountRow } from './CountTable.js';
import { offeredPresets, PresetButtons } from './frame/PresetButtons.js';
import { Toolbar } from './frame/Toolbar.js';
import { presetKeys, usePresentation } from './frame/usePresentation.js';
import { PartsTable } from './PartsTable.js';
import { useHydrated } from './useHydrated.js';
import { useSettled } from './useSettled.js';

interface WidgetFrameProps<S extends Schema> {
  model: WidgetModel<S>;
  store: WidgetStore<S & FrameSchema>;
  /** Usually one ParamControl per schema parameter. */
  controls?: ReactNode;
  /** The diagrams (`svg.diagram`), each with its own text alternative. */
  diagram?: ReactNode;
  /** The live formula(s), beside the counts. */
  formula?: ReactNode;
  /**
   * A body of the widget's own in place of controls, diagram, formula and
   * counts (the model zoo's chart, import form and table). It is told when
   * the counts are hidden, and hides its numbers itself, and when it is
   * presented, when diagram text is drawn larger (15 px, not 12).
   */
  body?: (view: { predict: boolean; presenting: boolean }) => ReactNode;
  /** The totals, computed by src/counting (see standardRows). */
  rows: readonly CountRow[];
  /** A per-part breakdown, when the widget has several parts worth a table. */
  parts?: {
    caption: string;
    parts: readonly Part[];
    labels?: Readonly<Record<string, string>>;
    /** Whether the focus lights part `name`'s row, when more than its own id does (e.g. one gate of that part). */
    lit?: (focus: string | null, name: string) => boolean;
  };
  caption?: ReactNode;
  /** The counts in one sentence, announced politely once the reader stops dragging. */
  summary: string;
}

/** The link to the widget at its heaviest, for the benchmark. */
function stressQuery<S extends Schema>(model: WidgetModel<S>): string {
  const defaults = defaultsOf(model.schema);
  const values = { ...defaults, ...model.stress?.values };
  return writeQuery(model.schema, values, defaults, new URLSearchParams()).toString();
}

/**
 * The frame every widget shares: title, tools (share, present, hide counts,
 * download), presets, notices about the link, controls, diagram, formula,
 * counts, parts, caption.
 */
export function WidgetFrame<S extends Schema>(props: WidgetFrameProps<S>) {
  const { model, store, controls, diagram, formula, body, rows, parts, caption, summary } = props;
  const titleId = useId();
  const figure = useRef<HTMLElement>(null);
  const notices = useStore(store, (s) => s.notices);
  const focus = useStore(store, (s) => s.focus);
  const predict = useStore(store, (s) => s.predict);
  const { setFocus } = store.getState();
  // Presets and the frame's own settings are partial values of the framed schema.
  const update = (patch: object) => (store.getState().update as (patch: object) => void)(patch);
  const { embedded, headingLevel, hidden } = useWidgetOptions();
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const ready = useHydrated();
  const announced = useSettled(predict ? 'Counts hidden.' : summary);
  // With hidden controls, only the presets that keep them as they are (see offeredPresets). Hidden values are
  // locked, so the count read at render holds; the list itself is read when a key is pressed.
  const offered = () => offeredPresets(model, valuesOf(model.schema, store.getState() as never), hidden);
  const presetCount = offered().length;
  const keys = presetKeys(presetCount);
  const presentation = usePresentation(figure, {
    widgetId: model.id,
    embedded,
    presetCount,
    pickPreset: (i) => update(offered()[i]?.values ?? {}),
  });

  const predictNotice = (
    <div className="widget-readout widget-predict">
      <p>The counts are hidden. Make a guess, then reveal them.</p>
      <button type="button" onClick={() => update({ predict: false })}>
        Reveal counts
      </button>
    </div>
  );

  // The CSV is made from the counts at the moment it is asked for.
  const latest = useRef({ rows, parts: parts?.parts, partLabels: parts?.labels });
  useLayoutEffect(() => {
    latest.current = { rows, parts: parts?.parts, partLabels: parts?.labels };
  });
  const exportData = useCallback(() => latest.current, []);

  return (
    <figure
      ref={figure}
      className={presentation.presenting ? 'widget presenting' : 'widget'}
      aria-labelledby={titleId}
      data-widget={model.id}
      data-params={Object.values(withFrame(model.schema))
        .map((param) => param.key)
        .join(' ')}
      data-ready={ready || undefined}
      data-stress={model.stress && stressQuery(model)}
      data-stress-control={model.stress?.control}
      onKeyDown={presentation.onKeyDown}
    >
      <header className="widget-header">
        <Heading className="widget-title" id={titleId}>
          {model.title}
        </Heading>
        <Toolbar
          model={model}
          store={store}
          figure={figure}
          presenting={presentation.presenting}
          onPresent={presentation.present}
          onLeave={presentation.leave}
          exportData={exportData}
        />
      </header>
      <PresetButtons model={model} store={store as unknown as WidgetStore<S>} />
      {presentation.presenting && (
        <p className="presenting-keys">
          Keys: Tab to a control, arrows to change it{keys ? `, ${keys}` : ''}, F full screen, Esc to leave.
        </p>
      )}
      {notices.length > 0 && (
        <div className="widget-notices" role="status">
          <p>From the link:</p>
          <ul>
            {notices.map((n) => (
              <li key={n.key}>{n.message}</li>
            ))}
          </ul>
        </div>
      )}
      {body ? (
        <>
          {predict && predictNotice}
          {body({ predict, presenting: presentation.presenting })}
        </>
      ) : (
        <div className="widget-body">
          <div className="widget-controls">{controls}</div>
          <div className="widget-diagram">{diagram}</div>
          {predict ? (
            predictNotice
          ) : (
            <>
              <div className="widget-readout">
                <div className="widget-formula">{formula}</div>
                <CountTable rows={rows} caption={`Counts: ${model.title}`} focus={focus} onFocusRow={setFocus} />
              </div>
              {parts && (
                <div className="widget-parts">
                  <PartsTable {...parts} focus={focus} onFocusRow={setFocus} />
                </div>
              )}
            </>
          )}
        </div>
      )}
      {caption && <figcaption>{caption}</figcaption>}
      <p className="sr-only" aria-live="polite">
        {announced}
      </p>
    </figure>
  );
}
