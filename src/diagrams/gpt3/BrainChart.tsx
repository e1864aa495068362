import type { BrainChartLayout } from './layoutBrainChart.js';
import { DiagramSvg } from '../DiagramSvg.js';
import { pointArea, pointTarget } from '../../components/pointing.js';

interface BrainChartProps {
  layout: BrainChartLayout;
  /** The store's focus: a metric id lights its group. */
  focus: string | null;
  onFocus: (id: string | null) => void;
  /** What the chart shows, with the current numbers. */
  description: string;
}

/** The model and the brain side by side on one log axis: neurons, synapses and synapses per neuron. */
export function BrainChart({ layout, focus, onFocus, description }: BrainChartProps) {
  const dim = focus !== null && layout.groups.some((g) => g.id === focus);
  const gridBottom = layout.axisY - 14;
  return (
    <DiagramSvg
      className="brain-chart"
      width={layout.width}
      height={layout.height}
      description={description}
      {...pointArea(onFocus)}
    >
      <g className="grid">
        {layout.ticks.map((t) => (
          <line key={t.label} x1={t.x} x2={t.x} y1={0} y2={gridBottom} />
        ))}
      </g>
      {layout.groups.map((g) => (
        <g
          key={g.id}
          className={`chart-group is-${g.kind}`}
          data-metric={g.id}
          data-lit={dim ? focus === g.id : undefined}
          {...pointTarget(onFocus, g.id)}
        >
          <rect className="band" x={0} y={g.top} width={layout.width} height={g.bottom - g.top} />
          <text className="group-label" x={0} y={g.y}>
            {g.label}
          </text>
          <text className="ratio" x={layout.width} y={g.y} textAnchor="end">
            {g.ratio}
          </text>
          {layout.bars
            .filter((b) => b.metric === g.id)
            .map((b) => (
              <g key={b.who} className={`bar-row ${b.who}`}>
                <rect
                  className={`bar is-${b.kind} ${b.who}`}
                  x={b.x}
                  y={b.y}
                  width={b.width}
                  height={b.height}
                  rx={2}
                />
                <text className="bar-value" x={b.textX} y={b.y + b.height / 2} dominantBaseline="central">
                  {b.text}
                </text>
              </g>
            ))}
        </g>
      ))}
      <g className="names">
        {layout.names.map((n, i) => (
          <text key={i} className={n.who} x={layout.x0 - 8} y={n.y} textAnchor="end" dominantBaseline="central">
            {n.text}
          </text>
        ))}
      </g>
      <g className="axis">
        <line x1={layout.x0} x2={layout.x1} y1={gridBottom} y2={gridBottom} />
        {layout.ticks.map((t) => (
          <text key={t.label} x={t.x} y={layout.axisY} textAnchor="middle">
            {t.label}
            {t.word && (
              <tspan className="tick-word" x={t.x} dy={13}>
                {t.word}
              </tspan>
            )}
          </text>
        ))}
      </g>
    </DiagramSvg>
  );
}
