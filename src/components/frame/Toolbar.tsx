import { useRef, useState, type RefObject } from 'react';
import type { Part } from '../../counting/index.js';
import type { CountRow } from '../CountTable.js';
import type { DownloadKind } from './downloads.js';
import { ShareButton } from './ShareDialog.js';
import type { EmbedTarget } from './snippets.js';

interface ToolbarProps {
  widgetId: string;
  figure: RefObject<HTMLElement | null>;
  shareTarget: () => EmbedTarget;
  predict: boolean;
  onPredict: (hidden: boolean) => void;
  presenting: boolean;
  onPresent: () => void;
  onLeave: () => void;
  rows: readonly CountRow[];
  parts?: readonly Part[];
}

/** The same controls on every widget: share/embed, present, predict-then-reveal, downloads. */
export function Toolbar({
  widgetId,
  figure,
  shareTarget,
  predict,
  onPredict,
  presenting,
  onPresent,
  onLeave,
  rows,
  parts,
}: ToolbarProps) {
  const [error, setError] = useState('');
  const menu = useRef<HTMLDetailsElement>(null);
  const save = (kind: DownloadKind) => async () => {
    setError('');
    if (menu.current) menu.current.open = false;
    const container = figure.current?.querySelector('.widget-diagram') ?? figure.current;
    try {
      const { download } = await import('./downloads.js');
      if (container) await download(kind, { widgetId, container, rows, parts });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <div className="widget-toolbar" role="toolbar" aria-label="Widget tools">
      <ShareButton target={shareTarget} />
      {presenting ? (
        <button type="button" onClick={onLeave}>
          Leave presentation
        </button>
      ) : (
        <button
          type="button"
          onClick={onPresent}
          title="Full screen, large type; keys: arrows, 1–9 presets, F full screen, Esc"
        >
          Present
        </button>
      )}
      <button type="button" aria-pressed={predict} onClick={() => onPredict(!predict)}>
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
