// Input-to-paint latency of one widget: for each key press, the time from the input event (keydown) to the
// first animation frame after the widget's DOM has finished changing for it. Every change the key causes
// counts, including any rendered later (deferred work does not shorten the figure).
import { summarise } from './budgets.mjs';
import { controlName, openAtStress, stressSlider } from './stress.mjs';

/** Runs in the page before any script: records one latency per key press that changes the widget. */
function recordLatencies() {
  window.__latencies = [];
  window.addEventListener(
    'keydown',
    (event) => {
      const start = event.timeStamp;
      const widget = document.querySelector('[data-widget]');
      if (!widget) return;
      let frameAfterLast;
      let quiet;
      const settle = () => {
        observer.disconnect();
        if (frameAfterLast !== undefined) window.__latencies.push(frameAfterLast - start);
      };
      const observer = new MutationObserver(() => {
        frameAfterLast = undefined;
        requestAnimationFrame((time) => {
          frameAfterLast ??= Math.max(time, performance.now());
        });
        clearTimeout(quiet);
        // Changes for this key are over once 150 ms pass without another.
        quiet = setTimeout(settle, 150);
      });
      observer.observe(widget, { subtree: true, childList: true, attributes: true, characterData: true });
      // A key that changes nothing (a slider at its end) records nothing.
      quiet = setTimeout(settle, 1000);
    },
    { capture: true },
  );
}

/**
 * The least any page can do for a key press: a bare range input whose handler sets one text node. Its
 * figures are the floor of this measure on the machine at hand (input routing, CPU throttling, frame timing),
 * and the widgets' budgets are multiples of them. A pointer drag uses it too.
 */
export const REFERENCE_PAGE = `<!doctype html><html lang="en"><title>Reference</title>
<figure data-widget="reference" data-ready><input type="range" aria-label="w" min="0" max="100" value="50"><output>50</output></figure>
<script>const i = document.querySelector('input'), o = document.querySelector('output');
i.addEventListener('input', () => { o.textContent = i.value; });</script></html>`;

/**
 * Opens `url` (an embed page, or `html` served at `url`), moves the widget to its heaviest setting (the
 * frame's data-stress link), slows the CPU `throttle`×, then steps the named
 * control `steps` times, alternating left and right.
 */
export async function measureLatency(browser, url, { steps, throttle, html }) {
  const { page, control } = await openAtStress(browser, url, { html, init: recordLatencies });
  const target = control
    ? stressSlider(page, control)
        .or(page.getByRole('radio', { name: control, exact: true }))
        .first()
    : stressSlider(page, control);
  await target.focus();
  const session = await page.context().newCDPSession(page);
  await session.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  // Warm up: the first presses compile the code paths the measured ones reuse.
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press(i % 2 === 0 ? 'ArrowLeft' : 'ArrowRight');
    await page.waitForTimeout(200);
  }
  await page.evaluate(() => (window.__latencies = []));
  for (let i = 0; i < steps; i++) {
    const before = await page.evaluate(() => window.__latencies.length);
    await page.keyboard.press(i % 2 === 0 ? 'ArrowLeft' : 'ArrowRight');
    // Poll on a timer: polling on animation frames would keep frames running and align every update to vsync,
    // which an idle page, the reader's case, does not do.
    await page
      .waitForFunction((n) => window.__latencies.length > n, before, { polling: 50, timeout: 3000 })
      .catch(() => undefined);
  }
  const latencies = await page.evaluate(() => window.__latencies);
  await session.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await page.close();
  return { control: controlName(control), ...summarise(latencies), latencies };
}
