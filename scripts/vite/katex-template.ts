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
