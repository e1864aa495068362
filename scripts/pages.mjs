// Every page the build prerendered, as URL paths: the home page, each written chapter, each widget's embed
// page. Size checks, tests and the benchmark loop over these, so a new chapter or widget is covered unlisted.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export function builtPages(dist = 'dist') {
  const pages = [];
  const visit = (dir, path) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory() || entry.name === 'assets' || entry.name === 'element') continue;
      const child = join(dir, entry.name);
      if (existsSync(join(child, 'index.html'))) pages.push(`${path}/${entry.name}`);
      visit(child, `${path}/${entry.name}`);
    }
  };
  if (existsSync(join(dist, 'index.html'))) pages.push('/');
  if (existsSync(dist)) visit(dist, '');
  return pages.sort();
}

/** The HTML file of a page path: `/` → index.html, `/linear` → linear/index.html. */
export const htmlFileOf = (path) => (path === '/' ? 'index.html' : `${path.slice(1)}/index.html`);
