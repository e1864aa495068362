import { builtPages } from './builtPages.js';
import { expect, open, test } from './fixtures.js';

test('pages ask for nothing from other origins and carry a policy that forbids it', async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  const origins = new Set<string>();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith('http')) origins.add(url.origin);
  });
  for (const path of builtPages()) {
    await open(page, path);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("connect-src 'self'");
  }
  expect([...origins]).toEqual([new URL(baseURL!).origin]);
});

test('a link full of hostile values runs no script and keeps the widget working', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', async (dialog) => {
    dialogs++;
    await dialog.dismiss();
  });
  const hostile = encodeURIComponent('"><img src=x onerror=alert(1)><script>alert(2)</script>');
  await open(page, `/linear?input=${hostile}&widths=${hostile}&bias=${hostile}&predict=${'9'.repeat(10_000)}`);
  const w = page.locator('[data-widget="mlp"]').first();
  await expect(w.getByRole('status').filter({ hasText: 'From the link' })).toContainText('ignored input=');
  await expect(w.locator('img')).toHaveCount(0);
  await expect(w.locator('[data-count="neurons"]')).toHaveText('4');
  expect(dialogs).toBe(0);
});
