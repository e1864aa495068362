/**
 * How attention is split into heads. No count depends on the split, only on
 * the attention's width n_heads × d_head, which is d_model in every model here
 * except two rows of the GPT‑3 paper's Table 2.1, kept as printed.
 */
export interface Heads {
  nHeads: number;
  dHead: number;
}

/** Widest head the schema allows (the paper's largest is 128). */
export const MAX_D_HEAD = 256;

/** Whether the heads make attention exactly as wide as the model. */
export const headsAddUp = (dModel: number, { nHeads, dHead }: Heads): boolean => nHeads * dHead === dModel;

/**
 * Heads that split `dModel` evenly, keeping the head width `dHead` if it
 * divides d_model, else the widest power of two below it that does (every
 * d_model on the slider is a multiple of 4).
 */
export function headsFor(dModel: number, dHead: number): Heads {
  let width = Math.min(dHead, MAX_D_HEAD);
  if (dModel % width !== 0) {
    width = 2 ** Math.floor(Math.log2(width));
    while (dModel % width !== 0) width /= 2;
  }
  return { nHeads: dModel / width, dHead: width };
}

/**
 * The rule between fields: when d_model changes and the heads were not set
 * with it (a slider moved, or a link named only d_model), the heads follow
 * d_model. Heads set together with d_model — a preset, or a link naming
 * them — are kept as given, so the paper's rows that do not add up stay as printed.
 */
export function headsFollowModel<V extends Heads & { dModel: number }>(next: V, previous: V): V {
  const headsKept = next.nHeads === previous.nHeads && next.dHead === previous.dHead;
  if (next.dModel === previous.dModel || !headsKept) return next;
  return { ...next, ...headsFor(next.dModel, next.dHead) };
}
