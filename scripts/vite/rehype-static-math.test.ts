import { evaluate } from '@mdx-js/mdx';
import * as runtime from 'react/jsx-runtime';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';
import { describe, expect, it } from 'vitest';
import { katexOptions } from '../../src/math/macros.js';
import { rehypeMathPunctuation } from './katex-template.js';
import { rehypeStaticMath } from './rehype-static-math.js';

const CHAPTER = `export const n = 3;

Intro with $w_1 x_1$, then more.

## First

A neuron has $\\synapse{n}$ synapses:

$$
y = \\sum_{i=1}^{n} w_i x_i + b
$$

## Second

Last words {n}.
`;

async function render(source: string, rehypePlugins: unknown[]): Promise<string> {
  const { default: Content } = await evaluate(source, {
    ...runtime,
    remarkPlugins: [remarkMath],
    rehypePlugins: [[rehypeKatex, katexOptions], rehypeMathPunctuation, ...rehypePlugins] as never,
  });
  return renderToStaticMarkup(createElement(Content));
}

describe('rehypeStaticMath', () => {
  it('leaves the page exactly as KaTeX typeset it, one element per formula for React', async () => {
    const plain = await render(CHAPTER, []);
    const staticMath = await render(CHAPTER, [rehypeStaticMath]);
    // React writes inline styles without the final semicolon KaTeX gives them; the declarations are the same.
    const styles = (html: string) => html.replace(/style="([^"]*?);"/g, 'style="$1"');
    expect(styles(staticMath)).toBe(styles(plain));
    expect(staticMath.match(/<span class="katex"/g)).toHaveLength(3);
    expect(plain).toContain('class="katex-display"');
    expect(plain).toContain('class="enclosing synapse"');
  });
});
