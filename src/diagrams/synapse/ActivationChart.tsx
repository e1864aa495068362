import { dataLit } from '../dataLit.js';
import { partLit, type SynapseFocus } from './focus.js';
import type { ActivationLayout } from './layoutActivation.js';
import { DiagramSvg } from '../DiagramSvg.js';
import { pointItem } from '../../components/pointing.js';

interface ActivationChartProps {
  layout: ActivationLayout;
  width: number;
  height: number;
  focus: SynapseFocus | null;
  onFocus: (focus: SynapseFocus | null) => void;
  /** The curve's name, e.g. "y = tanh(z)". */
  title: string;
  description: string;
  /** While the counts are hidden (predict, then reveal): the curve without the neuron's point on it. */
  hidePoint?: boolean;
}

/** The activation curve y = σ(z), with the neuron's current point and guides to both axes. */
export function ActivationChart({
  layout,
  width,
  height,
  focus,
  onFocus,
  title,
  description,
  hidePoint = false,
}: ActivationChartProps) {
  const { plot, point } = layout;
  return (
    <DiagramSvg
      className="activation-chart"
      width={width}
      height={height}
      description={description}
      {...pointItem<SynapseFocus>(onFocus, { kind: 'act' })}
    >
      <g className="grid">
        <line x1={layout.zeroX} x2={layout.zeroX} y1={plot.top} y2={plot.bottom} />
        <line x1={plot.left} x2={plot.right} y1={layout.zeroY} y2={layout.zeroY} />
      </g>
      <g className="axes">
        <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} />
        <line x1={plot.left} x2={plot.left} y1={plot.top} y2={plot.bottom} />
        {layout.xTicks.map((t) => (
          <text key={t.label} x={t.x} y={plot.bottom + 5} textAnchor="middle" dominantBaseline="hanging">
            {t.label}
          </text>
        ))}
        {layout.yTicks.map((t) => (
          <text key={t.label} x={plot.left - 5} y={t.y} textAnchor="end" dominantBaseline="central">
            {t.label}
          </text>
        ))}
        <text className="axis-name" x={plot.right} y={plot.bottom - 6} textAnchor="end">
          z
        </text>
        <text className="axis-name" x={plot.left + 8} y={plot.top + 2} dominantBaseline="hanging">
          {title}
        </text>
      </g>
      <path className="curve" data-lit={dataLit(partLit(focus, 'curve'), focus !== null)} d={layout.path} />
      {!hidePoint && (
        <>
          <g className="guides">
            <line x1={point.x} x2={point.x} y1={point.y} y2={plot.bottom} />
            <line x1={plot.left} x2={point.x} y1={point.y} y2={point.y} />
          </g>
          <circle className="current" cx={point.x} cy={point.y} r={6} />
        </>
      )}
    </DiagramSvg>
  );
}
