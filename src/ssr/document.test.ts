import { describe, expect, it } from 'vitest';
import { fillDocument, firstPaintFonts, fontPreloadTags, headTags } from './document.js';

const template =
  '<html><head><title>x</title><!--app-head--></head><body><div id="root"><!--app-html--></div></body></html>';

describe('fillDocument', () => {
  it('puts the title, head and body in place, taking "$&" in prose literally', () => {
    const html = fillDocument(template, { title: 'A & B', head: '<meta name="a">', html: '<p>costs $& more</p>' });
    expect(html).toBe(
      '<html><head><title>A &amp; B</title><meta name="a"></head><body><div id="root"><p>costs $& more</p></div></body></html>',
    );
  });

  it('puts stylesheets and the theme script after the head tags and before the preloads', () => {
    const built =
      '<html><head><title>x</title><!--app-head--><script src="/theme.js"></script>' +
      '<script type="module" src="/a.js"></script><link rel="stylesheet" href="/a.css"></head>' +
      '<body><div id="root"><!--app-html--></div></body></html>';
    const html = fillDocument(built, {
      title: 'T',
      head: '<meta csp>',
      preload: '<link rel="modulepreload">',
      html: '',
    });
    const order = ['<meta csp>', '<link rel="stylesheet" href="/a.css">', '<script src="/theme.js"></script>'].map(
      (tag) => html.indexOf(tag),
    );
    expect(order.every((at) => at >= 0)).toBe(true);
    expect(order[0]).toBeLessThan(Math.min(order[1]!, order[2]!));
    expect(Math.max(order[1]!, order[2]!)).toBeLessThan(html.indexOf('<link rel="modulepreload">'));
    expect(html.match(/a\.css/g)).toHaveLength(1);
    expect(html.match(/theme\.js/g)).toHaveLength(1);
    expect(html).toContain('<script type="module" src="/a.js"></script>');
  });

  it('refuses a template without its markers', () => {
    expect(() => fillDocument('<title></title>', { title: '', head: '', html: '' })).toThrow(/app-head/);
  });

  it('writes description and social-preview tags, escaped', () => {
    const tags = headTags({ title: 'T "q"', description: 'D <x>', path: '/linear' });
    expect(tags).toContain('<meta name="description" content="D &lt;x&gt;" />');
    expect(tags).toContain('<meta property="og:title" content="T &quot;q&quot;" />');
    expect(tags).toContain('twitter:card');
  });
});

describe('firstPaintFonts', () => {
  const manifest = {
    'node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2': {
      file: 'assets/serif-a.woff2',
      src: 'node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2',
    },
    'node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-italic.woff2': {
      file: 'assets/serif-i.woff2',
      src: 'node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-italic.woff2',
    },
    'src/entry-client.tsx': { file: 'assets/index.js', src: 'src/entry-client.tsx' },
  };

  it('preloads the text’s upright face on a page, and no font in an embed', () => {
    expect(firstPaintFonts(manifest, false)).toEqual(['assets/serif-a.woff2']);
    expect(firstPaintFonts(manifest, true)).toEqual([]);
    expect(fontPreloadTags(['assets/serif-a.woff2'], '/base/')).toBe(
      '<link rel="preload" as="font" type="font/woff2" crossorigin href="/base/assets/serif-a.woff2" />',
    );
  });
});
