import { useRef, useState, type RefObject } from 'react';
import type { Part } from '../../counting/index.js';
import type { CountRow } from '../CountTable.js';
import { countsCsv } from './csv.js';
import { diagramSvg, saveFile, svgToPng } from './exportDiagram.js';
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
  const diagram = () => {
    const found = figure.current && diagramSvg(figure.current.querySelector('.widget-diagram') ?? figure.current);
    if (!found) throw new Error('There is no diagram to save.');
    return found;
  };
  const attempt = (action: () => Promise<void> | void) => async () => {
    setError('');
    if (menu.current) menu.current.open = false;
    try {
      await action();
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
          <button
            type="button"
            onClick={attempt(() => saveFile(`${widgetId}.svg`, new Blob([diagram().svg], { type: 'image/svg+xml' })))}
          >
            Diagram (SVG)
          </button>
          <button
            type="button"
            onClick={attempt(async () => {
              const { svg, width, height } = diagram();
              saveFile(`${widgetId}.png`, await svgToPng(svg, width, height));
            })}
          >
            Diagram (PNG)
          </button>
          <button
            type="button"
            onClick={attempt(() =>
              saveFile(`${widgetId}-counts.csv`, new Blob([countsCsv(rows, parts)], { type: 'text/csv' })),
            )}
          >
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
