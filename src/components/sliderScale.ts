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
 * The value to land on when a move from `from` to `next` meets values `refuse`
 * turns down: the first usable one at or past `next`, going on away from
 * `from`; failing that (the track's end), the usable one nearest `next` on the
 * way back (End lands on the largest usable value); `from` when there is none.
 */
export function usableFrom(
  track: SliderScale,
  from: number,
  next: number,
  refuse: (value: number) => string | null,
): number {
  const up = next > from;
  // One step of the value's grid at a time, so no usable value is jumped over (a log track's positions would).
  const walk = (start: number, onwards: boolean, stop: (v: number) => boolean): number | undefined => {
    for (let v = start; !stop(v);) {
      if (refuse(v) === null) return v;
      const onward = keyStep(track, v, onwards ? 'ArrowRight' : 'ArrowLeft')!;
      if (onward === v) return undefined;
      v = onward;
    }
    return undefined;
  };
  return walk(next, up, () => false) ?? walk(next, !up, (v) => (up ? v <= from : v >= from)) ?? from;
}
