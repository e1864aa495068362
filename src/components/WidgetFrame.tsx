import { useId, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { Schema } from '../state/schema.js';
import { valuesOf, type WidgetStore } from '../state/store.js';
import type { WidgetModel } from '../state/useWidgetStore.js';
import { useHydrated } from './useHydrated.js';
import { useSettled } from './useSettled.js';

interface WidgetFrameProps<S extends Schema> {
  model: WidgetModel<S>;
  store: WidgetStore<S>;
  controls: ReactNode;
  /** The diagrams; each carries its own text alternative. */
  diagram: ReactNode;
  /** The live formula and the counts. */
  readout: ReactNode;
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
  readout,
  caption,
  summary,
}: WidgetFrameProps<S>) {
  const titleId = useId();
  const notices = useStore(store, (s) => s.notices);
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
        <div className="widget-readout">{readout}</div>
      </div>
      {caption && <figcaption>{caption}</figcaption>}
      <p className="sr-only" aria-live="polite">
        {announced}
      </p>
    </figure>
  );
}
