// What a reader downloads: JS and CSS per prerendered page, and the web component per widget, raw and gzip.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chunksOf } from './manifest.mjs';
import { builtPages, htmlFileOf } from './pages.mjs';

export const BUDGETS = {
  /** First visit to any chapter (or embed page): all its JavaScript, gzip. */
  pageJsGzip: 120 * 1024,
  /** The web component with its largest widget, gzip. */
  elementJsGzip: 80 * 1024,
};

async function sizeOf(files, dist) {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const data = await readFile(join(dist, file));
    raw += data.length;
    gzip += gzipSync(data).length;
  }
  return { raw, gzip };
}

/**
 * The JS and CSS files an HTML page names: module scripts, module preloads,
 * prefetches (the widgets further down) and stylesheets. All of it counts
 * against the budget: a reader who scrolls through the chapter loads all of it.
 */
export function pageAssets(html, base = '/') {
  const strip = (url) => url.slice(base.length);
  const js = [
    ...html.matchAll(/<(?:script type="module"[^>]*\ssrc|link rel="(?:modulepreload|prefetch)"[^>]*\shref)="([^"]+)"/g),
  ].map((m) => strip(m[1]));
  const css = [...html.matchAll(/<link rel="stylesheet"[^>]*\shref="([^"]+)"/g)].map((m) => strip(m[1]));
  return { js: [...new Set(js)], css: [...new Set(css)] };
}

/** Sizes of every page (by path) and of the web component with each widget. */
export async function measureSizes(dist = 'dist', base = '/') {
  const pages = [];
  for (const path of builtPages(dist)) {
    const { js, css } = pageAssets(await readFile(join(dist, htmlFileOf(path)), 'utf8'), base);
    pages.push({ path, js: await sizeOf(js, dist), css: await sizeOf(css, dist), files: js });
  }
  pages.sort((a, b) => a.path.localeCompare(b.path));

  const elementDist = join(dist, 'element');
  const manifest = JSON.parse(await readFile(join(elementDist, '.vite', 'manifest.json'), 'utf8'));
  const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
  const entryFiles = chunksOf(manifest, entryKey);
  const element = [{ widget: '(entry only)', js: await sizeOf([...entryFiles], elementDist) }];
  for (const key of manifest[entryKey].dynamicImports ?? []) {
    const widget = /src\/widgets\/([^/]+)\//.exec(key)?.[1] ?? key;
    element.push({ widget, js: await sizeOf([...chunksOf(manifest, key, new Set(entryFiles))], elementDist) });
  }
  return { pages, element };
}

export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
