// Frames while a reader drags a widget's slider: the thumb is pressed at one end of its track and moved to the
// other in MOVES pointer moves, one per frame, with the CPU slowed. Every animation frame in the page is timed,
// and each is marked with what happened in it: a pointer move, a new slider value, a change to the rest of the
// widget (its diagram, counts, formula). The figures cover the frames from the first move to the last; the
// budget's verdict (budgets.mjs) also asks that the widget followed the slider in every frame it moved.

import { dragKeptUp } from './budgets.mjs';
import { controlName, openAtStress, stressSlider } from './stress.mjs';

export const MOVES = 60;

/**
 * Runs in the page: times every animation frame and notes what happened since the one before, which is what
 * the frame draws: a pointer move, a new value taken from the slider, a change to the rest of the widget.
 */
function startRecording(slider) {
  const widget = slider.closest('[data-widget]');
  // The slider's own row (its number field) echoes the value: it is not the widget following.
  const control = slider.closest('.control') ?? slider;
  // The value the widget took from the slider, as its number field shows it: on a log track many positions
  // round to one value. A bare slider has no field: its own value then.
  const field = control.querySelector('input[type="number"]') ?? slider;
  const frames = [];
  let moved = false;
  let changed = false;
  const onMove = () => (moved = true);
  const observer = new MutationObserver((records) => {
    if (records.some((r) => !control.contains(r.target))) changed = true;
  });
  observer.observe(widget, { subtree: true, childList: true, attributes: true, characterData: true });
  window.addEventListener('pointermove', onMove, { capture: true });
  let running = true;
  const tick = (time) => {
    if (!running) return;
    frames.push({ time, moved, changed, value: field.value });
    moved = false;
    changed = false;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  window.__stopRecording = () => {
    running = false;
    observer.disconnect();
    window.removeEventListener('pointermove', onMove, { capture: true });
    return frames;
  };
}

/**
 * The recorded ticks as frames. A frame's interval runs from its start to the next frame's start: the input
 * handled at its start, the updates that input caused, and drawing them.
 */
export function framesOf(ticks) {
  return ticks.slice(0, -1).map((tick, k) => ({
    start: tick.time,
    interval: ticks[k + 1].time - tick.time,
    moved: tick.moved,
    valueChanged: k > 0 && tick.value !== ticks[k - 1].value,
    widgetChanged: tick.changed,
  }));
}

/**
 * The figures of one drag: frames from the first with a move to the last with a move. `idle` frames had no
 * move in them (the driver fell behind); `behind` frames had a new slider value but no change to the widget.
 */
export function summariseDrag(frames) {
  const first = frames.findIndex((f) => f.moved);
  const last = frames.findLastIndex((f) => f.moved);
  const span = first < 0 ? [] : frames.slice(first, last + 1);
  const intervals = span.map((f) => f.interval);
  return {
    frames: span.length,
    meanMs: span.length ? intervals.reduce((a, b) => a + b, 0) / span.length : Number.NaN,
    longestMs: span.length ? Math.max(...intervals) : Number.NaN,
    idle: span.filter((f) => !f.moved).length,
    newValues: span.filter((f) => f.valueChanged).length,
    newStates: span.filter((f) => f.widgetChanged).length,
    behind: span.filter((f) => f.valueChanged && !f.widgetChanged).length,
  };
}

const nextFrame = (page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve())));

/**
 * Opens `url` (an embed page, or `html` served at `url`) at the widget's heaviest setting, slows the CPU
 * `throttle`× and drags its stress control's thumb across the track: once to warm up, then until a drag
 * moved the pointer in nearly every frame (at most `attempts` drags; a loaded machine can fall behind).
 */
export async function measureDrag(browser, url, { throttle, html, attempts = 3 }) {
  const { page, control } = await openAtStress(browser, url, { html });
  const slider = stressSlider(page, control);
  if ((await slider.count()) === 0) {
    await page.close();
    return { control: controlName(control), skipped: 'no slider to drag' };
  }
  await slider.scrollIntoViewIfNeeded();
  const box = await slider.boundingBox();
  const [min, max] = await slider.evaluate((el) => [Number(el.min), Number(el.max)]);
  const y = box.y + box.height / 2;
  // Pressed just inside the near end, the thumb jumps there; moved past the far end, as a finger overshoots,
  // it stops at that end.
  const from = box.x + 1;
  const to = box.x + box.width + 8;
  const session = await page.context().newCDPSession(page);
  // Each move waits for the page to take the one before, which it does at the start of a frame: one per frame.
  const mouse = (type, x) =>
    session.send('Input.dispatchMouseEvent', {
      type,
      x,
      y,
      button: 'left',
      buttons: type === 'mouseReleased' ? 0 : 1,
      clickCount: type === 'mouseMoved' ? 0 : 1,
    });
  const text = () => page.locator('[data-widget]').first().innerText();
  const drag = async (moves) => {
    await mouse('mousePressed', from);
    await nextFrame(page);
    await nextFrame(page);
    const start = { value: await slider.evaluate((el) => Number(el.value)), text: await text() };
    await slider.evaluate(startRecording);
    await nextFrame(page);
    for (let i = 1; i <= moves; i++) await mouse('mouseMoved', from + ((to - from) * i) / moves);
    await nextFrame(page);
    await nextFrame(page);
    const ticks = await page.evaluate(() => window.__stopRecording());
    await mouse('mouseReleased', to);
    const end = { value: await slider.evaluate((el) => Number(el.value)), text: await text() };
    return {
      fromEnd: start.value === min,
      toEnd: end.value === max,
      textChanged: start.text !== end.text,
      ...summariseDrag(framesOf(ticks)),
    };
  };

  await session.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await mouse('mouseMoved', from);
  await drag(Math.round(MOVES / 3));
  let measured;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    measured = { ...(await drag(MOVES)), attempt };
    if (dragKeptUp(measured)) break;
  }
  await session.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await page.close();
  return { control: controlName(control), ...measured };
}
