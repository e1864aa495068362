// Opening a widget for the benchmark: its embed page at its heaviest setting (the frame's data-stress link),
// and the control a reader would move there (data-stress-control).

/**
 * Opens `url` (an embed page, or `html` served at `url`) in a new page and moves the widget to its heaviest
 * setting. `init` runs in the page before any of its scripts. Returns the page and the stress control's name
 * ('' for a page that names none: its first slider is used).
 */
export async function openAtStress(browser, url, { html, init } = {}) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  if (html) await page.route(url, (route) => route.fulfill({ contentType: 'text/html', body: html }));
  if (init) await page.addInitScript(init);
  await page.goto(url);
  const widget = page.locator('[data-widget][data-ready]');
  await widget.waitFor();
  const stress = (await widget.getAttribute('data-stress')) ?? '';
  const control = (await widget.getAttribute('data-stress-control')) ?? '';
  if (stress) {
    await page.goto(`${url}?${stress}`);
    await page.locator('[data-widget][data-ready]').waitFor();
  }
  return { page, control };
}

/** The stress control if it is a slider, else the widget's first slider when no control is named. */
export const stressSlider = (page, control) =>
  control
    ? page.getByRole('slider', { name: control, exact: true })
    : page.locator('[data-widget] input[type="range"]').first();

/** What the report calls the control. */
export const controlName = (control) => control || 'first slider';
