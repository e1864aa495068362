import type { Locator, Page } from '@playwright/test';
import { expect, open, test, widget } from './fixtures.js';
import { readmeSnippets, serveBlogPost, serveHostPage } from './hostPage.js';

/** The box of `locator` in the page's CSS px. */
async function box(locator: Locator) {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { left: r.left, right: r.right, width: r.width };
  });
}

/**
 * The widest a drawn part of the element reaches, left and right: its figure,
 * every diagram, and every region that scrolls a wide table or formula
 * (whose content may be wider: it scrolls inside, with a cue).
 */
async function drawnExtent(element: Locator) {
  return element.evaluate((host) => {
    const parts = [...host.shadowRoot!.querySelectorAll('figure, svg.diagram, .widget-body, .scroll-x')];
    const boxes = parts.map((part) => part.getBoundingClientRect()).filter((r) => r.width > 0);
    return { left: Math.min(...boxes.map((r) => r.left)), right: Math.max(...boxes.map((r) => r.right)) };
  });
}

async function setColumn(page: Page, px: number) {
  await page.evaluate((w) => document.documentElement.style.setProperty('--column', `${w}px`), px);
}

test.describe('the README’s snippets on a blog on another origin', () => {
  test('the web component lays out inside its column, whatever the column’s width, and never over the sidebar', async ({
    page,
    baseURL,
  }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    const host = await serveBlogPost(readmeSnippets(new URL(baseURL!).origin).element);
    try {
      await page.goto(host.url);
      const element = page.locator('neuron-widget');
      await expect(element.locator('[data-widget="gpt-block"][data-ready]')).toBeVisible();
      for (const column of [760, 300, 480, 1200]) {
        await setColumn(page, column);
        const columnBox = await box(page.locator('.column'));
        expect(columnBox.width).toBe(column);
        const sidebar = await box(page.locator('.sidebar'));
        // The layout settles at the column's width (diagrams are laid out again as a transition).
        await expect
          .poll(async () => {
            const drawn = await drawnExtent(element);
            return drawn.left >= columnBox.left - 0.5 && drawn.right <= columnBox.right + 0.5;
          }, `everything drawn fits a ${column} px column`)
          .toBe(true);
        expect((await drawnExtent(element)).right).toBeLessThan(sidebar.left);
        const own = await box(element);
        expect(own.width).toBe(column);
        // Nor does anything make the figure itself scroll sideways.
        expect(
          await element.evaluate((h) => {
            const figure = h.shadowRoot!.querySelector('figure')!;
            return figure.scrollWidth - figure.clientWidth;
          }),
        ).toBeLessThanOrEqual(1);
      }
      // In a column narrower than a phone's layout, the widget is laid out as on a phone: one column, diagram first.
      await setColumn(page, 300);
      const body = element.locator('.widget-body');
      await expect
        .poll(() => body.evaluate((el) => getComputedStyle(el).gridTemplateColumns.split(' ').length))
        .toBe(1);
      // …and wide, as on a desktop, though the window is the same.
      await setColumn(page, 1200);
      await expect
        .poll(() => body.evaluate((el) => getComputedStyle(el).gridTemplateColumns.split(' ').length))
        .toBeGreaterThan(1);
    } finally {
      await host.close();
    }
  });

  test('the iframe grows and shrinks with its content', async ({ page, baseURL }) => {
    const host = await serveBlogPost(readmeSnippets(new URL(baseURL!).origin).iframe);
    try {
      await page.goto(host.url);
      const iframe = page.locator('iframe[data-neuron-widget]');
      const frame = page.frameLocator('iframe[data-neuron-widget]');
      const w = frame.locator('[data-widget="gpt-block"][data-ready]');
      await expect(w).toBeVisible();
      const frameHeight = () => iframe.evaluate((f) => Math.round(f.getBoundingClientRect().height));
      const contentHeight = () =>
        frame.locator('main').evaluate((main) => Math.ceil(main.getBoundingClientRect().bottom + window.scrollY));
      const fitted = async () => {
        await expect.poll(async () => (await frameHeight()) - (await contentHeight())).toBe(0);
        return frameHeight();
      };
      const first = await fitted();

      await w.getByRole('checkbox', { name: 'QK and OV circuits' }).check();
      await expect.poll(frameHeight).toBeGreaterThan(first);
      const grown = await fitted();

      await w.getByRole('checkbox', { name: 'QK and OV circuits' }).uncheck();
      await expect.poll(frameHeight).toBeLessThan(grown);
      expect(await fitted()).toBe(first);

      // Hiding the counts takes the tables away: the frame shrinks below where it started, with no blank below the widget.
      await w.getByRole('button', { name: 'Hide counts' }).click();
      await expect.poll(frameHeight).toBeLessThan(first);
      await fitted();
      await w.getByRole('button', { name: 'Reveal counts' }).first().click();
      await expect.poll(frameHeight).toBe(first);
    } finally {
      await host.close();
    }
  });

  test('Share in the web component links to the site, not to the blog', async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const host = await serveBlogPost(readmeSnippets(origin).element);
    try {
      await page.goto(host.url);
      const w = page.locator('neuron-widget [data-widget="gpt-block"][data-ready]');
      await expect(w).toBeVisible();
      await w.getByRole('button', { name: 'Share' }).click();
      const dialog = w.getByRole('dialog', { name: 'Share or embed this widget' });
      const link = await dialog.getByLabel('Link to this view', { exact: true }).inputValue();
      expect(link).toMatch(new RegExp(`^${origin}/embed/gpt-block\\?d_model=4096(&|$)`));
      await expect(dialog.getByLabel('Embed as a web component (no iframe, no build step)')).toHaveValue(
        new RegExp(`^<script type="module" src="${origin}/element/neuron-widget.js">`),
      );
      await expect(dialog.getByLabel('Embed with an iframe (paste into any HTML page)')).toHaveValue(
        new RegExp(`event.origin !== "${origin}"`),
      );
      // A reader who follows it gets the widget as it was.
      await open(page, link);
      await expect(widget(page, 'gpt-block').getByRole('slider', { name: 'd_model' })).toHaveAttribute(
        'aria-valuetext',
        '4,096 features',
      );
    } finally {
      await host.close();
    }
  });
});

