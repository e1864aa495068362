import type { Part } from '../counting/index.js';
import { formatCount, formatRatio } from '../format/numbers.js';
import { hoverLight } from './pointing.js';
import { ScrollRegion } from './ScrollRegion.js';

interface PartsTableProps {
  caption: string;
  parts: readonly Part[];
  /** Reader-facing names for part names, e.g. `attn.q` → "Attention query (W_Q)" (see PART_LABELS). */
  labels?: Readonly<Record<string, string>>;
  focus?: string | null;
  /** Whether `focus` lights row `name`; by default only the focus `name` itself does. */
  lit?: (focus: string | null, name: string) => boolean;
  onFocusRow?: (id: string | null) => void;
  /** Show the parameters column (weights plus biases, norms, embeddings). */
  parameters?: boolean;
}

/** A layer's or model's parts, one row each; a row lights its part in the diagram and formula. */
export function PartsTable({
  caption,
  parts,
  labels,
  focus = null,
  lit = (f, name) => f === name,
  onFocusRow,
  parameters = true,
}: PartsTableProps) {
  return (
    <ScrollRegion label={caption}>
      <table className="parts">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Part</th>
            <th scope="col" className="neuron-text">
              Neurons
            </th>
            <th scope="col" className="synapse-text">
              Synapses per neuron
            </th>
            <th scope="col" className="synapse-text">
              Synapses
            </th>
            {parameters && <th scope="col">Parameters</th>}
          </tr>
        </thead>
        <tbody>
          {parts.map((part) => {
            const handlers = onFocusRow && {
              tabIndex: 0,
              onFocus: () => onFocusRow(part.name),
              onBlur: () => onFocusRow(null),
              ...hoverLight((on) => onFocusRow(on ? part.name : null)),
            };
            return (
              <tr
                key={part.name}
                data-term={part.name}
                data-focused={lit(focus, part.name) ? '' : undefined}
                {...handlers}
              >
                <th scope="row">{labels?.[part.name] ?? part.name}</th>
                <td className="num">{part.neurons === 0 ? '—' : formatCount(part.neurons)}</td>
                <td className="num">{part.neurons === 0 ? '—' : formatRatio(part.synapsesPerNeuron)}</td>
                <td className="num">{part.neurons === 0 ? '—' : formatCount(part.synapses)}</td>
                {parameters && <td className="num">{formatCount(part.parameters)}</td>}
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
