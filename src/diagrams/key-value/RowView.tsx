import { dataLit } from '../dataLit.js';
import { cellLit, dims, keyLit, keySynapsesLit, valueLit, type KvFocus } from './focus.js';
import type { RowViewLayout } from './layoutRowView.js';
import { DiagramSvg } from '../DiagramSvg.js';
import { pointItem } from '../../components/pointing.js';

/** What the row view prints: every label as text, formatted by the widget. */
export interface RowViewText {
  /** Per key: its value ("0.60", "0"), its name ("k₁"), its synapses' signs ("+", "−", one per input) and its accessible description. */
  keys: readonly { value: string; name: string; signs: readonly string[]; describe: string }[];
  /** Names of the inputs, labelling the rows of signs: "x₁". */
  inputs: readonly string[];
  /** W_value's entries as printed, by rows. */
  weights: readonly (readonly string[])[];
  /** Per value neuron: its name ("y₁"), its output ("1.80") and its accessible description. */
  values: readonly { name: string; output: string; describe: string }[];
  /** The whole view in one sentence with the current numbers. */
  description: string;
}

interface RowViewProps {
  layout: RowViewLayout;
  text: RowViewText;
  /** Sign of each weight, for its cell's tint (the printed weight carries the sign too). */
  signs: readonly (readonly number[])[];
  focus: KvFocus | null;
  onFocus: (focus: KvFocus | null) => void;
}

/**
 * The neuron view: each key neuron's output as a bar, W_value under the bars
 * with each key's column beneath it, and each value neuron's output at the end
 * of its row. Transparent buttons over each key's column and each value's row
 * make the neurons reachable by pointer, touch and keyboard alike.
 */
export function RowView({ layout, text, signs, focus, onFocus }: RowViewProps) {
  const { width, height } = layout;
  const target = (id: KvFocus) => ({
    ...pointItem(onFocus, id),
    onFocus: () => onFocus(id),
    onBlur: () => onFocus(null),
  });
  return (
    <div className="kv-stage" style={{ width, height }}>
      <DiagramSvg className="kv-rows" width={width} height={height} description={text.description}>
        <text className="kv-axis-label" x={layout.hLabel.x} y={layout.hLabel.y} textAnchor="end">
          h
        </text>
        <line
          className="kv-baseline"
          x1={layout.baseline.x1}
          x2={layout.baseline.x2}
          y1={layout.baseline.y}
          y2={layout.baseline.y}
        />
        {layout.synapseY.map((y, k) => (
          <text key={k} className="kv-input-name" x={layout.inputLabelX} y={y} textAnchor="end">
            {text.inputs[k]}
          </text>
        ))}
        {layout.bars.map((bar) => {
          const key = text.keys[bar.key]!;
          return (
            <g key={bar.key} className="kv-key" data-lit={dataLit(keyLit(focus, bar.key), dims(focus, 'key'))}>
              <rect className="neuron kv-bar" x={bar.x} y={bar.y} width={bar.width} height={bar.height} />
              <text className="kv-bar-value" x={bar.cx} y={bar.labelY} textAnchor="middle" data-key-output={bar.key}>
                {key.value}
              </text>
              <text className="kv-key-name neuron-text" x={bar.cx} y={layout.nameY} textAnchor="middle">
                {key.name}
              </text>
              <g
                className="kv-key-signs synapse-text"
                data-lit={dataLit(keySynapsesLit(focus, bar.key), dims(focus, 'key'))}
              >
                {layout.synapseY.map((y, k) => (
                  <text key={k} x={bar.cx} y={y} textAnchor="middle">
                    {key.signs[k]}
                  </text>
                ))}
              </g>
            </g>
          );
        })}
        {layout.cells.map((cell) => (
          <g
            key={`${cell.row}-${cell.col}`}
            className="kv-cell"
            data-lit={dataLit(cellLit(focus, cell.row, cell.col), dims(focus, 'cell'))}
          >
            <rect
              data-sign={Math.sign(signs[cell.row]![cell.col]!)}
              x={cell.x}
              y={cell.y}
              width={cell.width}
              height={cell.height}
              rx={3}
            />
            <text
              x={cell.x + cell.width / 2}
              y={cell.y + cell.height / 2}
              textAnchor="middle"
              dominantBaseline="central"
            >
              {text.weights[cell.row]![cell.col]}
            </text>
          </g>
        ))}
        {layout.rows.map((row) => {
          const value = text.values[row.row]!;
          return (
            <g key={row.row} className="kv-value" data-lit={dataLit(valueLit(focus, row.row), dims(focus, 'value'))}>
              <text className="neuron-text" x={row.labelX} y={row.y} textAnchor="end" dominantBaseline="central">
                {value.name}
              </text>
              <text
                className="kv-value-output neuron-text"
                x={row.outputX}
                y={row.y}
                dominantBaseline="central"
                data-value-output={row.row}
              >
                = {value.output}
              </text>
            </g>
          );
        })}
      </DiagramSvg>
      <div className="kv-hits">
        {layout.keyHits.map((hit) => (
          <button
            key={`k${hit.key}`}
            type="button"
            className="kv-hit"
            style={{ left: hit.x, top: hit.y, width: hit.width, height: hit.height }}
            aria-label={text.keys[hit.key]!.describe}
            {...target({ kind: 'key', index: hit.key })}
          />
        ))}
        {layout.valueHits.map((hit) => (
          <button
            key={`v${hit.row}`}
            type="button"
            className="kv-hit"
            style={{ left: hit.x, top: hit.y, width: hit.width, height: hit.height }}
            aria-label={text.values[hit.row]!.describe}
            {...target({ kind: 'value', index: hit.row })}
          />
        ))}
      </div>
    </div>
  );
}