test('the web component reports attributes that are no setting, and leaves the host’s own alone', async ({
  page,
  baseURL,
}) => {
  const host = await serveHostPage(
    `<script type="module" src="${baseURL}/element/neuron-widget.js"></script>
<neuron-widget name="recurrent" layers="12" hide="kernel" class="post-widget" id="rnn" data-note="x" aria-describedby="x"></neuron-widget>`,
  );
  try {
    await page.goto(host.url);
    const w = page.locator('neuron-widget [data-widget="recurrent"][data-ready]');
    const notice = w.getByRole('status').filter({ hasText: 'ignored' });
    await expect(notice).toContainText('ignored layers, hide=kernel: not settings of this widget, whose settings are');
    await expect(notice).toContainText('n_layers');
    await expect(notice).not.toContainText('class');
    await expect(notice).not.toContainText('data-note');
    // Corrected, the notice goes.
    await page.locator('neuron-widget').evaluate((el) => {
      el.removeAttribute('layers');
      el.setAttribute('hide', 'n_layers');
      el.setAttribute('n_layers', '2');
    });
    await expect(w.getByRole('status').filter({ hasText: 'ignored' })).toHaveCount(0);
  } finally {
    await host.close();
  }
});

test.describe('Share keeps the embed’s choices', () => {
  test('hide= and predict=1 stay in the link and both snippets, each a toggle', async ({ page, baseURL }) => {
    await open(page, '/embed/conv?kernel=5&hide=in_channels,out_channels,groups&predict=1');
    const w = widget(page, 'conv');
    await w.getByRole('button', { name: 'Share' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share or embed this widget' });
    const link = dialog.getByLabel('Link to this view', { exact: true });
    const element = dialog.getByLabel('Embed as a web component (no iframe, no build step)');
    const iframe = dialog.getByLabel('Embed with an iframe (paste into any HTML page)');
    await expect(link).toHaveValue(`${baseURL}/embed/conv?kernel=5&hide=in_channels%2Cout_channels%2Cgroups&predict=1`);
    await expect(iframe).toHaveValue(
      /src="[^"]*\/embed\/conv\?kernel=5&amp;hide=in_channels%2Cout_channels%2Cgroups&amp;predict=1"/,
    );
    await expect(element).toHaveValue(
      /<neuron-widget name="conv" kernel="5" hide="in_channels,out_channels,groups" predict="1">/,
    );

    const hideToggle = dialog.getByRole('checkbox', { name: /Hidden controls/ });
    const predictToggle = dialog.getByRole('checkbox', { name: /Counts hidden until revealed/ });
    await expect(hideToggle).toBeChecked();
    await expect(predictToggle).toBeChecked();
    await predictToggle.uncheck();
    await expect(link).toHaveValue(`${baseURL}/embed/conv?kernel=5&hide=in_channels%2Cout_channels%2Cgroups`);
    await hideToggle.uncheck();
    await expect(link).toHaveValue(`${baseURL}/embed/conv?kernel=5`);
    await expect(element).toHaveValue(/<neuron-widget name="conv" kernel="5"><\/neuron-widget>/);
    await predictToggle.check();
    await hideToggle.check();

    // Followed, the link gives the same set-up: only the kernel slider, the counts hidden.
    await open(page, await link.inputValue());
    const again = widget(page, 'conv');
    await expect(again.getByRole('slider')).toHaveCount(1);
    await expect(again.getByRole('slider', { name: /kernel/ })).toBeVisible();
    await expect(again.getByRole('button', { name: 'Reveal counts' }).first()).toBeVisible();
    await expect(again.locator('[data-count="synapses"]')).toHaveCount(0);
  });

  test('on a chapter, Share offers the chapter’s own link with the widget’s state, which lands on the prose', async ({
    page,
    baseURL,
  }) => {
    await open(page, '/linear');
    const w = widget(page, 'mlp');
    await w.getByRole('spinbutton', { name: 'width of layer 1 (m1), exact value' }).fill('7');
    await w.getByRole('button', { name: 'Hide counts' }).click();
    await w.getByRole('button', { name: 'Share' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share or embed this widget' });
    const chapter = dialog.getByLabel('Link to this chapter, with this widget as it is');
    await expect(chapter).toHaveValue(new RegExp(`^${baseURL}/linear\\?widths=7%2C2&predict=1(#[\\w-]+)?$`));
    await dialog.getByRole('checkbox', { name: /Counts hidden until revealed/ }).uncheck();
    await expect(chapter).toHaveValue(new RegExp(`^${baseURL}/linear\\?widths=7%2C2(#[\\w-]+)?$`));
    const link = await chapter.inputValue();

    await open(page, link);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('main p').first()).toBeVisible();
    const again = widget(page, 'mlp');
    await expect(again.getByRole('spinbutton', { name: 'width of layer 1 (m1), exact value' })).toHaveValue('7');
    await expect(again.locator('[data-count="synapses"]')).toBeVisible();
  });
});

test.describe('hide= locks what it hides', () => {
  /** The hidden setting's value as the embed page's own link shows it (absent: the default). */
  const groupsInLink = (page: Page) => new URL(page.url()).searchParams.get('groups');

  test('a preset that would change a hidden setting is not offered, by button or by number key', async ({ page }) => {
    // Fourteen presses, each followed by a look at the link: long on a busy machine.
    test.slow();
    await open(page, '/embed/conv');
    const all = await widget(page, 'conv').getByRole('group', { name: 'Presets' }).getByRole('button').count();

    await open(page, '/embed/conv?hide=groups&present');
    const w = widget(page, 'conv');
    const presets = w.getByRole('group', { name: 'Presets' }).getByRole('button');
    const offered = await presets.count();
    expect(offered).toBeGreaterThan(0);
    expect(offered).toBeLessThan(all);
    await expect(w.locator('.presenting-keys')).toContainText(
      offered === 1 ? '1 for the preset' : `1–${offered} for presets`,
    );

    for (let i = 0; i < offered; i++) {
      await presets.nth(i).click();
      await expect(presets.nth(i)).toHaveAttribute('aria-pressed', 'true');
      await page.waitForTimeout(250);
      expect(groupsInLink(page)).toBeNull();
    }
    for (let key = 1; key <= 9; key++) {
      await w.getByRole('slider').first().press(String(key));
      await page.waitForTimeout(250);
      expect(groupsInLink(page)).toBeNull();
    }
    await expect(presets).toHaveCount(offered);
  });

  test('a visible slider skips the values that would move a hidden setting, and says so when one is typed', async ({
    page,
  }) => {
    await open(page, '/embed/gpt-block?hide=n_heads');
    const w = widget(page, 'gpt-block');
    await expect(w.getByRole('slider', { name: 'n_heads' })).toHaveCount(0);
    const dModel = w.getByRole('slider', { name: 'd_model' });
    const exact = w.getByRole('spinbutton', { name: 'd_model (width), exact value' });
    const headsInLink = () => new URL(page.url()).searchParams.get('n_heads');

    // 832 and 896 do not split into GPT-2's 12 heads: one key press goes on to 960, and back down to 768.
    await dModel.press('ArrowRight');
    await expect(exact).toHaveValue('960');
    await dModel.press('ArrowLeft');
    await expect(exact).toHaveValue('768');
    await dModel.press('PageUp');
    await expect(exact).toHaveValue('1536');
    // Once the link has the new d_model, it has every change the key made.
    await expect.poll(() => new URL(page.url()).searchParams.get('d_model')).toBe('1536');
    expect(headsInLink()).toBeNull();

    await exact.fill('832');
    await expect(exact).toHaveAttribute('aria-invalid', 'true');
    await expect(w.locator('.control-error')).toContainText('keeps fixed (n_heads at 12)');
    await exact.press('Escape');
    await expect(exact).toHaveValue('1536');
    expect(headsInLink()).toBeNull();

    // End and Home land on the widest and narrowest d_model that 12 heads split: 16,320 and 192.
    await dModel.press('End');
    await expect(exact).toHaveValue('16320');
    await dModel.press('Home');
    await expect(exact).toHaveValue('192');
    await expect.poll(() => new URL(page.url()).searchParams.get('d_model')).toBe('192');
    expect(headsInLink()).toBeNull();
  });
});
