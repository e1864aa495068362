import { useId, type KeyboardEvent, type PointerEvent } from 'react';
import { layoutPad, padKey, padValue, type PadRange } from './layoutPad.js';

interface InputPadProps {
  x1: number;
  x2: number;
  /** Fixes where the keys switch within the pad's plane. */
  x3: number;
  planes: readonly (readonly [number, number, number])[];
  range: PadRange;
  size: number;
  /** "x₁ 0.50, x₂ 0.40": the position in words, for screen readers. */
  valueText: string;
  onChange: (x1: number, x2: number) => void;
}

/**
 * A 2-D control for (x₁, x₂): drag the handle (mouse, pen or touch), or focus
 * the pad and use the arrow keys — left/right for x₁, up/down for x₂.
 */
export function InputPad({ x1, x2, x3, planes, range, size, valueText, onChange }: InputPadProps) {
  const labelId = useId();
  const helpId = useId();
  const layout = layoutPad({ x1, x2, x3 }, planes, range, size);
  const set = (next: readonly [number, number] | undefined) => {
    if (next !== undefined && (next[0] !== x1 || next[1] !== x2)) onChange(next[0], next[1]);
  };
  const fromPointer = (event: PointerEvent<HTMLDivElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const scale = size / box.width;
    set(padValue((event.clientX - box.left) * scale, (event.clientY - box.top) * scale, size, range));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next = padKey([x1, x2], event.key, event.shiftKey, range);
    if (next === undefined) return;
    event.preventDefault();
    set(next);
  };
  const { box, handle } = layout;
  const axis = layout.grid.find((g) => g.axis)!;
  return (
    <div className="control kv-pad">
      <span className="kv-pad-label" id={labelId}>
        input x₁, x₂ (pad)
      </span>
      <div
        className="kv-pad-surface"
        role="slider"
        tabIndex={0}
        aria-labelledby={labelId}
        aria-describedby={helpId}
        aria-valuemin={range.min}
        aria-valuemax={range.max}
        aria-valuenow={x1}
        aria-valuetext={valueText}
        style={{ width: size, height: size }}
        onKeyDown={onKeyDown}
        onPointerDown={(event) => {
          event.currentTarget.setPointerCapture(event.pointerId);
          event.currentTarget.focus();
          fromPointer(event);
        }}
        onPointerMove={(event) => {
          if (event.currentTarget.hasPointerCapture(event.pointerId)) fromPointer(event);
        }}
      >
        <svg viewBox={`0 0 ${size} ${size}`} width={size} height={size} aria-hidden="true">
          <rect className="kv-pad-box" x={box.x} y={box.y} width={box.side} height={box.side} rx={4} />
          {layout.grid.map((g) => (
            <g key={g.x} className={g.axis ? 'kv-pad-axis' : 'kv-pad-grid'}>
              <line x1={g.x} x2={g.x} y1={box.y} y2={box.y + box.side} />
              <line y1={g.y} y2={g.y} x1={box.x} x2={box.x + box.side} />
            </g>
          ))}
          {layout.switches.map((s, i) => (
            <line key={i} className="kv-pad-switch" x1={s.x1} y1={s.y1} x2={s.x2} y2={s.y2} />
          ))}
          <text className="kv-pad-axis-name" x={box.x + box.side - 4} y={axis.y - 5} textAnchor="end">
            x₁
          </text>
          <text className="kv-pad-axis-name" x={axis.x + 5} y={box.y + 13}>
            x₂
          </text>
          <circle className="kv-pad-handle" cx={handle.x} cy={handle.y} r={8} />
        </svg>
      </div>
      <p className="kv-pad-help" id={helpId}>
        Drag, or focus and use the arrow keys. Dashed lines: where keys switch on or off.
      </p>
    </div>
  );
}
