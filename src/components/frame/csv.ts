import type { Part } from '../../counting/index.js';
import type { CountRow } from '../CountTable.js';

function cell(value: string | number): string {
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The widget's counts as CSV, exact numbers without separators, for spreadsheets and handouts. */
export function countsCsv(rows: readonly CountRow[], parts?: readonly Part[]): string {
  const lines = [['count', 'value'], ...rows.map((row) => [row.label, row.value])];
  if (parts && parts.length > 0) {
    lines.push([], ['part', 'neurons', 'synapses per neuron', 'synapses', 'parameters']);
    for (const p of parts) lines.push([p.name, p.neurons, p.synapsesPerNeuron, p.synapses, p.parameters]);
  }
  return `${lines.map((line) => line.map(cell).join(',')).join('\n')}\n`;
}
