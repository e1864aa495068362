import { describe, expect, it } from 'vitest';
import {
  DRAG_BUDGET,
  dragVerdict,
  KEYBOARD_RATIO,
  keyboardVerdict,
  medianRun,
  summarise,
  type Drag,
  type LighthouseRun,
} from './budgets.mjs';
import { framesOf, summariseDrag, type Tick } from './drag.mjs';

describe('summarise', () => {
  it('takes the median and the 95th percentile of the samples, in any order', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(summarise(samples)).toEqual({ samples: 100, median: 50, p95: 95 });
  });
});

describe('keyboardVerdict', () => {
  const reference = { samples: 120, median: 6, p95: 15 };

  it('allows a widget up to the ratio of the reference, median and p95 each', () => {
    const atBudget = { samples: 60, median: KEYBOARD_RATIO * 6, p95: KEYBOARD_RATIO * 15 };
    expect(keyboardVerdict(atBudget, reference, 50)).toEqual({
      ok: true,
      budget: { median: KEYBOARD_RATIO * 6, p95: KEYBOARD_RATIO * 15 },
      reasons: [],
    });
  });

  it('names each figure past its budget with its ratio to the reference', () => {
    const verdict = keyboardVerdict({ samples: 60, median: 18, p95: 29 }, reference, 50);
    expect(verdict.ok).toBe(false);
    expect(verdict.reasons).toEqual(["median 18.0 ms is ×3.0 the reference's"]);
  });

  it('fails a widget measured over too few steps, however fast', () => {
    expect(keyboardVerdict({ samples: 12, median: 1, p95: 2 }, reference, 50).ok).toBe(false);
  });
});

describe('dragVerdict', () => {
  const smooth: Drag = {
    fromEnd: true,
    toEnd: true,
    textChanged: true,
    frames: 60,
    meanMs: 16.7,
    longestMs: 16.8,
    idle: 0,
    newValues: 50,
    newStates: 50,
    behind: 0,
  };

  it('passes a drag that followed the finger in every frame, within the frame budgets', () => {
    expect(dragVerdict(smooth)).toEqual({ ok: true, reasons: [] });
    expect(dragVerdict({ ...smooth, meanMs: DRAG_BUDGET.meanMs, longestMs: DRAG_BUDGET.longestMs }).ok).toBe(true);
  });

  it('fails one long frame, and frames too far apart on average', () => {
    expect(dragVerdict({ ...smooth, longestMs: 66.7 }).reasons).toEqual(['a frame took 66.7 ms']);
    expect(dragVerdict({ ...smooth, meanMs: 33.4 }).reasons).toEqual(['frames were 33.4 ms apart on average']);
  });

  it('does not count a fast drag whose widget did not follow it', () => {
    expect(dragVerdict({ ...smooth, behind: 3 }).ok).toBe(false);
    expect(dragVerdict({ ...smooth, newStates: 0, textChanged: false }).ok).toBe(false);
    expect(dragVerdict({ ...smooth, toEnd: false }).ok).toBe(false);
  });

  it('does not count a drag in which the pointer stood still for many frames', () => {
    expect(dragVerdict({ ...smooth, frames: 90, idle: 30 }).reasons).toEqual([
      'the pointer did not move in 30 of 90 frames',
    ]);
    expect(dragVerdict({ ...smooth, frames: 62, idle: 2 }).ok).toBe(true);
  });
});

describe('framesOf and summariseDrag', () => {
  // Two frames before the pointer moves, three moves (the second one slow, the third only moving the thumb
  // within a value), a frame the driver missed, one more move, and the frame after.
  const ticks: Tick[] = [
    { time: 0, moved: false, changed: false, value: '1' },
    { time: 16.7, moved: false, changed: false, value: '1' },
    { time: 33.3, moved: true, changed: true, value: '2' },
    { time: 50, moved: true, changed: true, value: '3' },
    { time: 100, moved: true, changed: false, value: '3' },
    { time: 116.7, moved: false, changed: false, value: '3' },
    { time: 133.3, moved: true, changed: false, value: '4' },
    { time: 150, moved: false, changed: false, value: '4' },
  ];

  it('gives each frame the time until the next one starts, and what happened before it', () => {
    const frames = framesOf(ticks);
    expect(frames).toHaveLength(ticks.length - 1);
    expect(frames[3]).toEqual({ start: 50, interval: 50, moved: true, valueChanged: true, widgetChanged: true });
    expect(frames[4]).toMatchObject({ moved: true, valueChanged: false, widgetChanged: false });
  });

  it('sums up the frames from the first move to the last, counting lagging and idle frames', () => {
    const drag = summariseDrag(framesOf(ticks));
    expect(drag).toMatchObject({ frames: 5, longestMs: 50, idle: 1, newValues: 3, newStates: 2, behind: 1 });
    expect(drag.meanMs).toBeCloseTo((150 - 33.3) / 5);
  });
});

describe('medianRun', () => {
  const run = (performance: number, seo = 100): LighthouseRun => ({
    performance,
    accessibility: 100,
    'best-practices': 100,
    seo,
    tbtMs: performance * 10,
  });

  it('reports the median run by performance, the lowest other scores, and every run in order', () => {
    const row = medianRun([run(91), run(97, 92), run(85), run(95), run(93)]);
    expect(row).toMatchObject({ performance: 93, tbtMs: 930, seo: 92, runs: [91, 97, 85, 95, 93] });
  });
});
