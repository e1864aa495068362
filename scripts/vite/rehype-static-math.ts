import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';

const classesOf = (node: Element): string[] =>
  Array.isArray(node.properties.className) ? node.properties.className.map(String) : [];

/** `<span class="…" dangerouslySetInnerHTML={{ __html: html }} />` as an MDX JSX node. */
function staticSpan(className: string, html: string): ElementContent {
  const node = {
    type: 'mdxJsxTextElement',
    name: 'span',
    attributes: [
      { type: 'mdxJsxAttribute', name: 'className', value: className },
      {
        type: 'mdxJsxAttribute',
        name: 'dangerouslySetInnerHTML',
        value: {
          type: 'mdxJsxAttributeValueExpression',
          value: `{ __html: ${JSON.stringify(html)} }`,
          data: {
            estree: {
              type: 'Program',
              sourceType: 'module',
              body: [
                {
                  type: 'ExpressionStatement',
                  expression: {
                    type: 'ObjectExpression',
                    properties: [
                      {
                        type: 'Property',
                        kind: 'init',
                        method: false,
                        shorthand: false,
                        computed: false,
                        key: { type: 'Identifier', name: '__html' },
                        value: { type: 'Literal', value: html },
                      },
                    ],
                  },
                },
              ],
            },
          },
        },
      },
    ],
    children: [],
  };
  return node as unknown as ElementContent;
}

/**
 * Turns each typeset formula of a chapter (KaTeX's `.katex` and `.katex-display` spans) into one
 * element whose inside is a string of HTML. The page's markup is the same, but the browser no
 * longer builds, and React no longer hydrates, dozens of elements per formula: thousands on a
 * chapter like the GPT block. Prose formulas never change, so nothing is lost.
 */
export function rehypeStaticMath() {
  const visit = (parent: Root | Element) => {
    parent.children = parent.children.map((child: RootContent) => {
      if (child.type !== 'element') return child;
      const classes = classesOf(child);
      if (classes.includes('katex') || classes.includes('katex-display')) {
        return staticSpan(classes.join(' '), toHtml(child.children));
      }
      visit(child);
      return child;
    }) as typeof parent.children;
  };
  return (tree: Root) => visit(tree);
}
