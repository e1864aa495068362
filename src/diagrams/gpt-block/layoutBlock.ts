import { findPart, partNamed, type GptPart } from '../../counting/index.js';
import { arrangeNarrow, arrangeWide } from './arrange.js';
import { FRAME, narrowUnit, wideUnit, type Box } from './frame.js';
import { scaleNote, streamTitle } from './labels.js';
import type { Scale } from './placeMatrix.js';
import { planBlock } from './plan.js';
import type { BlockLayout } from './shapes.js';

export type { Box } from './frame.js';

/** The block as the counting library gives it: its parts (projections or circuits), d_model and d_head. */
export interface BlockInput {
  parts: readonly GptPart[];
  dModel: number;
  dHead: number;
  /** Whether the counts are hidden (predict, then reveal): labels then state sizes, not products. */
  hideCounts?: boolean;
}

/**
 * The block drawn to scale: every weight matrix a rectangle of rows
 * (neurons) × columns (synapses per neuron), standing on a common baseline so
 * their heights compare as bars, on the residual stream with its two norms.
 * Wide boxes put attention and the MLP side by side on a horizontal stream;
 * narrow ones stack them beside a vertical stream. The DOM it implies is the
 * same at d_model = 64 and 16,384: only sizes and labels change.
 */
export function layoutBlock({ parts, dModel, dHead, hideCounts = false }: BlockInput, box: Box): BlockLayout {
  const plans = planBlock(parts);
  const wide = wideUnit(plans, box);
  const orientation = wide >= FRAME.wideAdvantage * narrowUnit(plans, box) ? 'wide' : 'narrow';
  const stacked = { width: box.width, maxHeight: Math.max(box.maxHeight, FRAME.stackedAspect * box.width) };
  const fitted = orientation === 'wide' ? wide : narrowUnit(plans, stacked);
  const scale: Scale = { unit: Math.max(Math.min(fitted, FRAME.maxSide / dModel), 1e-9), dModel, dHead };
  // d_model² as the library counts it: one d × d attention matrix, the QK circuit or W_Q.
  const square = findPart({ parts }, 'attn.qk') ?? partNamed({ parts }, 'attn.q');
  const labels = { stream: streamTitle(dModel), note: scaleNote(dModel, hideCounts ? null : square.synapses) };
  const arrange = orientation === 'wide' ? arrangeWide : arrangeNarrow;
  return { orientation, unit: scale.unit, ...arrange(plans, scale, box.width, labels) };
}
