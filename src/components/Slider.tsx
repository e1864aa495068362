import { memo, useId, useState, type ChangeEvent, type KeyboardEvent } from 'react';
import { formatCount, formatDecimal, unitFor } from '../format/numbers.js';
import { decimalsOf } from '../state/schema.js';
import { fromPosition, keyStep, LOG_POSITIONS, snap, toPosition, usableFrom, type SliderScale } from './sliderScale.js';
import { hoverLight } from './pointing.js';

export interface SliderProps {
  /** Visible label; also the accessible name, so it contains the symbol (e.g. "d_model"). */
  label: string;
  value: number;
  min: number;
  max: number;
  step?: number;
  /** The grid the track's keys and drag land on, if coarser than `step` (which the number field keeps). */
  trackStep?: number;
  /** Log scale for ranges that span orders of magnitude (e.g. 1 to 65,536). */
  log?: boolean;
  /** Stops worth a button under the track, e.g. GPT‑3's 12,288. */
  marks?: readonly { value: number; label: string }[];
  onChange: (value: number) => void;
  /** Focus or hover on the control, to highlight what it sets. */
  onFocusChange?: (focused: boolean) => void;
  /** Extra words after the value for screen readers, e.g. "neurons". */
  unit?: string;
  /** Id of the term this control sets, to tie it to the formula and diagram. */
  term?: string;
  /**
   * Why a value cannot be used here (it would move a setting an embed keeps
   * fixed), or null. The track and its keys skip such values, going on in
   * the direction of the move; a typed one is an error that says why.
   */
  refuse?: (value: number) => string | null;
}

/**
 * A native range input (keyboard, touch and screen readers for free) paired
 * with a number field for exact values. A typed value outside the range is
 * kept in the field with an error until the reader fixes or leaves it.
 */
export const Slider = memo(function Slider({
  label,
  value,
  min,
  max,
  step = 1,
  trackStep = step,
  log = false,
  marks,
  onChange,
  onFocusChange,
  unit,
  term,
  refuse,
}: SliderProps) {
  const id = useId();
  const scale: SliderScale = { min, max, step, log };
  const track: SliderScale = { ...scale, step: trackStep };
  const [draft, setDraft] = useState<string | null>(null);
  const format = (v: number) => (step < 1 ? formatDecimal(v, decimalsOf(step)) : formatCount(v));
  const error = draft === null ? null : (validate(draft, scale, format) ?? refuse?.(Number(draft)) ?? null);
  /** `next`, or the first usable value past it going away from `value`; `value` itself when there is none. */
  const settle = (next: number) => (refuse === undefined ? next : usableFrom(track, value, next, refuse));
  const valueText = `${format(value)}${unit ? ` ${unitFor(value, unit)}` : ''}`;

  const onRange = (event: ChangeEvent<HTMLInputElement>) => {
    setDraft(null);
    const next = settle(
      log ? fromPosition(track, Number(event.target.value)) : snap(track, Number(event.target.value)),
    );
    if (next !== value) onChange(next);
  };
  const onRangeKey = (event: KeyboardEvent<HTMLInputElement>) => {
    // A log track's positions are not values: step in values instead (and skip refused ones on any track).
    if (!log && refuse === undefined) return;
    const step = keyStep(track, value, event.key);
    if (step === undefined) return;
    event.preventDefault();
    const next = settle(step);
    if (next !== value) onChange(next);
  };
  const onNumber = (event: ChangeEvent<HTMLInputElement>) => {
    const text = event.target.value;
    setDraft(text);
    if (validate(text, scale, format) === null && !refuse?.(Number(text)) && Number(text) !== value) {
      onChange(Number(text));
    }
  };
  const focusProps = onFocusChange && {
    onFocus: () => onFocusChange(true),
    onBlur: () => onFocusChange(false),
    ...hoverLight(onFocusChange),
  };

  return (
    <div className="control slider" data-term={term} {...focusProps}>
      <label htmlFor={`${id}-range`}>{label}</label>
      <div className="slider-row">
        <input
          id={`${id}-range`}
          type="range"
          min={log ? 0 : min}
          max={log ? LOG_POSITIONS : max}
          step={log ? 1 : trackStep}
          value={log ? toPosition(scale, value) : value}
          aria-valuetext={valueText}
          onChange={onRange}
          onKeyDown={onRangeKey}
        />
        <input
          type="number"
          // Phones' numeric keypads may lack a minus sign or a decimal point.
          inputMode={min < 0 ? undefined : step < 1 ? 'decimal' : 'numeric'}
          aria-label={`${label}, exact value`}
          min={min}
          max={max}
          step={step}
          value={draft ?? String(value)}
          aria-invalid={error !== null}
          aria-describedby={error === null ? undefined : `${id}-error`}
          onChange={onNumber}
          onBlur={() => error === null && setDraft(null)}
          onKeyDown={(e) => e.key === 'Escape' && setDraft(null)}
        />
      </div>
      {error !== null && (
        <p className="control-error" id={`${id}-error`} role="status">
          {error} Press Escape to undo.
        </p>
      )}
      {marks && marks.length > 0 && (
        <div className="slider-marks" role="group" aria-label={`${label} stops`}>
          {marks.map((mark) => (
            <button
              key={mark.value}
              type="button"
              className="mark"
              aria-pressed={mark.value === value}
              disabled={mark.value !== value && refuse?.(mark.value) != null}
              onClick={() => {
                setDraft(null);
                onChange(mark.value);
              }}
            >
              {mark.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
});

function validate(text: string, scale: SliderScale, format: (v: number) => string): string | null {
  const number = text.trim() === '' ? Number.NaN : Number(text);
  if (!Number.isFinite(number)) return 'Type a number.';
  if (number < scale.min || number > scale.max) return `Use ${format(scale.min)} to ${format(scale.max)}.`;
  if (snap(scale, number) !== number) {
    return scale.step === 1 ? 'Use a whole number.' : `Use a multiple of ${format(scale.step)}.`;
  }
  return null;
}
