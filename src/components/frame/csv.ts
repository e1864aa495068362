import type { Part } from '../../counting/index.js';
import type { CountRow } from '../CountTable.js';

function cell(value: string | number): string {
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

interface CsvContext {
  /** The settings that produced the counts, as the link writes them. */
  settings?: readonly (readonly [string, string])[];
  /** Reader-facing part names, as the parts table shows them; a part without one keeps its own name. */
  partLabels?: Readonly<Record<string, string>>;
  /** Where the counts came from (the widget's link). */
  source?: string;
}

/**
 * The widget's counts as CSV, exact numbers without separators, for spreadsheets and handouts: first the
 * settings that produced them (a `setting,value` block and the link), then the counts, then each part
 * under the name the parts table gives it. Blank lines part the blocks; a spreadsheet opens it as one sheet.
 */
export function countsCsv(rows: readonly CountRow[], parts?: readonly Part[], context: CsvContext = {}): string {
  const lines: (string | number)[][] = [];
  if (context.settings && context.settings.length > 0) {
    lines.push(['setting', 'value'], ...context.settings.map(([key, value]) => [key, value]));
    if (context.source) lines.push(['link', context.source]);
    lines.push([]);
  }
  lines.push(['count', 'value'], ...rows.map((row) => [row.label, row.value]));
  if (parts && parts.length > 0) {
    lines.push([], ['part', 'neurons', 'synapses per neuron', 'synapses', 'parameters']);
    for (const p of parts) {
      const name = context.partLabels?.[p.name] ?? p.name;
      lines.push([name, p.neurons, p.synapsesPerNeuron, p.synapses, p.parameters]);
    }
  }
  return `${lines.map((line) => line.map(cell).join(',')).join('\n')}\n`;
}
