import { memo } from 'react';
import type { ScaleLayout } from './layoutScale.js';
import { DiagramSvg } from '../DiagramSvg.js';
import { pointArea, pointTarget } from '../../components/pointing.js';

interface ScaleChartProps {
  layout: ScaleLayout;
  /** What is measured: sets the colour (neurons red, synapses blue). */
  kind: 'neuron' | 'synapse';
  /** The row under the pointer or keyboard focus, shared with the table. */
  focus: string | null;
  selected: string | null;
  onFocus: (id: string | null) => void;
  onSelect: (id: string) => void;
  /** What the picture shows, in words, with every value. */
  description: string;
}

const diamond = (x: number, r: number) => `M${x},${-r}L${x + r},0L${x},${r}L${x - r},0Z`;

/**
 * Models (filled dots) and nervous systems (open diamonds) on one log axis;
 * a mixture of experts has an open ring on its stem for what one token uses.
 * Pointing at a model's row lights it here and in the table; clicking picks
 * it for the breakdown. The table gives the same from the keyboard.
 */
export const ScaleChart = memo(function ScaleChart({
  layout,
  kind,
  focus,
  selected,
  onFocus,
  onSelect,
  description,
}: ScaleChartProps) {
  const { width, height, axisY, plotLeft, rowHeight, label, markDy } = layout;
  return (
    <DiagramSvg
      className={`scale-chart ${kind}`}
      width={width}
      height={height}
      description={description}
      {...pointArea(onFocus)}
    >
      <g className="grid">
        {layout.ticks.map((tick) => (
          <g key={tick.value} data-major={tick.label !== undefined || undefined}>
            <line x1={tick.x} x2={tick.x} y1={axisY + 6} y2={height} />
            {tick.label && (
              <text x={tick.x} y={axisY} textAnchor="middle">
                {tick.label}
              </text>
            )}
          </g>
        ))}
      </g>
      {layout.rows.map((row) => {
        const model = row.kind === 'model';
        return (
          <g
            key={row.id}
            className="scale-row"
            data-kind={row.kind}
            data-row={row.id}
            data-lit={focus === null ? undefined : focus === row.id}
            data-selected={selected === row.id || undefined}
            transform={`translate(0 ${row.y})`}
            {...(model && {
              ...pointTarget(onFocus, row.id),
              onClick: () => {
                onFocus(row.id);
                onSelect(row.id);
              },
            })}
          >
            <rect className="hit" x={0} y={-rowHeight / 2} width={width} height={rowHeight} />
            <text className="label" x={label.x} y={label.dy} dy="0.35em" textAnchor={label.anchor}>
              {row.text}
            </text>
            <g transform={markDy === 0 ? undefined : `translate(0 ${markDy})`}>
              <line className="stem" x1={plotLeft} x2={row.x} />
              {row.activeX !== undefined && <circle className="mark-active" cx={row.activeX} r={4} />}
              {model ? <circle className="mark" cx={row.x} r={5} /> : <path className="mark" d={diamond(row.x, 6)} />}
              <text className="value" x={row.x + 10} dy="0.35em">
                {row.valueLabel}
              </text>
            </g>
          </g>
        );
      })}
    </DiagramSvg>
  );
});
