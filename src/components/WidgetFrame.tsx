import { useId, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { Part } from '../counting/index.js';
import type { Schema } from '../state/schema.js';
import { valuesOf, type WidgetStore } from '../state/store.js';
import type { WidgetModel } from '../state/useWidgetStore.js';
import { CountTable, type CountRow } from './CountTable.js';
import { PartsTable } from './PartsTable.js';
import { useHydrated } from './useHydrated.js';
import { useSettled } from './useSettled.js';

interface WidgetFrameProps<S extends Schema> {
  model: WidgetModel<S>;
  store: WidgetStore<S>;
  /** Usually one ParamControl per schema parameter. */
  controls: ReactNode;
  /** The diagrams; each carries its own text alternative. */
  diagram: ReactNode;
  /** The live formula(s), beside the counts. */
  formula: ReactNode;
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

function PresetButtons<S extends Schema>({ model, store }: { model: WidgetModel<S>; store: WidgetStore<S> }) {
  const values = useStore(store, (s) => JSON.stringify(valuesOf(model.schema, s)));
  if (!model.presets?.length) return null;
  const current = JSON.parse(values) as Record<string, unknown>;
  return (
    <div className="presets" role="group" aria-label="Presets">
      {model.presets.map((preset) => {
        const active = Object.entries(preset.values).every(
          ([k, v]) => JSON.stringify(current[k]) === JSON.stringify(v),
        );
        return (
          <button
            key={preset.id}
            type="button"
            aria-pressed={active}
            onClick={() => store.getState().update(preset.values)}
          >
            {preset.label}
          </button>
        );
      })}
    </div>
  );
}

/** The frame every widget shares: title, presets, notices about the link, controls, diagram, counts. */
export function WidgetFrame<S extends Schema>({
  model,
  store,
  controls,
  diagram,
  formula,
  rows,
  parts,
  caption,
  summary,
}: WidgetFrameProps<S>) {
  const titleId = useId();
  const notices = useStore(store, (s) => s.notices);
  const focus = useStore(store, (s) => s.focus);
  const { setFocus } = store.getState();
  const announced = useSettled(summary);
  const ready = useHydrated();
  return (
    <figure className="widget" aria-labelledby={titleId} data-widget={model.id} data-ready={ready || undefined}>
      <header className="widget-header">
        <h2 className="widget-title" id={titleId}>
          {model.title}
        </h2>
        <PresetButtons model={model} store={store} />
      </header>
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
      <div className="widget-body">
        <div className="widget-controls">{controls}</div>
        <div className="widget-diagram">{diagram}</div>
        <div className="widget-readout">
          <div className="widget-formula">{formula}</div>
          <CountTable rows={rows} caption={`Counts: ${model.title}`} focus={focus} onFocusRow={setFocus} />
        </div>
        {parts && (
          <div className="widget-parts">
            <PartsTable {...parts} focus={focus} onFocusRow={setFocus} />
          </div>
        )}
      </div>
      {caption && <figcaption>{caption}</figcaption>}
      <p className="sr-only" aria-live="polite">
        {announced}
      </p>
    </figure>
  );
}
