import { snapToStep } from '../state/schema.js';

/** Where a value sits on a slider track, and back. Log scales give small and huge sizes room on one track. */
export interface SliderScale {
  min: number;
  max: number;
  step: number;
  log: boolean;
}

/** Track positions of a log-scale slider: fine enough for a smooth drag. */
export const LOG_POSITIONS = 1000;

export const snap = (scale: SliderScale, value: number): number => snapToStep(scale, value);

export function toPosition(scale: SliderScale, value: number): number {
  if (!scale.log) return value;
  const t = Math.log(value / scale.min) / Math.log(scale.max / scale.min);
  return Math.round(t * LOG_POSITIONS);
}

export function fromPosition(scale: SliderScale, position: number): number {
  if (!scale.log) return snap(scale, position);
  return snap(scale, scale.min * (scale.max / scale.min) ** (position / LOG_POSITIONS));
}

/**
 * The value a key press leads to, or undefined for keys the slider leaves alone.
 * Arrows move one step; Page Up/Down ten steps (a doubling on a log scale).
 */
export function keyStep(scale: SliderScale, value: number, key: string): number | undefined {
  const page = (up: boolean) => {
    if (!scale.log) return snap(scale, value + (up ? 10 : -10) * scale.step);
    const next = snap(scale, up ? value * 2 : value / 2);
    return next === value ? snap(scale, value + (up ? scale.step : -scale.step)) : next;
  };
  switch (key) {
    case 'ArrowUp':
    case 'ArrowRight':
      return snap(scale, value + scale.step);
    case 'ArrowDown':
    case 'ArrowLeft':
      return snap(scale, value - scale.step);
    case 'PageUp':
      return page(true);
    case 'PageDown':
      return page(false);
    case 'Home':
      return scale.min;
    case 'End':
      return scale.max;
    default:
      return undefined;
  }
}

/**
 * The first value at or past `next`, moving away from `from` one track step at
 * a time, that `refuse` accepts; `from` when none is left before the track's end.
 */
export function usableFrom(
  track: SliderScale,
  from: number,
  next: number,
  refuse: (value: number) => string | null,
): number {
  // One step of the value's grid at a time, so no usable value is jumped over (a log track's positions would).
  const along = (v: number) => keyStep(track, v, next > from ? 'ArrowRight' : 'ArrowLeft')!;
  for (let v = next; ;) {
    if (refuse(v) === null) return v;
    const onward = along(v);
    if (onward === v) return from;
    v = onward;
  }
}
