import type { Part } from '../../counting/index.js';
import type { CountRow } from '../CountTable.js';
import { countsCsv } from './csv.js';
import { diagramSvg, saveFile, svgToPng } from './exportDiagram.js';

export { settled } from './exportDiagram.js';

export type DownloadKind = 'svg' | 'png' | 'csv';

interface DownloadSource {
  widgetId: string;
  /** The widget's title, for the file's own title. */
  title: string;
  /** The element holding the widget's diagrams. */
  container: Element;
  /** Every setting of the widget as the link writes it, in order: [["d_model", "4096"], …]. */
  settings: readonly (readonly [string, string])[];
  /** Only the settings that differ from the widget's defaults: they name the file. */
  changed: readonly (readonly [string, string])[];
  rows: readonly CountRow[];
  parts?: readonly Part[];
  /** Reader-facing names of the parts, as the parts table shows them. */
  partLabels?: Readonly<Record<string, string>>;
  /** Where the file came from: the widget's link. */
  source: string;
}

/** "gpt-block-d_model-4096-n_heads-32": the widget and the settings that differ from its defaults, safe in a file name. */
export function fileStem(widgetId: string, changed: DownloadSource['changed']): string {
  const safe = (text: string) => text.replace(/[^\w.-]+/g, '_');
  return [widgetId, ...changed.flatMap(([key, value]) => [safe(key), safe(value)])].join('-');
}

/** Saves the diagram (SVG or PNG) or the counts (CSV). Loaded on first use, so pages do not carry it. */
export async function download(kind: DownloadKind, source: DownloadSource) {
  const stem = fileStem(source.widgetId, source.changed);
  const settings = source.settings.map(([key, value]) => `${key} = ${value}`).join(', ');
  if (kind === 'csv') {
    const csv = countsCsv(source.rows, source.parts, {
      settings: source.settings,
      partLabels: source.partLabels,
      source: source.source,
    });
    saveFile(`${stem}-counts.csv`, new Blob([csv], { type: 'text/csv' }));
    return;
  }
  const diagram = diagramSvg(source.container, {
    title: source.title,
    desc: `${settings ? `Settings: ${settings}. ` : ''}From ${source.source}`,
  });
  if (diagram === null) throw new Error('There is no diagram to save.');
  if (kind === 'svg') saveFile(`${stem}.svg`, new Blob([diagram.svg], { type: 'image/svg+xml' }));
  else saveFile(`${stem}.png`, await svgToPng(diagram.svg, diagram.width, diagram.height));
}
