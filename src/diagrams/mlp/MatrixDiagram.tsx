import { memo } from 'react';
import { formatCount } from '../../format/numbers.js';
import { neuronLit, synapseLit, type MlpFocus } from './focus.js';
import { layoutMatrix } from './layoutMatrix.js';
import { pointParts } from '../../components/pointing.js';

interface MatrixDiagramProps {
  /** [inputs, width₁, …]: layer l's matrix is sizes[l] × sizes[l − 1]. */
  sizes: readonly number[];
  side: number;
  focus: MlpFocus | null;
  onFocus: (focus: MlpFocus | null) => void;
}

const TOP = 18;
/** Room left of the cells for the row count, in 12 px figures. */
const leftOf = (rows: number) => Math.max(32, 10 + 7.5 * formatCount(rows).length);

/** The same layers as weight matrices: a row per neuron (red), a column per synapse (blue). */
export function MatrixDiagram({ sizes, side, focus, onFocus }: MatrixDiagramProps) {
  return (
    <div className="matrices">
      {sizes.slice(1).map((rows, i) => (
        <Matrix key={i + 1} column={i + 1} rows={rows} cols={sizes[i]!} side={side} focus={focus} onFocus={onFocus} />
      ))}
    </div>
  );
}

interface MatrixProps {
  column: number;
  rows: number;
  cols: number;
  side: number;
  focus: MlpFocus | null;
  onFocus: (focus: MlpFocus | null) => void;
}

/**
 * One layer's matrix; its props are plain values (the focus is the same object
 * until it changes), so resizing one layer redraws only the matrices it touches.
 */
const Matrix = memo(function Matrix({ column, rows, cols, side, focus, onFocus }: MatrixProps) {
  const m = layoutMatrix(rows, cols, side);
  const dim = focus !== null;
  const left = leftOf(rows);
  const w = left + m.width + 4;
  const h = TOP + m.height + 4;
  return (
    <svg
      className="diagram matrix"
      viewBox={`0 0 ${w} ${h}`}
      width={w}
      height={h}
      role="img"
      aria-label={`W${column}: ${formatCount(rows)} × ${formatCount(cols)} weight matrix, one row per neuron of layer ${column}, one column per synapse`}
      {...pointParts(onFocus, (e): MlpFocus => {
        const row = (e.target as Element).getAttribute('data-row');
        return row === null ? { kind: 'layer', column } : { kind: 'neuron', column, index: Number(row) };
      })}
    >
      <text
        className="matrix-rows neuron-text"
        x={left - 5}
        y={TOP + m.height / 2}
        textAnchor="end"
        dominantBaseline="middle"
      >
        {formatCount(rows)}
      </text>
      <text className="matrix-cols synapse-text" x={left + m.width / 2} y={TOP - 6} textAnchor="middle">
        {formatCount(cols)}
      </text>
      <g transform={`translate(${left} ${TOP})`}>
        {/* Keyed by place, not by row: resizing a layer moves the rows shown past the gap, not the cells. */}
        {m.cells.map((c, place) => (
          <rect
            key={place}
            className="weight"
            data-lit={dim ? synapseLit(focus, column, c.row) || neuronLit(focus, column, c.row) : undefined}
            x={c.x + 0.5}
            y={c.y + 0.5}
            width={Math.max(c.size - 1, 0.5)}
            height={Math.max(c.size - 1, 0.5)}
            data-row={c.row}
          />
        ))}
        {m.rowGap && (
          <text
            className="gap"
            x={m.rowGap.x + m.rowGap.width / 2}
            y={m.rowGap.y}
            textAnchor="middle"
            dominantBaseline="middle"
          >
            ⋮
          </text>
        )}
        {m.colGap && (
          <text className="gap" x={m.colGap.x} y={m.colGap.height / 2} textAnchor="middle" dominantBaseline="middle">
            ⋯
          </text>
        )}
      </g>
      <text className="matrix-name" x={2} y={12}>
        W{column}
      </text>
    </svg>
  );
});
