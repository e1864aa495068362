import { pageAssets } from '../scripts/sizes.mjs';
import { builtPages } from './builtPages.js';
import { expect, open, test } from './fixtures.js';

// The size budget (scripts/check-size.mjs) counts the scripts a page names in its HTML; check that a
// real first visit loads no others, so the budget measures what readers actually download.
for (const path of builtPages()) {
  test(`a first visit to ${path} loads only the scripts its HTML names`, async ({ page, request }) => {
    const html = await (await request.get(path)).text();
    const named = new Set(pageAssets(html).js.map((file) => `/${file}`));
    const loaded: string[] = [];
    page.on('request', (r) => {
      const { pathname } = new URL(r.url());
      if (pathname.startsWith('/assets/') && pathname.endsWith('.js')) loaded.push(pathname);
    });
    await open(page, path);
    await page.waitForLoadState('networkidle');
    expect(loaded.length).toBeGreaterThan(0);
    expect(loaded.filter((file) => !named.has(file))).toEqual([]);
  });
}
