// Lighthouse on every page, with its mobile and desktop presets, `runs` times each: one row per page and preset
// (see medianRun), as the runs vary from one to the next on one machine.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { LIGHTHOUSE_BUDGETS, medianRun } from './budgets.mjs';

const PRESETS = [
  ['mobile', undefined],
  ['desktop', desktopConfig],
];

async function runOnce(url, port, config) {
  const { lhr } = await lighthouse(
    url,
    { port, output: 'json', logLevel: 'error', onlyCategories: Object.keys(LIGHTHOUSE_BUDGETS) },
    config,
  );
  const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    'best-practices': score('best-practices'),
    seo: score('seo'),
    lcpMs: lhr.audits['largest-contentful-paint'].numericValue,
    tbtMs: lhr.audits['total-blocking-time'].numericValue,
    cls: lhr.audits['cumulative-layout-shift'].numericValue,
  };
}

/** Runs Lighthouse on each of `paths` under `origin`; calls `onRow` with each row as it is ready. */
export async function runLighthouse(origin, paths, { runs, chromePath, chromeFlags, onRow }) {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags });
  const rows = [];
  try {
    for (const path of paths) {
      for (const [preset, config] of PRESETS) {
        const results = [];
        for (let run = 0; run < runs; run++) results.push(await runOnce(origin + path, chrome.port, config));
        const row = { path, preset, ...medianRun(results) };
        rows.push(row);
        onRow(row);
      }
    }
  } finally {
    await chrome.kill();
  }
  return rows;
}
