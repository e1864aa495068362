import type { Cell } from '../../counting/index.js';
import { formatCount, formatQuantity } from '../../format/numbers.js';
import { GATE_GROUPS, hasCellState } from './gates.js';
import { hoverLight } from '../../components/pointing.js';
import type { RecurrentFocus } from './focus.js';

interface GateLegendProps {
  cell: Cell;
  input: number;
  hidden: number;
  /** Neurons drawn per row (fewer than H when H is large). */
  drawn: number;
  bidirectional: boolean;
  /** The gate group in focus in every layer, to mark its entry. */
  gate: string | null;
  onFocus: (focus: RecurrentFocus | null) => void;
}

/** What the rows and arrows of the unrolled diagram are; pointing at a gate lights it in every layer. */
export function GateLegend({ cell, input, hidden, drawn, bidirectional, gate, onFocus }: GateLegendProps) {
  return (
    <ul className="rnn-legend" aria-label="Legend">
      <li>
        <span className="swatch neuron-swatch" aria-hidden="true" />
        <span>
          each row: <i>H</i> = {formatQuantity(hidden, 'neurons')}
          {drawn < hidden ? ` (${drawn} drawn)` : ''}
        </span>
      </li>
      {GATE_GROUPS[cell].map((g) => (
        <li
          key={g.id}
          tabIndex={0}
          data-focused={gate === g.id ? '' : undefined}
          onFocus={() => onFocus({ kind: 'gate', gate: g.id })}
          onBlur={() => onFocus(null)}
          {...hoverLight((on) => onFocus(on ? { kind: 'gate', gate: g.id } : null))}
        >
          <span>
            <i className="gate-letter">{g.id}</i> {g.name}, {g.squash}
          </span>
        </li>
      ))}
      <li>
        <span className="swatch synapse-swatch" aria-hidden="true" />
        <span>
          synapses from <i>x</i>
          <sub>t</sub> (<i>I</i> = {formatCount(input)} in layer 1) and from <i>h</i>
          <sub>t−1</sub> (<i>H</i> = {formatCount(hidden)})
        </span>
      </li>
      {bidirectional && (
        <li>
          <span className="swatch reverse-swatch" aria-hidden="true" />
          shaded: the reverse direction, reading from the last step back
        </li>
      )}
      {hasCellState(cell) && (
        <li>
          <span className="swatch state-swatch" aria-hidden="true" />
          <span>
            cell state <i>c</i>
            <sub>t</sub>: no synapses
          </span>
        </li>
      )}
    </ul>
  );
}
