import { dataLit } from '../dataLit.js';
import { dims, valueLit, vectorLit, type KvFocus } from './focus.js';
import type { ColumnViewLayout } from './layoutColumnView.js';
import { DiagramSvg } from '../DiagramSvg.js';
import { pointItem } from '../../components/pointing.js';

interface ColumnViewProps {
  layout: ColumnViewLayout;
  /** Key names as printed: "k₁". */
  names: readonly string[];
  /** Names of the output plane's axes: the value neurons, "y₁" and "y₂". */
  axes: readonly [string, string];
  focus: KvFocus | null;
  onFocus: (focus: KvFocus | null) => void;
  /** The picture in words with the current numbers. */
  description: string;
  /** While the outputs are hidden (predict, then reveal): the directions only, no steps or output. */
  hideResult?: boolean;
}

/**
 * The direction view: the columns of W_value as faint directions from the
 * origin; each key's column scaled by the key's output, laid head to tail;
 * and the output vector (red) from the origin to where the steps end.
 */
export function ColumnView({ layout, names, axes, focus, onFocus, description, hideResult = false }: ColumnViewProps) {
  const { size, origin, output } = layout;
  const end = size - 4;
  return (
    <DiagramSvg className="kv-columns" width={size} height={size} description={description}>
      <g className="kv-grid">
        {layout.ticks.map((t) => (
          <g key={t.value}>
            <line x1={origin.x + t.at} x2={origin.x + t.at} y1={4} y2={end} />
            <line y1={origin.y - t.at} y2={origin.y - t.at} x1={4} x2={end} />
          </g>
        ))}
      </g>
      <g className="kv-axes">
        <line x1={4} x2={end} y1={origin.y} y2={origin.y} />
        <line y1={4} y2={end} x1={origin.x} x2={origin.x} />
        {layout.axisNames.map((name, i) => (
          <text key={i} x={name.x} y={name.y} textAnchor="end">
            {axes[i]}
          </text>
        ))}
        <text className="kv-tick" x={origin.x + 28} y={size - 6}>
          grid: 1 unit
        </text>
      </g>
      <g className="kv-rays">
        {layout.rays.map((ray) => (
          <g key={ray.key} data-lit={dataLit(vectorLit(focus, ray.key), dims(focus, 'vector'))}>
            <line className="kv-ray-line" x1={origin.x} y1={origin.y} x2={ray.edgeX} y2={ray.edgeY} />
            {(ray.labelled || hideResult) && (
              <text x={ray.labelX} y={ray.labelY} textAnchor="middle" dominantBaseline="central">
                {names[ray.key]}
              </text>
            )}
          </g>
        ))}
      </g>
      {!hideResult && (
        <>
          <g className="kv-projections">
            {layout.projections.map((p) => (
              <line
                key={p.row}
                x1={p.x1}
                y1={p.y1}
                x2={p.x2}
                y2={p.y2}
                data-lit={dataLit(valueLit(focus, p.row), dims(focus, 'value'))}
              />
            ))}
          </g>
          <g className="kv-output">
            <line x1={output.x1} y1={output.y1} x2={output.x2} y2={output.y2} />
            <polygon points={output.head} />
          </g>
          <g className="kv-steps">
            {layout.steps.map((step) => (
              <g
                key={step.key}
                className="kv-step"
                data-lit={dataLit(vectorLit(focus, step.key), dims(focus, 'vector'))}
                data-step={step.key}
                {...pointItem<KvFocus>(onFocus, { kind: 'key', index: step.key })}
              >
                <line
                  className="kv-step-hit"
                  x1={step.arrow.x1}
                  y1={step.arrow.y1}
                  x2={step.arrow.tx}
                  y2={step.arrow.ty}
                />
                <line x1={step.arrow.x1} y1={step.arrow.y1} x2={step.arrow.x2} y2={step.arrow.y2} />
                <polygon points={step.arrow.head} />
                {step.labelled && (
                  <text x={step.labelX} y={step.labelY} textAnchor="middle" dominantBaseline="central">
                    {names[step.key]}
                  </text>
                )}
              </g>
            ))}
          </g>
          <text className="kv-output-label neuron-text" x={output.tx + 6} y={output.ty - 6}>
            y
          </text>
        </>
      )}
    </DiagramSvg>
  );
}
