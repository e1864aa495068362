import { useRef, type PointerEvent } from 'react';
import { dataLit } from '../dataLit.js';
import { partLit, type SpikeFocus, type SpikePart } from './focus.js';
import type { RowShape, SpikeLayout } from './layoutSpikes.js';
import { DiagramSvg } from '../DiagramSvg.js';
import { pointItem } from '../../components/pointing.js';
import { HIDDEN } from '../../format/numbers.js';

interface SpikeDiagramProps {
  layout: SpikeLayout;
  width: number;
  height: number;
  lit: SpikePart | null;
  /** What the picture shows, with the current numbers. */
  description: string;
  /** Called while the reader drags input row `row` sideways, with the pixels moved since the press. */
  onDrag: (row: string, dx: number, phase: 'start' | 'move') => void;
  onFocus: (focus: SpikeFocus | null) => void;
  /** While the counts are hidden (predict, then reveal): the inputs only, no potential or output spikes. */
  hideResult?: boolean;
}

const TICK_INSET = 4;

function Ticks({ row, className, lit }: { row: RowShape; className: string; lit: boolean | undefined }) {
  return (
    <g className={className} data-lit={lit}>
      {row.ticks.map((tick, i) => (
        <line key={i} x1={tick.x} x2={tick.x} y1={row.y0 + TICK_INSET} y2={row.y1 - TICK_INSET} />
      ))}
    </g>
  );
}

/** Input spike trains, the membrane potential against its threshold, and the output spikes, on one time axis. */
export function SpikeDiagram({
  layout,
  width,
  height,
  lit,
  description,
  onDrag,
  onFocus,
  hideResult = false,
}: SpikeDiagramProps) {
  const drag = useRef<{ row: string; x: number } | null>(null);
  const { potential, axis, output } = layout;
  const hover = (kind: SpikeFocus['kind']) => pointItem<SpikeFocus>(onFocus, { kind });
  // A part in focus dims the others.
  const litFor = (part: SpikePart) => dataLit(partLit(lit, part), lit !== null);

  const onPointerDown = (row: string) => (event: PointerEvent<SVGRectElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { row, x: event.clientX };
    onDrag(row, 0, 'start');
  };
  const onPointerMove = (event: PointerEvent<SVGRectElement>) => {
    if (drag.current === null) return;
    const scale = width / event.currentTarget.ownerSVGElement!.getBoundingClientRect().width;
    onDrag(drag.current.row, (event.clientX - drag.current.x) * scale, 'move');
  };
  const onPointerEnd = () => {
    drag.current = null;
  };

  return (
    <DiagramSvg className="spikes" width={width} height={height} description={description}>
      {layout.bands.map((band, i) => (
        <rect key={i} className="band" x={band.x} width={band.width} y={0} height={output.y1} />
      ))}
      {layout.inputs.map((row) => (
        <g key={row.id} className="spike-row">
          <line className="baseline" x1={layout.x0} x2={layout.x1} y1={row.y1 - TICK_INSET} y2={row.y1 - TICK_INSET} />
          <text className="row-label" x={layout.x0 - 8} y={(row.y0 + row.y1) / 2}>
            {row.label}
          </text>
          <Ticks row={row} className="input-spikes" lit={litFor('inputs')} />
          <rect
            className="drag-row"
            data-row={row.id}
            x={layout.x0}
            y={row.y0}
            width={layout.x1 - layout.x0}
            height={row.y1 - row.y0}
            onPointerDown={onPointerDown(row.id)}
            onPointerMove={onPointerMove}
            onPointerUp={onPointerEnd}
            onPointerCancel={onPointerEnd}
            {...hover('spikes')}
          />
        </g>
      ))}
      <g className="potential">
        <rect
          className="hover-area"
          x={layout.x0}
          y={potential.y0}
          width={layout.x1 - layout.x0}
          height={potential.y1 - potential.y0}
          {...hover('peak')}
        />
        <line className="axis-line" x1={layout.x0} x2={layout.x1} y1={potential.zeroY} y2={potential.zeroY} />
        <line
          className="threshold"
          data-lit={litFor('threshold')}
          x1={layout.x0}
          x2={layout.x1}
          y1={potential.thresholdY}
          y2={potential.thresholdY}
        />
        <text className="threshold-label" x={layout.x1 + 3} y={potential.thresholdY}>
          θ
        </text>
        <text className="row-label" x={layout.x0 - 8} y={potential.labelY}>
          V(t)
        </text>
        {!hideResult && <path className="trace" data-lit={litFor('trace')} d={potential.path} />}
      </g>
      <g className="spike-row">
        <line
          className="baseline"
          x1={layout.x0}
          x2={layout.x1}
          y1={output.y1 - TICK_INSET}
          y2={output.y1 - TICK_INSET}
        />
        <text className="row-label" x={layout.x0 - 8} y={(output.y0 + output.y1) / 2}>
          output
        </text>
        {hideResult ? (
          <text className="hidden-result" x={(layout.x0 + layout.x1) / 2} y={(output.y0 + output.y1) / 2}>
            {HIDDEN}
          </text>
        ) : (
          <Ticks row={output} className="output-spikes" lit={litFor('output')} />
        )}
        <rect
          className="hover-area"
          x={layout.x0}
          y={output.y0}
          width={layout.x1 - layout.x0}
          height={output.y1 - output.y0}
          {...hover('output')}
        />
      </g>
      <g className="time-axis">
        {axis.ticks.map((tick) => (
          <text key={tick.label} x={tick.x} y={axis.y} textAnchor="middle" dominantBaseline="hanging">
            {tick.label}
          </text>
        ))}
        <text className="unit" x={layout.x0 - 8} y={axis.y} dominantBaseline="hanging">
          ms
        </text>
      </g>
    </DiagramSvg>
  );
}
