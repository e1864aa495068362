import { readFile } from 'node:fs/promises';
import katex from 'katex';
import type { Plugin } from 'vite';
import { katexOptions } from '../../src/math/macros.js';

const SLOT = /\\slot\{([a-zA-Z][\w]*)\}/g;

/**
 * Renders TeX to HTML once, at build time. `\slot{name}` marks a number that
 * changes as the reader drags; it becomes the placeholder `@name@`, which
 * `fillFormula` replaces at run time, so readers never download KaTeX's engine.
 */
export function renderTemplate(tex: string, displayMode = true): string {
  const marked = tex.replace(SLOT, (_, name: string) => `\\mathrm{@${name}@}`);
  // HTML only: a live formula carries its own text alternative with the current numbers.
  return katex.renderToString(marked, { ...katexOptions, output: 'html', displayMode, throwOnError: true });
}

/** `import formula from './count.tex'` gives the rendered HTML template as a string. */
export function katexTemplates(): Plugin {
  return {
    name: 'katex-templates',
    enforce: 'pre',
    async load(id) {
      if (!id.endsWith('.tex')) return null;
      const tex = (await readFile(id, 'utf8')).replace(/^%.*$/gm, '').trim();
      this.addWatchFile(id);
      return `export default ${JSON.stringify(renderTemplate(tex))};`;
    },
  };
}

/** Fails the build on any formula KaTeX could not typeset, instead of shipping a red error to readers. */
export function rehypeFailOnMathErrors() {
  return (
    _tree: unknown,
    file: { messages: { source?: string | null; reason: string; line?: number | null }[]; path?: string },
  ) => {
    const errors = file.messages.filter((m) => m.source === 'rehype-katex');
    if (errors.length > 0) {
      throw new Error(errors.map((m) => `${file.path ?? ''}:${m.line ?? '?'} ${m.reason}`).join('\n'));
    }
  };
}

interface HastNode {
  type: string;
  value?: string;
  tagName?: string;
  properties?: { className?: unknown };
  children?: HastNode[];
}

const TRAILING_PUNCTUATION = /^[.,;:!?)\]’”]+/;

const isInlineMath = (node: HastNode | undefined) =>
  node?.type === 'element' && Array.isArray(node.properties?.className) && node.properties.className.includes('katex');

/**
 * Keeps inline math and the punctuation right after it on one line, so a
 * narrow screen never starts a line with the full stop of "… $x$.".
 */
export function rehypeMathPunctuation() {
  const visit = (node: HastNode) => {
    const children = node.children;
    if (!children) return;
    for (let i = 0; i < children.length; i++) {
      const math = children[i];
      const next = children[i + 1];
      const punctuation = next?.type === 'text' ? TRAILING_PUNCTUATION.exec(next.value ?? '')?.[0] : undefined;
      if (isInlineMath(math) && next && punctuation) {
        const rest = next.value!.slice(punctuation.length);
        const kept: HastNode = {
          type: 'element',
          tagName: 'span',
          properties: { className: ['nowrap'] },
          children: [math!, { type: 'text', value: punctuation }],
        };
        children.splice(i, 2, kept, ...(rest ? [{ type: 'text', value: rest }] : []));
      } else if (math) {
        visit(math);
      }
    }
  };
  return (tree: HastNode) => visit(tree);
}
