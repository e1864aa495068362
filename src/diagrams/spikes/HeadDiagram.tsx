import { useRef, type PointerEvent } from 'react';
import type { HeadLayout } from './layoutHead.js';
import { DiagramSvg } from '../DiagramSvg.js';

interface HeadDiagramProps {
  layout: HeadLayout;
  width: number;
  height: number;
  description: string;
  /** Called with the source's new angle (radians from ahead, positive to the right) as the reader drags it. */
  onAngle: (angle: number) => void;
}

/** A head from above and where the sound comes from; drag the source around the head. */
export function HeadDiagram({ layout, width, height, description, onAngle }: HeadDiagramProps) {
  const dragging = useRef(false);
  const { cx, cy, r, source, ears } = layout;

  const aim = (event: PointerEvent<SVGSVGElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    const x = ((event.clientX - rect.left) * width) / rect.width - cx;
    const y = ((event.clientY - rect.top) * height) / rect.height - cy;
    onAngle(Math.atan2(x, -y));
  };

  return (
    <DiagramSvg
      className="head"
      width={width}
      height={height}
      description={description}
      onPointerDown={(event) => {
        event.currentTarget.setPointerCapture(event.pointerId);
        dragging.current = true;
        aim(event);
      }}
      onPointerMove={(event) => dragging.current && aim(event)}
      onPointerUp={() => (dragging.current = false)}
      onPointerCancel={() => (dragging.current = false)}
    >
      <path className="track" d={layout.track} transform={`translate(${cx},${cy})`} />
      <line className="sound-path" x1={source.x} y1={source.y} x2={ears.left.x} y2={ears.left.y} />
      <line className="sound-path" x1={source.x} y1={source.y} x2={ears.right.x} y2={ears.right.y} />
      <path className="nose" d={layout.nose} />
      <circle className="skull" cx={cx} cy={cy} r={r} />
      <ellipse className="ear" cx={ears.left.x} cy={ears.left.y} rx={3} ry={6} />
      <ellipse className="ear" cx={ears.right.x} cy={ears.right.y} rx={3} ry={6} />
      <text className="ear-label" x={ears.left.x - 8} y={cy + 4} textAnchor="end">
        L
      </text>
      <text className="ear-label" x={ears.right.x + 8} y={cy + 4}>
        R
      </text>
      <circle className="source" cx={source.x} cy={source.y} r={7} />
    </DiagramSvg>
  );
}
