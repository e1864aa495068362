import type { WaterfallLayout, WaterfallRow } from './layoutWaterfall.js';
import { DiagramSvg } from '../DiagramSvg.js';
import { pointArea, pointTarget } from '../../components/pointing.js';

interface WaterfallProps {
  layout: WaterfallLayout;
  /** Rows to light, or null when nothing is focused. */
  lit: ReadonlySet<string> | null;
  onFocus: (id: string | null) => void;
  description: string;
}

/** Two short slanted strokes across a bar where the axis jumps. */
function BreakMark({ row, x }: { row: WaterfallRow; x: number }) {
  const top = row.barY - 3;
  const bottom = row.barY + row.barHeight + 3;
  return (
    <path
      className="axis-break"
      d={`M${x - 4},${bottom} L${x},${top} M${x + 1},${bottom} L${x + 5},${top}`}
      aria-hidden="true"
    />
  );
}

/** A waterfall from the blocks' synapses to the model's parameters, each step an exact figure. */
export function Waterfall({ layout, lit, onFocus, description }: WaterfallProps) {
  const { width } = layout;
  const breakAt = layout.breakX - 10;
  return (
    <DiagramSvg
      className="waterfall"
      width={width}
      height={layout.height}
      description={description}
      {...pointArea(onFocus)}
    >
      {layout.rows.map((row) => (
        <g
          key={row.id}
          className={`wf-row ${row.kind}`}
          data-step={row.id}
          data-lit={lit === null ? undefined : lit.has(row.id)}
          {...pointTarget(onFocus, row.id)}
        >
          <rect className="band" x={0} y={row.top} width={width} height={row.bottom - row.top} />
          <text className="wf-label" x={0} y={row.textY}>
            {row.label}
          </text>
          <text className="wf-value" x={width} y={row.textY} textAnchor="end" data-value={row.valueText}>
            {row.valueText}
          </text>
          {row.width > 0 && (
            <rect className="wf-bar" x={row.x} y={row.barY} width={row.width} height={row.barHeight} rx={1.5} />
          )}
          {row.broken && row.width > 0 && <BreakMark row={row} x={breakAt} />}
        </g>
      ))}
      <g className="connectors">
        {layout.connectors.map((c, i) => (
          <line key={i} x1={c.x} x2={c.x} y1={c.y1} y2={c.y2} />
        ))}
      </g>
      {layout.reference && (
        <g className="reference">
          {layout.reference.segments.map((s) => (
            <line key={s.y1} x1={layout.reference!.x} x2={layout.reference!.x} y1={s.y1} y2={s.y2} />
          ))}
          <text x={layout.reference.labelX} y={10} textAnchor={layout.reference.anchor}>
            {layout.reference.label}
          </text>
        </g>
      )}
      {layout.ticks.length > 0 && (
        <g className="axis">
          <line x1={layout.axisX[0]} x2={breakAt - 3} y1={layout.axisY - 14} y2={layout.axisY - 14} />
          <line x1={breakAt + 7} x2={layout.axisX[1]} y1={layout.axisY - 14} y2={layout.axisY - 14} />
          {layout.ticks.map((t) => (
            <text key={t.label} x={t.x} y={layout.axisY} textAnchor={t.anchor}>
              {t.label}
            </text>
          ))}
        </g>
      )}
    </DiagramSvg>
  );
}
