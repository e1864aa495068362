// npm run bench: builds the site, serves it, and measures what readers feel — JS and CSS per page, what a first
// visit transfers before and after the page is idle, keyboard steps and a pointer drag on every widget at its
// heaviest with the CPU slowed 4× (against a bare range input measured the same way in the same run), and
// Lighthouse on every page — then prints each figure with its budget, writes bench/results.json and exits
// non-zero when a figure misses its budget.
//   node scripts/bench.mjs [--no-build] [--no-lighthouse] [--lighthouse-runs=N]      (BENCH_PORT=… to move it)
import { spawn, spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import {
  DRAG_BUDGET,
  dragVerdict,
  FIRST_VISIT_BEFORE_IDLE_BYTES,
  KEYBOARD_RATIO,
  keyboardVerdict,
  LIGHTHOUSE_BUDGETS,
  summarise,
} from './bench/budgets.mjs';
import { measureDrag, MOVES } from './bench/drag.mjs';
import { measureFirstVisit } from './bench/firstVisit.mjs';
import { measureLatency, REFERENCE_PAGE } from './bench/latency.mjs';
import { runLighthouse } from './bench/lighthouse.mjs';
import { chromiumLaunchOptions } from './chromium.mjs';
import { builtPages } from './pages.mjs';
import { BUDGETS, kb, measureSizes } from './sizes.mjs';

const args = new Set(process.argv.slice(2));
const LIGHTHOUSE_RUNS = Number(process.argv.find((a) => a.startsWith('--lighthouse-runs='))?.split('=')[1] ?? 5);
if (!Number.isInteger(LIGHTHOUSE_RUNS) || LIGHTHOUSE_RUNS < 1)
  throw new Error('--lighthouse-runs wants a whole number ≥ 1.');
// Not 4190: fetch refuses it (a port on the Fetch standard's blocked list).
const PORT = Number(process.env.BENCH_PORT ?? 4191);
const ORIGIN = `http://localhost:${PORT}`;
const { executablePath: CHROMIUM, args: CHROME_FLAGS } = chromiumLaunchOptions();
const THROTTLE = 4;
const STEPS = 60;
const REFERENCE = `${ORIGIN}/__reference`;

const results = {
  date: new Date().toISOString(),
  budgets: {
    ...BUDGETS,
    firstVisitBeforeIdleBytes: FIRST_VISIT_BEFORE_IDLE_BYTES,
    keyboardRatioToReference: KEYBOARD_RATIO,
    drag: DRAG_BUDGET,
    lighthouse: LIGHTHOUSE_BUDGETS,
  },
};
const misses = [];
const mark = (ok) => (ok ? '✓' : '✗');
const ms = (value) => `${value.toFixed(1)} ms`;

if (!args.has('--no-build')) {
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], {
  stdio: 'ignore',
  detached: true,
});
const stopServer = () => {
  try {
    process.kill(-server.pid);
  } catch {
    // Already gone.
  }
};
process.on('exit', stopServer);
for (let i = 0; ; i++) {
  try {
    if ((await fetch(ORIGIN)).ok) break;
  } catch {
    if (i > 100) throw new Error(`The preview server did not start on port ${PORT}.`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
const readingPages = builtPages().filter((p) => !p.startsWith('/embed/'));
const embedPages = builtPages().filter((p) => p.startsWith('/embed/'));

// Sizes.
const sizes = await measureSizes();
results.sizes = sizes;
console.log('\nJS and CSS per page (gzip)                 JS        budget   CSS');
for (const page of sizes.pages) {
  const ok = page.js.gzip <= BUDGETS.pageJsGzip;
  if (!ok) misses.push(`page ${page.path}: ${kb(page.js.gzip)} JS`);
  console.log(
    `${mark(ok)} ${page.path.padEnd(38)} ${kb(page.js.gzip).padStart(9)} ≤ ${kb(BUDGETS.pageJsGzip)}  ${kb(page.css.gzip)}`,
  );
}
for (const element of sizes.element) {
  const ok = element.js.gzip <= BUDGETS.elementJsGzip;
  if (!ok) misses.push(`web component + ${element.widget}: ${kb(element.js.gzip)}`);
  console.log(
    `${mark(ok)} ${`web component + ${element.widget}`.padEnd(38)} ${kb(element.js.gzip).padStart(9)} ≤ ${kb(BUDGETS.elementJsGzip)}`,
  );
}

const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROME_FLAGS });

// A first visit.
results.firstVisit = [];
console.log(
  '\nA first visit as a phone, empty cache, on the wire     before idle      budget   idle after   after idle (offline copy)',
);
for (const path of readingPages) {
  const visit = await measureFirstVisit(browser, ORIGIN + path, { workerUrl: `${ORIGIN}/sw.js` });
  results.firstVisit.push({ path, ...visit });
  const ok = visit.installed && visit.before.bytes <= FIRST_VISIT_BEFORE_IDLE_BYTES;
  if (!ok) {
    misses.push(
      `first visit to ${path}: ${kb(visit.before.bytes)} before idle${visit.installed ? '' : ', no offline copy'}`,
    );
  }
  const idle = visit.idleAfterMs === null ? 'never' : `${Math.round(visit.idleAfterMs)} ms`;
  const after = `${kb(visit.after.bytes)} in ${visit.after.files} files${visit.installed ? '' : ', not installed'}`;
  console.log(
    `${mark(ok)} ${path.padEnd(50)} ${kb(visit.before.bytes).padStart(11)} ≤ ${kb(FIRST_VISIT_BEFORE_IDLE_BYTES)} ${idle.padStart(12)}   ${after}`,
  );
}

// Keyboard steps, against the bare input measured before and after the widgets (its steps pooled).
const referenceRuns = [
  await measureLatency(browser, REFERENCE, { steps: STEPS, throttle: THROTTLE, html: REFERENCE_PAGE }),
];
results.keyboard = [];
for (const path of embedPages) {
  results.keyboard.push({
    path,
    ...(await measureLatency(browser, ORIGIN + path, { steps: STEPS, throttle: THROTTLE })),
  });
}
referenceRuns.push(
  await measureLatency(browser, REFERENCE, { steps: STEPS, throttle: THROTTLE, html: REFERENCE_PAGE }),
);
const reference = summarise(referenceRuns.flatMap((run) => run.latencies));
results.keyboardReference = { ...reference, runs: referenceRuns.map(({ median, p95 }) => ({ median, p95 })) };
const refFigure = (figure) => `${ms(figure).padStart(8)}${''.padStart(6)}`;
const budgetOf = (figure) => `≤ ×${KEYBOARD_RATIO} = ${ms(figure)}`;
console.log(
  `\nKeyboard steps, CPU ×${THROTTLE}, heaviest setting              steps    median  (× ref)   budget               p95  (× ref)   budget`,
);
console.log(
  `  ${'reference: a bare <input type="range">, both runs'.padEnd(50)} ${String(reference.samples).padStart(5)}  ${refFigure(reference.median)}   ${''.padEnd(19)} ${refFigure(reference.p95)}   (runs: ${referenceRuns.map((r) => `${ms(r.median)} / ${ms(r.p95)}`).join(', ')})`,
);
for (const row of results.keyboard) {
  const verdict = keyboardVerdict(row, reference, STEPS - 10);
  row.verdict = verdict;
  if (!verdict.ok) misses.push(`keys on ${row.path}: ${verdict.reasons.join('; ')}`);
  const figure = (key) => `${ms(row[key]).padStart(8)} ${`×${(row[key] / reference[key]).toFixed(1)}`.padStart(5)}`;
  console.log(
    `${mark(verdict.ok)} ${row.path.padEnd(20)} ${row.control.slice(0, 29).padEnd(29)} ${String(row.samples).padStart(5)}  ${figure('median')}   ${budgetOf(verdict.budget.median).padEnd(19)} ${figure('p95')}   ${budgetOf(verdict.budget.p95)}`,
  );
}

// A pointer drag, the bare input dragged the same way before and after the widgets.
console.log(
  `\nPointer drag, ${MOVES} moves one a frame, CPU ×${THROTTLE}          frames  new states   mean interval   budget   longest frame   budget`,
);
const dragRow = (label, drag, verdict) =>
  `${mark(verdict.ok)} ${label.padEnd(50)} ${String(drag.frames).padStart(6)} ${String(drag.newStates).padStart(11)} ${ms(drag.meanMs).padStart(15)}   ≤ ${DRAG_BUDGET.meanMs} ms ${ms(drag.longestMs).padStart(15)}   ≤ ${DRAG_BUDGET.longestMs} ms`;
const dragReference = async (when) => {
  const drag = await measureDrag(browser, REFERENCE, { throttle: THROTTLE, html: REFERENCE_PAGE });
  const verdict = dragVerdict(drag);
  console.log(dragRow(`reference: a bare <input type="range">, ${when}`, drag, verdict));
  // The budgets are absolute: a bare input that misses them says the machine, not the site, is too slow.
  if (!verdict.ok) console.log(`    the bare input misses the budget here (${verdict.reasons.join('; ')})`);
  return { when, ...drag, verdict };
};
results.dragReference = [await dragReference('before')];
results.drag = [];
for (const path of embedPages) {
  const drag = await measureDrag(browser, ORIGIN + path, { throttle: THROTTLE });
  if (drag.skipped) {
    results.drag.push({ path, ...drag });
    console.log(`– ${`${path} ${drag.control}`.padEnd(50)} not measured: ${drag.skipped}`);
    continue;
  }
  const verdict = dragVerdict(drag);
  results.drag.push({ path, ...drag, verdict });
  if (!verdict.ok) misses.push(`drag on ${path}: ${verdict.reasons.join('; ')}`);
  console.log(dragRow(`${path} ${drag.control.slice(0, 29)}`, drag, verdict));
  if (!verdict.ok) console.log(`    ${verdict.reasons.join('; ')}`);
}
results.dragReference.push(await dragReference('after'));
await browser.close();

// Lighthouse.
if (!args.has('--no-lighthouse')) {
  console.log(
    `\nLighthouse, median of ${LIGHTHOUSE_RUNS} run(s)     preset    perf  a11y  best   seo     LCP      TBT     CLS   perf per run`,
  );
  results.lighthouse = await runLighthouse(ORIGIN, readingPages, {
    runs: LIGHTHOUSE_RUNS,
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', ...CHROME_FLAGS],
    onRow: (row) => {
      const failed = Object.entries(LIGHTHOUSE_BUDGETS).filter(
        ([id, min]) => (id !== 'performance' || row.preset === 'mobile') && row[id] < min,
      );
      for (const [id] of failed) misses.push(`${row.path} ${row.preset} ${id} ${row[id]}`);
      console.log(
        `${mark(failed.length === 0)} ${row.path.padEnd(28)} ${row.preset.padEnd(8)} ${String(row.performance).padStart(5)} ${String(row.accessibility).padStart(5)} ${String(row['best-practices']).padStart(5)} ${String(row.seo).padStart(5)} ${`${Math.round(row.lcpMs)} ms`.padStart(8)} ${`${Math.round(row.tbtMs)} ms`.padStart(8)} ${row.cls.toFixed(3).padStart(7)}   ${row.runs.join(' ')}`,
      );
    },
  });
}

results.misses = misses;
await mkdir('bench', { recursive: true });
await writeFile('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
console.log(
  `\nbench/results.json written. ${misses.length === 0 ? 'Every figure is within its budget.' : `${misses.length} budget(s) missed:`}`,
);
for (const miss of misses) console.log(`  ✗ ${miss}`);
stopServer();
process.exit(misses.length === 0 ? 0 : 1);
