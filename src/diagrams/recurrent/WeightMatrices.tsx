import { formatCount, formatQuantity } from '../../format/numbers.js';
import { blockLit, type RecurrentFocus } from './focus.js';
import type { MatrixLayout, MatrixSpec } from './layoutMatrix.js';
import { arrowsPath, rectsPath } from './paths.js';
import { pointArea, pointTarget } from '../../components/pointing.js';

interface WeightMatricesProps {
  matrices: readonly { spec: MatrixSpec; layout: MatrixLayout }[];
  focus: RecurrentFocus | null;
  onFocus: (focus: RecurrentFocus | null) => void;
}

/**
 * Each layer's weights as one matrix [W_ih W_hh]: a row per neuron, grouped
 * by gate; its input synapses on the left, its recurrent synapses on the right.
 */
export function WeightMatrices({ matrices, focus, onFocus }: WeightMatricesProps) {
  return (
    <div className="rnn-matrices">
      <p className="rnn-matrices-caption">
        The same weights, layer by layer: one row per neuron, one column per synapse.
      </p>
      {matrices.map(({ spec, layout }) => (
        <svg
          key={spec.layer}
          className="diagram rnn-matrix"
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          width={layout.width}
          height={layout.height}
          role="img"
          aria-label={`Layer ${spec.layer}${spec.directions > 1 ? ', each direction' : ''}: [W_ih W_hh] has ${spec.rows === null ? 'rows,' : `${formatQuantity(spec.rows, 'rows')},`} one per neuron (${spec.gates.length} × ${formatCount(spec.hidden)}), and ${formatCount(spec.inputs)} + ${formatQuantity(spec.hidden, 'columns')}, one per synapse`}
          {...pointArea(onFocus)}
        >
          {layout.blocks.map((block) => (
            <path
              key={`${block.gate}-${block.side}`}
              className="rnn-block"
              data-side={block.side}
              data-lit={focus === null ? undefined : blockLit(focus, spec.layer, block.gate, block.side)}
              d={rectsPath([block])}
              {...pointTarget<RecurrentFocus>(onFocus, {
                kind: 'part',
                layer: spec.layer,
                direction: 'forward',
                gate: block.gate,
              })}
            />
          ))}
          {layout.grid.length > 0 && <path className="rnn-grid" d={arrowsPath(layout.grid)} />}
          {/* Keyed by place in the list, not position: a label that moves as the counts change is updated, not remounted. */}
          {layout.labels.map((label, i) => (
            <text
              key={`${label.kind}-${i}`}
              className="rnn-matrix-label"
              data-kind={label.kind}
              x={label.x}
              y={label.y}
              textAnchor={label.anchor}
            >
              {label.text}
              {label.sub && (
                <tspan className="sub" dy={3}>
                  {label.sub}
                </tspan>
              )}
            </text>
          ))}
        </svg>
      ))}
    </div>
  );
}
