// The budgets `npm run bench` holds the site to, and the verdicts on what it measured. Time budgets are ratios
// to a bare range input measured in the same run, or per-frame limits a reader feels: figures from a loaded
// or a quiet machine are judged alike.

/** Keyboard steps: a widget's median and p95 may each be at most this many times the bare input's. */
export const KEYBOARD_RATIO = 2;

/** A pointer drag: no frame longer than `longestMs`, and frames `meanMs` apart on average (40 a second). */
export const DRAG_BUDGET = { longestMs: 50, meanMs: 25 };

/** A drag is a valid measure only if the pointer moved in nearly every frame of it. */
export const DRAG_IDLE_SHARE = 0.1;

/** A first visit: everything fetched before the page is idle (and so before offline copies), on the wire. */
export const FIRST_VISIT_BEFORE_IDLE_BYTES = 300 * 1024;

/** Lighthouse categories, each at least this; performance is judged on mobile only. */
export const LIGHTHOUSE_BUDGETS = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 95 };

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/** Median and p95 of latency samples (ms), in any order. */
export function summarise(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    samples: sorted.length,
    median: sorted.length ? percentile(sorted, 50) : Number.NaN,
    p95: sorted.length ? percentile(sorted, 95) : Number.NaN,
  };
}

/**
 * A widget's keyboard steps against the reference's: within budget when both its median and its p95 are at
 * most KEYBOARD_RATIO times the reference's, over at least `minSamples` steps.
 */
export function keyboardVerdict(widget, reference, minSamples) {
  const budget = { median: KEYBOARD_RATIO * reference.median, p95: KEYBOARD_RATIO * reference.p95 };
  const reasons = [];
  if (!(widget.samples >= minSamples)) reasons.push(`${widget.samples} steps measured, fewer than ${minSamples}`);
  for (const key of ['median', 'p95']) {
    if (!(widget[key] <= budget[key])) {
      reasons.push(
        `${key} ${widget[key].toFixed(1)} ms is ×${(widget[key] / reference[key]).toFixed(1)} the reference's`,
      );
    }
  }
  return { ok: reasons.length === 0, budget, reasons };
}

/** Whether the driver kept up: the pointer moved in all but DRAG_IDLE_SHARE of the drag's frames. */
export const dragKeptUp = (drag) => drag.frames > 0 && drag.idle <= DRAG_IDLE_SHARE * drag.frames;

/**
 * A drag (see bench/drag.mjs) against DRAG_BUDGET. It counts only if it measured what a reader sees: the thumb
 * went from one end of the track to the other, the widget showed something new, and in every frame that took
 * a new value from the slider the rest of the widget changed too.
 */
export function dragVerdict(drag) {
  const reasons = [];
  if (!drag.fromEnd || !drag.toEnd) reasons.push('the thumb did not go from one end of the track to the other');
  if (!drag.textChanged || drag.newStates === 0) reasons.push('the widget showed nothing new');
  if (drag.behind > 0) reasons.push(`${drag.behind} frame(s) drew a new value but an unchanged widget`);
  if (!dragKeptUp(drag)) reasons.push(`the pointer did not move in ${drag.idle} of ${drag.frames} frames`);
  if (!(drag.longestMs <= DRAG_BUDGET.longestMs)) reasons.push(`a frame took ${drag.longestMs.toFixed(1)} ms`);
  if (!(drag.meanMs <= DRAG_BUDGET.meanMs)) reasons.push(`frames were ${drag.meanMs.toFixed(1)} ms apart on average`);
  return { ok: reasons.length === 0, reasons };
}

/**
 * Lighthouse runs of one page and preset, as one row: the run with the median performance score (the lower
 * middle one for an even count), the lowest score of every other category (they must hold in every run), and
 * each run's performance score in the order run.
 */
export function medianRun(runs) {
  const byScore = [...runs].sort((a, b) => a.performance - b.performance);
  const lowest = (id) => Math.min(...runs.map((r) => r[id]));
  return {
    ...byScore[Math.floor((byScore.length - 1) / 2)],
    accessibility: lowest('accessibility'),
    'best-practices': lowest('best-practices'),
    seo: lowest('seo'),
    runs: runs.map((r) => r.performance),
  };
}
