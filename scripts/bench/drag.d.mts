/** Types for scripts/bench/drag.mjs, used by its unit tests. */
import type { Drag } from './budgets.mjs';
export interface Tick {
  time: number;
  moved: boolean;
  changed: boolean;
  value: string;
}
export interface Frame {
  start: number;
  interval: number;
  moved: boolean;
  valueChanged: boolean;
  widgetChanged: boolean;
}
export const MOVES: number;
export function framesOf(ticks: readonly Tick[]): Frame[];
export function summariseDrag(
  frames: readonly Frame[],
): Pick<Drag, 'frames' | 'meanMs' | 'longestMs' | 'idle' | 'newValues' | 'newStates' | 'behind'>;
