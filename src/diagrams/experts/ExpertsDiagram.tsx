import type { PointerEvent } from 'react';
import { DiagramSvg } from '../DiagramSvg.js';
import { expertLit, type ExpertsFocus } from './focus.js';
import type { ExpertsLayout } from './layoutExperts.js';

interface ExpertsDiagramProps {
  layout: ExpertsLayout;
  /** The token being routed, for the router's label. */
  token: string;
  focus: ExpertsFocus | null;
  onFocus: (focus: ExpertsFocus | null) => void;
  description: string;
}

/**
 * The router's weights over the experts for one token, and the experts: the
 * top‑k the token is sent to lit, their neurons red; the rest dark. Pointing
 * at (or tapping) an expert or its bar selects it.
 */
export function ExpertsDiagram({ layout, token, focus, onFocus, description }: ExpertsDiagramProps) {
  const { router, grid } = layout;
  // A tap selects what hover selects. A touch also sends pointerenter just before pointerdown, so only
  // pointerdown answers it, and a second tap on the same expert clears the choice (there is no hover to leave).
  const select = (expert: number) => (event: PointerEvent) => {
    const id: ExpertsFocus = { kind: 'expert', index: expert };
    if (event.pointerType === 'mouse') onFocus(id);
    else if (event.type === 'pointerdown') onFocus(expertLit(focus, expert) ? null : id);
  };
  const handlers = (expert: number) => ({ onPointerEnter: select(expert), onPointerDown: select(expert) });
  return (
    <DiagramSvg
      className="experts-diagram"
      width={layout.width}
      height={layout.height}
      description={description}
      onPointerLeave={(event) => event.pointerType === 'mouse' && onFocus(null)}
    >
      <text className="experts-label" x={router.x} y={router.labelY}>
        Router’s weights for “{token}”
      </text>
      <rect className="experts-router" x={router.x} y={router.y} width={router.width} height={router.height} />
      {layout.bars.map((bar) => (
        <rect
          key={bar.expert}
          className="experts-bar"
          data-chosen={bar.chosen || undefined}
          data-focused={expertLit(focus, bar.expert) || undefined}
          x={bar.x}
          y={bar.y}
          width={Math.max(bar.width - (bar.width > 4 ? 1 : 0), 0.5)}
          height={bar.height}
          {...handlers(bar.expert)}
        />
      ))}
      {layout.links.map((link) => (
        <line key={link.expert} className="experts-link" x1={link.x1} y1={link.y1} x2={link.x2} y2={link.y2} />
      ))}
      <text className="experts-label" x={router.x} y={grid.labelY}>
        Experts (lit: the ones this token uses)
      </text>
      {layout.cells.map((cell) => (
        <g
          key={cell.expert}
          className="experts-cell"
          data-expert={cell.expert + 1}
          data-chosen={cell.rank !== null || undefined}
          data-focused={expertLit(focus, cell.expert) || undefined}
          {...handlers(cell.expert)}
        >
          <rect x={cell.x + 1} y={cell.y + 1} width={cell.width - 2} height={cell.height - 2} rx={3} />
          {cell.dots.map((dot, i) => (
            <circle key={i} cx={dot.cx} cy={dot.cy} r={dot.r} />
          ))}
          {cell.rank !== null && cell.dots.length === 0 && cell.width >= 18 && (
            <text x={cell.x + cell.width / 2} y={cell.y + cell.height / 2} dy="0.35em" textAnchor="middle">
              {cell.rank}
            </text>
          )}
        </g>
      ))}
    </DiagramSvg>
  );
}
