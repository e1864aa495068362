import { PassThrough } from 'node:stream';
import { prerenderToNodeStream } from 'react-dom/static';
import { App, ROUTER_BASE } from '../app/App.js';
import { chapterAt, chapters, slugOfFile } from '../site/chapters.js';
import { pageMeta } from '../site/pageMeta.js';
import { widgets, WidgetUsage } from '../widgets/registry.js';
import { fillDocument, firstPaintFonts, fontPreloadTags, headTags, preloadTags } from './document.js';
import { chunksOf } from '../../scripts/manifest.mjs';

export interface BuiltPage {
  /** Path without the base, e.g. `/linear`; `/404` is the not-found page. */
  path: string;
  /**
   * Files to write, relative to the build folder. A chapter is written twice,
   * `linear.html` and `linear/index.html`, so `/linear` and `/linear/` both
   * resolve on any static server (and on `vite preview`) without a rewrite rule.
   */
  files: string[];
  document: string;
}

type Manifest = Record<string, { file: string; src?: string; isDynamicEntry?: boolean; imports?: string[] }>;

async function prerenderOnce(path: string, usage: Set<string>): Promise<string> {
  const { prelude } = await prerenderToNodeStream(
    <WidgetUsage value={usage}>
      <App ssrPath={ROUTER_BASE + path} />
    </WidgetUsage>,
    {
      // Never split a large chapter out of line: the page must read without running a script.
      progressiveChunkSize: Number.POSITIVE_INFINITY,
      onError(error) {
        throw error;
      },
    },
  );
  const chunks: Buffer[] = [];
  for await (const chunk of prelude.pipe(new PassThrough())) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The page's HTML with every chapter and widget in place. The first pass loads
 * the lazy chapter and widget modules; the second renders them inline, so the
 * page reads without JavaScript (no fallbacks waiting for a script to swap in).
 */
async function renderToString(path: string, usage: Set<string>): Promise<string> {
  let html = await prerenderOnce(path, usage);
  if (html.includes('<!--$?-->')) html = await prerenderOnce(path, usage);
  if (html.includes('<!--$?-->')) throw new Error(`${path} still suspends after its modules loaded`);
  return html;
}

/** The chunk of `src` and every chunk it statically imports, as built files. */
const chunksOfPage = (manifest: Manifest, src: string | undefined): string[] => [...chunksOf(manifest, src)];

/** Every page of the site as a complete HTML file: prose, typeset math and widgets in their default state. */
export async function renderSite(template: string, manifest: Manifest): Promise<BuiltPage[]> {
  const base = import.meta.env.BASE_URL;
  const paths = [
    '/',
    ...chapters.filter((c) => c.Content !== undefined).map((c) => c.path),
    ...Object.keys(widgets).map((id) => `/embed/${id}`),
    '/404',
  ];
  const pages: BuiltPage[] = [];
  for (const path of paths) {
    const usage = new Set<string>();
    const html = await renderToString(path, usage);
    const chapter = chapterAt(path);
    const contentFile = Object.keys(manifest).find(
      (key) => chapter?.slug !== undefined && slugOfFile(key) === chapter.slug,
    );
    const widgetChunks = [...usage].map((id) =>
      chunksOfPage(
        manifest,
        Object.keys(manifest).find((key) => key.startsWith(`src/widgets/${id}/`) && manifest[key]!.isDynamicEntry),
      ),
    );
    const meta = { ...pageMeta(path), path: base + path.slice(1) };
    const head = [headTags(meta), fontPreloadTags(firstPaintFonts(manifest, path.startsWith('/embed/')), base)].join(
      '\n    ',
    );
    // Widgets load as they near the screen (useNearViewport): preload the first, which a reader may see at once.
    const preload = preloadTags(
      [...new Set([...chunksOfPage(manifest, contentFile), ...(widgetChunks[0] ?? [])])],
      [...new Set(widgetChunks.flat())],
      base,
    );
    pages.push({
      path,
      files:
        path === '/'
          ? ['index.html']
          : path === '/404'
            ? ['404.html']
            : [`${path.slice(1)}.html`, `${path.slice(1)}/index.html`],
      document: fillDocument(template, { title: meta.title, head, preload, html }),
    });
  }
  return pages;
}
