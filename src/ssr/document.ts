import { escapeHtml } from '../format/html.js';

export interface PageMeta {
  title: string;
  description: string;
  /** The page's path including the base, e.g. `/linear`. */
  path: string;
}

/**
 * Nothing from another origin: scripts, styles, fonts, images, requests,
 * workers and frames come from the site itself. Inline style attributes stay
 * allowed because prerendered math carries KaTeX's measured heights in them.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** The head tags of one page: security policy, description and social previews. */
export function headTags(meta: PageMeta): string {
  const title = escapeHtml(meta.title);
  const description = escapeHtml(meta.description);
  return [
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
    `<meta name="description" content="${description}" />`,
    `<meta property="og:type" content="article" />`,
    `<meta property="og:title" content="${title}" />`,
    `<meta property="og:description" content="${description}" />`,
    `<meta property="og:url" content="${escapeHtml(meta.path)}" />`,
    `<meta name="twitter:card" content="summary" />`,
    `<meta name="twitter:title" content="${title}" />`,
    `<meta name="twitter:description" content="${description}" />`,
  ].join('\n    ');
}

/**
 * Module preloads for the chunks a page hydrates with first (they download in
 * parallel with the entry), and prefetches, at low priority, for the widgets
 * further down, which load as they near the screen.
 */
export function preloadTags(preload: readonly string[], prefetch: readonly string[], base: string): string {
  const later = prefetch.filter((file) => !preload.includes(file));
  return [
    ...preload.map((file) => `<link rel="modulepreload" crossorigin href="${escapeHtml(base + file)}" />`),
    ...later.map((file) => `<link rel="prefetch" crossorigin href="${escapeHtml(base + file)}" />`),
  ].join('\n    ');
}

/**
 * Font preloads for the text's upright face (see src/styles/fonts.css), so it
 * arrives with the stylesheet and the first paint uses it: with `font-display: optional`, a
 * font that misses the first paint is not swapped in later, so nothing shifts.
 */
export function fontPreloadTags(files: readonly string[], base: string): string {
  return files
    .map((file) => `<link rel="preload" as="font" type="font/woff2" crossorigin href="${escapeHtml(base + file)}" />`)
    .join('\n    ');
}

/**
 * The built files of the fonts a page's first paint needs, from the build manifest: the text's upright face on
 * a page; none in an embed, whose widget is set in the system's interface font.
 */
export function firstPaintFonts(manifest: Record<string, { file: string; src?: string }>, embed: boolean): string[] {
  if (embed) return [];
  return Object.values(manifest)
    .filter((entry) => entry.src?.includes('@fontsource') && /-latin-wght-normal\.woff2$/.test(entry.src))
    .map((entry) => entry.file)
    .sort();
}

/** What blocks the first paint: stylesheets and classic (parser-blocking) scripts such as the theme script. */
const RENDER_BLOCKING = /<link rel="stylesheet"[^>]*>|<script src="[^"]*"><\/script>/g;

/**
 * Fills the built index.html with one page: its title, head tags, preloads and prerendered body. The
 * template's stylesheets and theme script move ahead of the preloads, so the browser asks for what the
 * first paint waits on before the code that only hydrates the page.
 */
export function fillDocument(
  template: string,
  page: { title: string; head: string; preload?: string; html: string },
): string {
  for (const marker of ['<!--app-head-->', '<!--app-html-->', '</title>']) {
    if (!template.includes(marker)) throw new Error(`index.html is missing ${marker}`);
  }
  // Stylesheets first: a blocking script holds the parser, not the requests already made.
  const blocking = (template.match(RENDER_BLOCKING) ?? []).sort(
    (a, b) => Number(a.startsWith('<script')) - Number(b.startsWith('<script')),
  );
  const head = [page.head, ...blocking, page.preload ?? ''].filter(Boolean).join('\n    ');
  // Replacer functions, so a "$&" in the prose is not read as a replacement pattern.
  return template
    .replace(RENDER_BLOCKING, '')
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(page.title)}</title>`)
    .replace('<!--app-head-->', () => head)
    .replace('<!--app-html-->', () => page.html);
}
