import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOG } from './catalog.js';

const folder = new URL('./', import.meta.url);
/** The folders that hold a widget: those with a `*Widget.tsx` component. */
const widgetFolders = readdirSync(folder, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .filter((entry) => readdirSync(new URL(`${entry.name}/`, folder)).some((file) => /Widget\.tsx$/.test(file)))
  .map((entry) => entry.name)
  .sort();

describe('a widget is one folder, named once each in the catalogue, the registry and the stylesheet', () => {
  it('names each widget for its folder: every folder with a widget is in the catalogue, and only those', () => {
    expect(Object.keys(CATALOG).sort()).toEqual(widgetFolders);
  });

  it('loads each widget from its own folder', () => {
    const source = readFileSync(new URL('registry.tsx', folder), 'utf8');
    const lines = [...source.matchAll(/defineWidget\('([\w-]+)', \(\) => import\('\.\/([\w-]+)\//g)];
    expect(lines.map((line) => line[1]).sort()).toEqual(widgetFolders);
    for (const [, id, from] of lines) expect(from, id).toBe(id);
  });

  it('styles each widget from the one site stylesheet: every stylesheet in a widget folder is imported', () => {
    const index = readFileSync(new URL('../styles/index.css', folder), 'utf8');
    const imported = new Set([...index.matchAll(/@import '\.\.\/widgets\/([^']+)';/g)].map((m) => m[1]));
    const sheets = readdirSync(folder, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.css'))
      .map((file) => file.split('\\').join('/'));
    expect(sheets.length).toBeGreaterThan(0);
    for (const sheet of sheets)
      expect(imported.has(sheet), `${sheet} is not imported by src/styles/index.css`).toBe(true);
  });
});
