import { builtPages } from './builtPages.js';
import { expect, test } from './fixtures.js';

/**
 * Every link on every page that points into the site reaches a page, and a
 * link to a place on a page (#source, a footnote) reaches an element with that id.
 */
test('every internal link on every page reaches a page', async ({ page, request, baseURL }) => {
  test.slow();
  const origin = new URL(baseURL!).origin;
  const targets = new Map<string, Set<string>>();
  for (const path of builtPages()) {
    await page.goto(path);
    const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    for (const href of hrefs) {
      const url = new URL(href);
      if (url.origin !== origin) continue;
      const key = url.pathname + url.search;
      if (!targets.has(key)) targets.set(key, new Set());
      if (url.hash) targets.get(key)!.add(`${decodeURIComponent(url.hash.slice(1))} (from ${path})`);
    }
  }
  expect(targets.size).toBeGreaterThan(8);
  const broken: string[] = [];
  for (const [target, anchors] of targets) {
    const response = await request.get(target);
    if (response.status() !== 200) {
      broken.push(`${target}: status ${response.status()}`);
      continue;
    }
    const html = await response.text();
    if (html.includes('<h1 tabindex="-1">Page not found</h1>')) broken.push(`${target}: the not-found page`);
    for (const anchor of anchors) {
      const id = anchor.replace(/ \(from .*\)$/, '');
      if (!html.includes(`id="${id}"`)) broken.push(`${target}#${anchor}: no element with that id`);
    }
  }
  expect(broken).toEqual([]);
});
