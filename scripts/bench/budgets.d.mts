/** Types for scripts/bench/budgets.mjs, used by its unit tests. */
export interface Figures {
  samples: number;
  median: number;
  p95: number;
}
export interface Drag {
  fromEnd: boolean;
  toEnd: boolean;
  textChanged: boolean;
  frames: number;
  meanMs: number;
  longestMs: number;
  idle: number;
  newValues: number;
  newStates: number;
  behind: number;
}
export interface LighthouseRun {
  performance: number;
  accessibility: number;
  'best-practices': number;
  seo: number;
  [figure: string]: number;
}
export const KEYBOARD_RATIO: number;
export const DRAG_BUDGET: { longestMs: number; meanMs: number };
export const DRAG_IDLE_SHARE: number;
export const FIRST_VISIT_BEFORE_IDLE_BYTES: number;
export const LIGHTHOUSE_BUDGETS: Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number>;
export function summarise(samples: readonly number[]): Figures;
export function keyboardVerdict(
  widget: Figures,
  reference: Figures,
  minSamples: number,
): { ok: boolean; budget: { median: number; p95: number }; reasons: string[] };
export function dragKeptUp(drag: Drag): boolean;
export function dragVerdict(drag: Drag): { ok: boolean; reasons: string[] };
export function medianRun(runs: readonly LighthouseRun[]): LighthouseRun & { runs: number[] };
