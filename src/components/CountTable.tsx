import type { Count } from '../counting/index.js';
import { formatCompact, formatCount, formatRatio } from '../format/numbers.js';
import { hoverLight } from './pointing.js';

export type RowKind = 'neuron' | 'synapse' | 'param';

/** One line of a widget's counts; `id` is the term it lights up in the formula and diagram. */
export interface CountRow {
  id: string;
  label: string;
  value: number;
  kind: RowKind;
  /** Ratios keep one decimal; counts are whole. */
  ratio?: boolean;
  /** How the value is made, with the current numbers: "2 × 3 + 2 × 2". */
  how?: string;
  /** The value as shown, for a row that is not a count (a signed decimal such as "−0.25"). */
  display?: string;
}

/** The rows every counting widget shows, in the same order and words. */
export function standardRows(
  count: Omit<Count, 'active' | 'parts'>,
  { parameters = true }: { parameters?: boolean } = {},
): CountRow[] {
  const rows: CountRow[] = [
    { id: 'neurons', label: 'Neurons', value: count.neurons, kind: 'neuron' },
    { id: 'per-neuron', label: 'Synapses per neuron', value: count.synapsesPerNeuron, kind: 'synapse', ratio: true },
    { id: 'synapses', label: 'Synapses', value: count.synapses, kind: 'synapse' },
  ];
  if (parameters) rows.push({ id: 'parameters', label: 'Parameters', value: count.parameters, kind: 'param' });
  return rows;
}

interface CountTableProps {
  rows: readonly CountRow[];
  caption: string;
  focus?: string | null;
  onFocusRow?: (id: string | null) => void;
}

/**
 * Exact counts with thousands separators, a compact form beside large ones,
 * tabular figures so digits do not jitter while dragging. Each row can be
 * focused or hovered to light up its term in the formula and the diagram.
 */
export function CountTable({ rows, caption, focus, onFocusRow }: CountTableProps) {
  // The box is what the table's layout follows: a narrow one (a phone, a presentation's side column) stacks each row.
  return (
    <div className="counts-box">
      <table className="counts">
        <caption className="sr-only">{caption}</caption>
        <tbody>
          {rows.map((row) => {
            const compact = row.ratio || row.display !== undefined ? undefined : formatCompact(row.value);
            const handlers = onFocusRow && {
              tabIndex: 0,
              onFocus: () => onFocusRow(row.id),
              onBlur: () => onFocusRow(null),
              ...hoverLight((on) => onFocusRow(on ? row.id : null)),
            };
            return (
              <tr key={row.id} data-term={row.id} data-focused={focus === row.id ? '' : undefined} {...handlers}>
                <th scope="row">{row.label}</th>
                <td className={`count ${row.kind}`} data-count={row.id}>
                  {row.display ?? (row.ratio ? formatRatio(row.value) : formatCount(row.value))}
                </td>
                <td className="compact">{compact}</td>
                {rows.some((r) => r.how) && <td className="how">{row.how}</td>}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
