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
 * settings that produced them (a `setting,value` block), then the counts, then each part under the name
 * the parts table gives it, with its name in the code beside it.
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
    lines.push([], ['part', 'neurons', 'synapses per neuron', 'synapses', 'parameters', 'name in the code']);
    for (const p of parts) {
      lines.push([
        context.partLabels?.[p.name] ?? p.name,
        p.neurons,
        p.synapsesPerNeuron,
        p.synapses,
        p.parameters,
        p.name,
      ]);
    }
  }
  return `${lines.map((line) => line.map(cell).join(',')).join('\n')}\n`;
}
