import { formatCount } from '../format/numbers.js';

/**
 * How attention is split into heads: n_heads heads of d_head features each.
 * No count depends on the split, only on attention's width n_heads × d_head,
 * which is d_model in every model here except two rows of the GPT‑3 paper's
 * Table 2.1, kept as printed.
 */
export interface Heads {
  nHeads: number;
  dHead: number;
}

/** The head splits a widget offers. */
export interface HeadsLimits {
  /** The narrowest head. */
  minDHead: number;
  /** The widest head. */
  maxDHead: number;
  /** The most heads. */
  maxHeads: number;
}

/**
 * One rule, two ranges. One block (gpt-block) has an n_heads slider, which
 * needs a short range (GPT‑3 175B's 96 is well inside 256) and no head
 * narrower than 8 (d_head = 1 would mislead). Whole models (the GPT‑3
 * chapter's widgets) have no heads control: their heads follow d_model, and a
 * link or a published row may give any split, so the range is as wide as the
 * link allows (12,292 is 3,073 heads of 4, shown as such).
 */
export const HEADS_LIMITS = {
  block: { minDHead: 8, maxDHead: 16_384, maxHeads: 256 },
  model: { minDHead: 1, maxDHead: 256, maxHeads: 16_384 },
} as const satisfies Record<string, HeadsLimits>;

/** Whether the heads make attention exactly as wide as the model. */
export const headsAddUp = (dModel: number, { nHeads, dHead }: Heads): boolean => nHeads * dHead === dModel;

/** Head counts that split `dModel` evenly within `limits`, ascending. */
export function validHeads(dModel: number, limits: HeadsLimits): number[] {
  const most = Math.min(limits.maxHeads, Math.floor(dModel / limits.minDHead));
  const heads: number[] = [];
  for (let h = Math.max(1, Math.ceil(dModel / limits.maxDHead)); h <= most; h++) if (dModel % h === 0) heads.push(h);
  return heads;
}

export function headsFit(dModel: number, nHeads: number, limits: HeadsLimits): boolean {
  return Number.isInteger(nHeads) && validHeads(dModel, limits).includes(nHeads);
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
 * moves to the neighbouring valid count instead of sticking. With no fit at
 * all, the requested count, as the link gave it.
 */
export function fitHeads(dModel: number, requested: number, limits: HeadsLimits, options: FitOptions = {}): number {
  const { from, lean = -1 } = options;
  const valid = validHeads(dModel, limits);
  if (valid.length === 0 || valid.includes(requested)) return requested;
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

/**
 * Heads that split `dModel` evenly, keeping the head width `dHead` if it
 * divides d_model, else the widest power of two below it that does, as real
 * models widen by adding heads of 64 or 128. When that leaves the limits (a
 * block's heads of 4, or more than 256 of them), the head count nearest to it
 * that fits; `lean` breaks a tie as in fitHeads.
 */
export function headsFor(dModel: number, dHead: number, limits: HeadsLimits, lean = -1): Heads {
  let width = Math.min(dHead, limits.maxDHead);
  if (dModel % width !== 0) {
    width = 2 ** Math.floor(Math.log2(width));
    while (dModel % width !== 0) width /= 2;
  }
  const nHeads = dModel / width;
  if (nHeads <= limits.maxHeads && width >= limits.minDHead) return { nHeads, dHead: width };
  const fitted = fitHeads(dModel, nHeads, limits, { lean });
  return { nHeads: fitted, dHead: dModel / fitted };
}

/** A shape's sizes the heads rule reads: d_head absent is d_model ÷ n_heads (a widget with an n_heads control). */
export interface HeadsShape {
  dModel: number;
  nHeads: number;
  dHead?: number;
}

const widthOf = (shape: HeadsShape): number => shape.dHead ?? shape.dModel / shape.nHeads;

/** Whether the heads split d_model evenly: n_heads × d_head = d_model, or n_heads a divisor in range when d_head follows. */
const splits = (shape: HeadsShape, limits: HeadsLimits): boolean =>
  shape.dHead === undefined ? headsFit(shape.dModel, shape.nHeads, limits) : headsAddUp(shape.dModel, shape as Heads);

/**
 * The rule between d_model and the heads, for every GPT widget. When d_model
 * moves alone (a slider, or a link naming only d_model), the heads stay if
 * they still split it evenly, else they keep their width (see headsFor):
 * 768 → 1,536 keeps 12 heads, 768 → 832 takes them to 13 of 64. Keeping what
 * still splits is what lets a link leave out a setting at its default and
 * reopen the same shape. Heads given with d_model are kept: when d_head is
 * stored (a preset, or a link naming it), as given, so the paper's rows that
 * do not add up stay as printed; when d_head is d_model ÷ n_heads, n_heads
 * must divide d_model, and a count that does not is settled on the nearest
 * that does (see fitHeads).
 */
export function settleHeads<V extends HeadsShape>(next: V, previous: V, limits: HeadsLimits): V {
  const headsGiven = next.nHeads !== previous.nHeads || next.dHead !== previous.dHead;
  if (headsGiven) {
    if (next.dHead !== undefined) return next;
    const nHeads = fitHeads(next.dModel, next.nHeads, limits, { from: previous.nHeads });
    return nHeads === next.nHeads ? next : { ...next, nHeads };
  }
  if (next.dModel === previous.dModel || splits(next, limits)) return next;
  const heads = headsFor(next.dModel, widthOf(previous), limits, next.dModel - previous.dModel);
  return { ...next, ...(next.dHead === undefined ? { nHeads: heads.nHeads } : heads) };
}

/** Why `requested` heads do not fit `dModel`, in words for a notice: "does not divide d_model (768)". */
export function whyHeadsMisfit(dModel: number, requested: number, limits: HeadsLimits): string {
  if (dModel % requested !== 0) return `does not divide d_model (${formatCount(dModel)})`;
  if (dModel / requested > limits.maxDHead) {
    return `leaves d_head = ${formatCount(dModel / requested)}, over the maximum of ${formatCount(limits.maxDHead)}`;
  }
  return `leaves d_head = ${formatCount(dModel / requested)}, under the minimum of ${limits.minDHead}`;
}
