// Writes every page of the site as HTML into dist/, from the server bundle built by `vite build --ssr`.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const dist = 'dist';
const { renderSite } = await import(pathToFileURL(join('dist-ssr', 'entry-server.js')).href);
const template = await readFile(join(dist, 'index.html'), 'utf8');
const manifest = JSON.parse(await readFile(join(dist, '.vite', 'manifest.json'), 'utf8'));
const pages = await renderSite(template, manifest);
for (const page of pages) {
  for (const name of page.files) {
    const file = join(dist, name);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, page.document);
  }
}
await rm('dist-ssr', { recursive: true, force: true });
console.log(`prerendered ${pages.length} pages: ${pages.map((p) => p.path).join(' ')}`);
