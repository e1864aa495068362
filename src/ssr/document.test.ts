import { describe, expect, it } from 'vitest';
import { fillDocument, headTags } from './document.js';

const template =
  '<html><head><title>x</title><!--app-head--></head><body><div id="root"><!--app-html--></div></body></html>';

describe('fillDocument', () => {
  it('puts the title, head and body in place, taking "$&" in prose literally', () => {
    const html = fillDocument(template, { title: 'A & B', head: '<meta name="a">', html: '<p>costs $& more</p>' });
    expect(html).toBe(
      '<html><head><title>A &amp; B</title><meta name="a"></head><body><div id="root"><p>costs $& more</p></div></body></html>',
    );
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
