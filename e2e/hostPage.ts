import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A plain HTML page on another local port, as a blogger's site would serve it. */
export async function serveHostPage(body: string): Promise<{ url: string; close: () => Promise<void> }> {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A blog post</title>
<style>body { font: 20px/1.2 serif; color: green; } .widget, figure, button { border: 6px solid red !important; }</style>
</head><body><h1>A blog post</h1>${body}<p>The end.</p></body></html>`;
  return serve(html);
}

/**
 * A blog post as a blogger's theme lays it out: a column of prose (760 px
 * wide, or `--column`) with a sidebar beside it, on a page wider than both;
 * on a phone the sidebar goes under the column. `post` goes in the column.
 */
export async function serveBlogPost(post: string): Promise<{ url: string; close: () => Promise<void> }> {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>A blog post</title>
<style>
  :root { color-scheme: light dark; --column: 760px; }
  body { margin: 0; font: 18px/1.6 Georgia, serif; background: Canvas; color: CanvasText; }
  .page { display: grid; grid-template-columns: minmax(0, var(--column)) 16rem; gap: 2.5rem; justify-content: center; padding: 1.5rem; }
  .sidebar { border-left: 4px solid #c33; padding-left: 1rem; background: color-mix(in srgb, Canvas 92%, #c33); }
  @media (max-width: 60rem) { .page { grid-template-columns: minmax(0, 1fr); padding: 1rem; } }
</style></head><body><div class="page">
<article class="column"><h1>A blog post</h1><p>Some prose before the widget, as a post would have it.</p>
${post}
<p>Some prose after it.</p></article>
<aside class="sidebar"><h2>About me</h2><p>A sidebar beside the column, which the widget must not cover.</p></aside>
</div></body></html>`;
  return serve(html);
}

async function serve(html: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((_, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/**
 * The README's embed snippets as a blogger copies them, word for word, with
 * its placeholder `https://YOUR-SITE` replaced by the site's origin: the
 * iframe first, then the web component.
 */
export function readmeSnippets(siteOrigin: string): { iframe: string; element: string } {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const section = readme.slice(readme.indexOf('## Embed a widget'));
  const end = section.indexOf('\n## ', 1);
  const blocks = [...(end === -1 ? section : section.slice(0, end)).matchAll(/```html\n([\s\S]*?)```/g)].map((m) =>
    m[1]!.replaceAll('https://YOUR-SITE', siteOrigin),
  );
  const iframe = blocks.find((block) => block.includes('<iframe'));
  const element = blocks.find((block) => block.includes('<neuron-widget'));
  if (!iframe || !element) throw new Error('README.md: the embed section has no iframe or web component snippet');
  return { iframe, element };
}
