import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every page the build prerendered (each `index.html` under `dist/`), as URL paths: the
 * home page, each written chapter and each widget's embed page. Tests loop
 * over these so a new chapter or widget is covered without being listed.
 */
export function builtPages(dist = 'dist'): string[] {
  const pages: string[] = [];
  const visit = (dir: string, path: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory() || entry.name === 'assets' || entry.name === 'element') continue;
      const child = join(dir, entry.name);
      if (existsSync(join(child, 'index.html'))) pages.push(`${path}/${entry.name}`);
      visit(child, `${path}/${entry.name}`);
    }
  };
  if (existsSync(join(dist, 'index.html'))) pages.push('/');
  visit(dist, '');
  return pages.sort();
}

export const chapterPages = () => builtPages().filter((path) => !path.startsWith('/embed/'));
export const embedPages = () => builtPages().filter((path) => path.startsWith('/embed/'));
