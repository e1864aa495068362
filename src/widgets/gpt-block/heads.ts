import { formatCount } from '../../format/numbers.js';

/** Narrowest head the widget allows: thinner heads are not used in practice, and d_head = 1 would mislead. */
export const MIN_D_HEAD = 8;
/** The n_heads slider's top; GPT‑3 175B uses 96. */
export const MAX_HEADS = 256;

/** Head counts allowed at this width, ascending: divisors of dModel that leave d_head ≥ MIN_D_HEAD. */
export function validHeads(dModel: number): number[] {
  const most = Math.min(MAX_HEADS, Math.floor(dModel / MIN_D_HEAD));
  const heads: number[] = [];
  for (let h = 1; h <= most; h++) if (dModel % h === 0) heads.push(h);
  return heads;
}

export function headsFit(dModel: number, nHeads: number): boolean {
  return Number.isInteger(nHeads) && nHeads >= 1 && nHeads <= MAX_HEADS && validHeads(dModel).includes(nHeads);
}

/** How to settle a head count that does not fit: see fitHeads. */
export interface FitOptions {
  /** Where the reader moved n_heads from, if they did. */
  from?: number;
  /** Which way a tie goes when the reader did not move n_heads: +1 more heads, -1 fewer. */
  lean?: number;
}

/**
 * The head count to use for `requested` at width `dModel`: `requested` itself
 * when it fits, else the nearest count that does. When the reader moved
 * n_heads (`from`), a tie goes their way, and if the nearest fit is where they
 * started, the next fit in their direction is taken, so an arrow key always
 * moves to the neighbouring valid count instead of sticking.
 */
export function fitHeads(dModel: number, requested: number, { from, lean = -1 }: FitOptions = {}): number {
  const valid = validHeads(dModel);
  if (valid.includes(requested)) return requested;
  const direction = from === undefined ? Math.sign(lean) || -1 : Math.sign(requested - from) || -1;
  let best = valid[0]!;
  for (const h of valid) {
    const closer = Math.abs(h - requested) - Math.abs(best - requested);
    if (closer < 0 || (closer === 0 && direction > 0)) best = h;
  }
  if (from !== undefined && best === from) {
    const onward = direction > 0 ? valid.find((h) => h > from) : valid.findLast((h) => h < from);
    return onward ?? best;
  }
  return best;
}

/** Why `requested` heads do not fit `dModel`, in words for a notice: "does not divide d_model (768)". */
export function whyHeadsMisfit(dModel: number, requested: number): string {
  if (dModel % requested !== 0) return `does not divide d_model (${formatCount(dModel)})`;
  return `leaves d_head = ${formatCount(dModel / requested)}, under the minimum of ${MIN_D_HEAD}`;
}
