import type { Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { rehypeFigureNumbers } from './rehype-figure-numbers.js';

const widget = (name: string, caption?: string) => ({
  type: 'mdxJsxFlowElement',
  name: 'Widget',
  attributes: [
    { type: 'mdxJsxAttribute', name: 'name', value: name },
    ...(caption === undefined ? [] : [{ type: 'mdxJsxAttribute', name: 'caption', value: caption }]),
  ],
  children: [],
});

const figureOf = (node: unknown) =>
  (node as ReturnType<typeof widget>).attributes.find((a) => a.name === 'figure')?.value;

describe('rehypeFigureNumbers', () => {
  it('numbers widgets 1..N in the order they appear, nested ones too', () => {
    const nested = { type: 'element', tagName: 'div', properties: {}, children: [widget('conv', 'Drag k.')] };
    const tree = { type: 'root', children: [widget('mlp', 'Drag n.'), nested, widget('zoo', 'Pick one.')] };
    rehypeFigureNumbers()(tree as unknown as Root, {});
    expect([tree.children[0], nested.children[0], tree.children[2]].map(figureOf)).toEqual(['1', '2', '3']);
  });

  it('stops at a widget without a caption', () => {
    const tree = { type: 'root', children: [widget('mlp', 'Drag n.'), widget('conv')] };
    expect(() => rehypeFigureNumbers()(tree as unknown as Root, { path: 'x.mdx' })).toThrow(/figure 2 has no caption/);
  });
});
