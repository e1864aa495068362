import type { Part } from '../../counting/index.js';
import type { CountRow } from '../CountTable.js';
import { countsCsv } from './csv.js';
import { diagramSvg, saveFile, svgToPng } from './exportDiagram.js';

export type DownloadKind = 'svg' | 'png' | 'csv';

interface DownloadSource {
  widgetId: string;
  /** The element holding the widget's diagrams. */
  container: Element;
  rows: readonly CountRow[];
  parts?: readonly Part[];
}

/** Saves the diagram (SVG or PNG) or the counts (CSV). Loaded on first use, so pages do not carry it. */
export async function download(kind: DownloadKind, { widgetId, container, rows, parts }: DownloadSource) {
  if (kind === 'csv') {
    saveFile(`${widgetId}-counts.csv`, new Blob([countsCsv(rows, parts)], { type: 'text/csv' }));
    return;
  }
  const diagram = diagramSvg(container);
  if (diagram === null) throw new Error('There is no diagram to save.');
  if (kind === 'svg') saveFile(`${widgetId}.svg`, new Blob([diagram.svg], { type: 'image/svg+xml' }));
  else saveFile(`${widgetId}.png`, await svgToPng(diagram.svg, diagram.width, diagram.height));
}
