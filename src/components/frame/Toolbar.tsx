import { memo, useCallback, useRef, useState, type RefObject } from 'react';
import { useStore } from 'zustand';
import type { Part } from '../../counting/index.js';
import { writeQuery } from '../../state/query.js';
import { defaultsOf, type Schema } from '../../state/schema.js';
import { valuesOf, type WidgetStore } from '../../state/store.js';
import type { FrameSchema, WidgetModel } from '../../state/useWidgetStore.js';
import type { CountRow } from '../CountTable.js';
import type { DownloadKind } from './downloads.js';
import { ShareButton } from './ShareDialog.js';
import { siteUrl } from './siteUrl.js';
import { presetKeys } from './usePresentation.js';

interface ToolbarProps<S extends Schema> {
  model: WidgetModel<S>;
  store: WidgetStore<S & FrameSchema>;
  figure: RefObject<HTMLElement | null>;
  presenting: boolean;
  onPresent: () => void;
  onLeave: () => void;
  /** The counts as they are now, read when the reader asks for the CSV. */
  exportData: () => {
    rows: readonly CountRow[];
    parts?: readonly Part[];
    partLabels?: Readonly<Record<string, string>>;
  };
}

/**
 * The same controls on every widget: share/embed, present, predict-then-reveal,
 * downloads. Its props stay the same while the reader drags, so it does not
 * re-render with every step.
 */
function ToolbarOf<S extends Schema>({
  model,
  store,
  figure,
  presenting,
  onPresent,
  onLeave,
  exportData,
}: ToolbarProps<S>) {
  const predict = useStore(store, (s) => s.predict);
  const keys = presetKeys(model.presets?.length ?? 0);
  const [error, setError] = useState('');
  const menu = useRef<HTMLDetailsElement>(null);
  const setPredict = (hidden: boolean) => (store.getState().update as (patch: object) => void)({ predict: hidden });
  const shareTarget = useCallback(
    () => ({
      id: model.id,
      title: `${model.title} (interactive)`,
      query: writeQuery(
        model.schema,
        valuesOf(model.schema, store.getState() as never),
        defaultsOf(model.schema),
        new URLSearchParams(),
      ).toString(),
      siteUrl: siteUrl(),
    }),
    [model, store],
  );
  const save = (kind: DownloadKind) => async () => {
    setError('');
    if (menu.current) menu.current.open = false;
    const container = figure.current?.querySelector('.widget-diagram') ?? figure.current;
    // The file shows the figure at rest: a part lit by the pointer or the keyboard is let go while it is
    // drawn, and held unlit even if the pointer comes to rest on a part as the menu closes.
    const state = store.getState();
    const focus = state.focus;
    const atRest = () => store.getState().focus !== null && store.getState().setFocus(null);
    atRest();
    const release = store.subscribe(atRest);
    try {
      const { download, settled } = await import('./downloads.js');
      if (container) await settled(container);
      const target = shareTarget();
      const all = writeQuery(model.schema, valuesOf(model.schema, state as never), {} as never, new URLSearchParams());
      if (container)
        await download(kind, {
          widgetId: model.id,
          title: model.title,
          container,
          settings: [...all],
          changed: [...new URLSearchParams(target.query)],
          source: `${target.siteUrl}embed/${model.id}${target.query ? `?${target.query}` : ''}`,
          ...exportData(),
        });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      release();
      if (focus !== null && store.getState().focus === null) store.getState().setFocus(focus);
    }
  };
  return (
    <div className="widget-toolbar" role="toolbar" aria-label="Widget tools">
      <ShareButton target={shareTarget} store={store} />
      {presenting ? (
        <button type="button" onClick={onLeave}>
          Leave presentation
        </button>
      ) : (
        <button
          type="button"
          onClick={onPresent}
          title={`Full screen, large type; keys: arrows${keys ? `, ${keys}` : ''}, F full screen, Esc`}
        >
          Present
        </button>
      )}
      <button type="button" aria-pressed={predict} onClick={() => setPredict(!predict)}>
        {predict ? 'Reveal counts' : 'Hide counts'}
      </button>
      <details className="download-menu" ref={menu}>
        <summary>Download</summary>
        <div className="download-items">
          <button type="button" onClick={save('svg')}>
            Diagram (SVG)
          </button>
          <button type="button" onClick={save('png')}>
            Diagram (PNG)
          </button>
          <button type="button" onClick={save('csv')}>
            Counts (CSV)
          </button>
        </div>
      </details>
      {error && (
        <p className="toolbar-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

export const Toolbar = memo(ToolbarOf) as typeof ToolbarOf;
