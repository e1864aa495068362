// Size budgets, checked on every `npm test` after the build (sizes are deterministic; timings are not, see bench).
import { BUDGETS, kb, measureSizes } from './sizes.mjs';

const { pages, element } = await measureSizes();
const rows = [
  ...pages.map((p) => ({ what: `page ${p.path}`, js: p.js, css: p.css, budget: BUDGETS.pageJsGzip })),
  ...element.map((e) => ({ what: `web component + ${e.widget}`, js: e.js, budget: BUDGETS.elementJsGzip })),
];
let failed = 0;
console.log('JS and CSS a reader downloads on arrival (gzip):');
for (const row of rows) {
  const ok = row.js.gzip <= row.budget;
  if (!ok) failed++;
  const css = row.css ? `  css ${kb(row.css.gzip).padStart(9)}` : '';
  console.log(
    `${ok ? 'ok  ' : 'OVER'} ${row.what.padEnd(34)} js ${kb(row.js.gzip).padStart(9)} (raw ${kb(row.js.raw)}) of ${kb(row.budget)}${css}`,
  );
}
if (pages.length === 0 || element.length < 2) {
  console.error('No pages or widgets were measured: is dist/ built?');
  process.exit(1);
}
if (failed > 0) {
  console.error(`${failed} size budget(s) missed.`);
  process.exit(1);
}
