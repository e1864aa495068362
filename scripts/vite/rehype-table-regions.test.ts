import { evaluate } from '@mdx-js/mdx';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import * as runtime from 'react/jsx-runtime';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import { rehypeTableRegions } from './rehype-table-regions.js';

async function render(source: string): Promise<string> {
  const { default: Content } = await evaluate(source, {
    ...runtime,
    remarkPlugins: [remarkGfm],
    rehypePlugins: [rehypeTableRegions],
  });
  return renderToStaticMarkup(createElement(Content));
}

describe('rehypeTableRegions', () => {
  it('puts a markdown table in a focusable region named by its column headings', async () => {
    const html = await render('| layer | neurons |\n|---|---|\n| 1 | 4 |\n');
    expect(html).toMatch(
      /^<div class="scroll-x table-scroll" role="region" tabindex="0" aria-label="Table: layer, neurons"><table>/,
    );
    expect(html.endsWith('</table></div>')).toBe(true);
  });

  it('puts a table written as JSX in a region named by its caption, inside whatever holds it', async () => {
    const html = await render(
      'export const rows = [1, 2];\n\n<section>\n<table className="paper-table">\n  <caption>Table 2.1, recounted</caption>\n  <tbody>{rows.map((r) => <tr key={r}><td>{r}</td></tr>)}</tbody>\n</table>\n</section>\n',
    );
    expect(html).toContain(
      '<section><div class="scroll-x table-scroll" role="region" tabindex="0" aria-label="Table 2.1, recounted"><table class="paper-table"><caption>Table 2.1, recounted</caption>',
    );
    expect(html).toContain('<td>2</td></tr></tbody></table></div></section>');
  });
});
