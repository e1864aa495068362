import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { CATALOG } from '../src/widgets/catalog.js';
import { expect, open, test, widget } from './fixtures.js';
import { drawPicture, type Picture } from './picture.js';

/** Downloads one of the widget's files: its suggested name and its bytes. */
async function save(page: Page, w: Locator, name: string) {
  await w.getByText('Download').click();
  const [download] = await Promise.all([page.waitForEvent('download'), w.getByRole('button', { name }).click()]);
  return { name: download.suggestedFilename(), data: await readFile((await download.path())!) };
}

interface Look {
  /** The colour of the image's corner, and whether every pixel of the image is opaque. */
  corner: [number, number, number];
  opaque: boolean;
  /** Labels (the SVG's non-empty text) with letters that stand out from the paper where the label is. */
  labels: number;
  legible: string[];
  illegible: string[];
  title: string;
  desc: string;
  dimmed: number;
}

/**
 * Looks at an exported PNG as a reader would: draws it onto a canvas and, for every label the matching SVG
 * places, counts the pixels in the label's box that differ clearly from the paper — dark letters on light
 * paper, or light on dark. A label whose letters are lost (under their halo, or in the paper's own colour)
 * has none.
 */
async function look(page: Page, svg: string, png: Buffer): Promise<Look> {
  await drawPicture(page, png);
  return page.evaluate(async (svg) => {
    const { width, height, pixels } = (window as unknown as { picture: Picture }).picture;
    let opaque = true;
    for (let i = 3; i < pixels.length; i += 4) if (pixels[i] !== 255) opaque = false;
    const corner: [number, number, number] = [pixels[0]!, pixels[1]!, pixels[2]!];
    const luminance = (r: number, g: number, b: number) => (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
    const paper = luminance(...corner);

    // The SVG laid out off screen, at the PNG's size over 2, tells where each label is.
    const holder = document.createElement('div');
    holder.style.cssText = 'position:absolute;left:-10000px;top:0';
    holder.innerHTML = svg;
    document.body.append(holder);
    const root = holder.querySelector('svg')!;
    const scale = width / root.viewBox.baseVal.width;
    const origin = root.getBoundingClientRect();
    const legible: string[] = [];
    const illegible: string[] = [];
    for (const text of root.querySelectorAll('text')) {
      const words = text.textContent?.trim() ?? '';
      const style = getComputedStyle(text);
      const box = text.getBoundingClientRect();
      if (!words || box.width < 1 || style.display === 'none' || style.visibility === 'hidden') continue;
      if (Number(style.opacity) === 0 || Number(style.fillOpacity) === 0) continue;
      let standOut = 0;
      const x0 = Math.max(0, Math.floor((box.left - origin.left) * scale));
      const y0 = Math.max(0, Math.floor((box.top - origin.top) * scale));
      const x1 = Math.min(width, Math.ceil((box.right - origin.left) * scale));
      const y1 = Math.min(height, Math.ceil((box.bottom - origin.top) * scale));
      for (let y = y0; y < y1; y++) {
        for (let x = x0; x < x1; x++) {
          const i = (y * width + x) * 4;
          if (Math.abs(luminance(pixels[i]!, pixels[i + 1]!, pixels[i + 2]!) - paper) > 0.3) standOut++;
        }
      }
      (standOut >= 4 ? legible : illegible).push(words);
    }
    const result = {
      corner,
      opaque,
      labels: legible.length + illegible.length,
      legible,
      illegible,
      title: root.querySelector(':scope > title')?.textContent ?? '',
      desc: root.querySelector(':scope > desc')?.textContent ?? '',
      dimmed: root.querySelectorAll('[data-lit="false"]').length,
    };
    holder.remove();
    return result;
  }, svg);
}

const luminance = ([r, g, b]: [number, number, number]) => (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`exports in the ${scheme} theme`, () => {
    test.use({ colorScheme: scheme });

    for (const id of Object.keys(CATALOG) as (keyof typeof CATALOG)[]) {
      test(`${id}: SVG and PNG carry every label legibly on an opaque paper, at rest, titled with the settings`, async ({
        page,
      }) => {
        await open(page, `/embed/${id}`);
        const w = widget(page, id);
        // A part lit under the pointer is a passing state: the file must show the figure at rest. The pointer
        // goes where a reader's would, onto whatever lies on top of the diagram (some widgets lay hit areas over it).
        const diagram = w.locator('svg.diagram').first();
        await diagram.hover({ force: true });

        const svg = await save(page, w, 'Diagram (SVG)');
        const png = await save(page, w, 'Diagram (PNG)');
        expect(svg.name).toBe(`${id}.svg`);
        expect(png.name).toBe(`${id}.png`);
        const seen = await look(page, svg.data.toString('utf8'), png.data);

        expect(seen.opaque, 'every pixel opaque').toBe(true);
        expect(luminance(seen.corner) > 0.5, 'paper as light as the theme').toBe(scheme === 'light');
        expect(seen.labels, 'labels in the diagram').toBeGreaterThan(0);
        expect(seen.illegible, 'labels whose letters do not show').toEqual([]);
        expect(seen.dimmed, 'parts dimmed by the pointer').toBe(0);
        expect(seen.title).toBe(CATALOG[id]);
        expect(seen.desc).toMatch(/^Settings: .+ = .+\. From http/);
      });
    }
  });
}

test('a file is named for the settings that drew it, and the CSV records them with the parts as the table names them', async ({
  page,
}) => {
  // Two settings changed from the defaults (a d_model of 4,096 takes a head count that divides it).
  await open(page, '/embed/gpt-block?d_model=4096&n_heads=32');
  const w = widget(page, 'gpt-block');
  const svg = await save(page, w, 'Diagram (SVG)');
  expect(svg.name).toBe('gpt-block-d_model-4096-n_heads-32.svg');
  expect(svg.data.toString('utf8')).toMatch(/<desc>Settings: d_model = 4096, n_heads = 32, [^<]*<\/desc>/);
  expect((await save(page, w, 'Diagram (PNG)')).name).toBe('gpt-block-d_model-4096-n_heads-32.png');
  const csv = await save(page, w, 'Counts (CSV)');
  expect(csv.name).toBe('gpt-block-d_model-4096-n_heads-32-counts.csv');
  const text = csv.data.toString('utf8');
  const lines = text.trim().split('\n');
  expect(lines[0]).toBe('setting,value');
  expect(lines).toContain('d_model,4096');
  expect(lines).toContain('n_heads,32');
  expect(lines.find((line) => line.startsWith('link,'))).toMatch(
    /^link,http.*\/embed\/gpt-block\?d_model=4096&n_heads=32$/,
  );
  // Every part row names the part as the parts table does, never by its name in the code, with the same count.
  const table = await w
    .locator('table.parts tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => (cell as HTMLElement).innerText)),
    );
  const partRows = lines
    .slice(lines.indexOf('part,neurons,synapses per neuron,synapses,parameters') + 1)
    .map((row) => row.split(','));
  expect(partRows.length).toBe(table.length);
  expect(partRows.map((row) => row[0])).toEqual(table.map(([name]) => name));
  expect(partRows.map((row) => (row[1] === '0' ? '—' : Number(row[3]).toLocaleString('en-US')))).toEqual(
    table.map((cells) => cells[3]),
  );
  expect(text).not.toMatch(/\b(attn|mlp)\.\w/);
});
