// Screenshots of pages at phone and desktop widths, for looking at what changed:
//   node scripts/screenshots.mjs /linear /gpt-block   (needs `npm run preview` on port 4173)
import { mkdir } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.mjs';

const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/', '/linear'];
const base = process.env.BASE_URL ?? 'http://localhost:4173';
const out = process.env.OUT ?? 'test-results/screenshots';
const browser = await chromium.launch(chromiumLaunchOptions());
await mkdir(out, { recursive: true });
for (const scheme of (process.env.SCHEMES ?? 'light').split(',')) {
  for (const [name, width] of [
    ['phone', 360],
    ['desktop', 1280],
  ]) {
    const page = await browser.newPage({ viewport: { width, height: 800 }, colorScheme: scheme, deviceScaleFactor: 1 });
    page.on('console', (m) => m.type() === 'error' && console.log(`console error on ${name}: ${m.text()}`));
    for (const path of paths) {
      await page.goto(base + path, { waitUntil: 'networkidle' });
      const file = `${out}/${path.replace(/[^a-z0-9]+/gi, '_') || 'home'}-${name}-${scheme}.png`;
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
    }
    await page.close();
  }
}
await browser.close();
