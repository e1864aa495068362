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

describe('a widget is one folder and one registry line', () => {
  it('names each widget for its folder: every folder with a widget is in the catalogue, and only those', () => {
    expect(Object.keys(CATALOG).sort()).toEqual(widgetFolders);
  });

  it('loads each widget from its own folder', () => {
    const source = readFileSync(new URL('registry.tsx', folder), 'utf8');
    const lines = [...source.matchAll(/defineWidget\('([\w-]+)', \(\) => import\('\.\/([\w-]+)\//g)];
    expect(lines.map((line) => line[1]).sort()).toEqual(widgetFolders);
    for (const [, id, from] of lines) expect(from, id).toBe(id);
  });
});
