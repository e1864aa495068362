import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const ID = 'virtual:katex-element-css';
/** Stands for the folder of the element's script; replaced at run time, so fonts load from the script's origin. */
export const FONT_BASE = '%FONT_BASE%';

/**
 * KaTeX's stylesheet for the web component, split in two: the rules (for the
 * shadow root) and the `@font-face`s (for the host document, where fonts must
 * be declared), each face reduced to its woff2 file, which is emitted beside
 * the script as `fonts/<name>.woff2`; the site's typefaces join KaTeX's faces.
 */
export function katexElementCss(): Plugin {
  const katexDist = dirname(createRequire(import.meta.url).resolve('katex/dist/katex.min.css'));
  return {
    name: 'katex-element-css',
    resolveId: (id) => (id === ID ? `\0${ID}` : null),
    async load(id) {
      if (id !== `\0${ID}`) return null;
      const css = await readFile(join(katexDist, 'katex.min.css'), 'utf8');
      const faces: string[] = [];
      for (const face of css.match(/@font-face\{[^}]*\}/g) ?? []) {
        const file = /url\(fonts\/([\w-]+\.woff2)\)/.exec(face)?.[1];
        if (file === undefined) continue;
        faces.push(face.replace(/src:[^;}]*/, `src:url(${FONT_BASE}${file}) format("woff2")`));
        if (this.meta.watchMode === false) {
          this.emitFile({
            type: 'asset',
            fileName: `fonts/${file}`,
            source: await readFile(join(katexDist, 'fonts', file)),
          });
        }
      }
      // The site's own typefaces (src/styles/fonts.css), emitted and declared the same way.
      const siteFonts = join(dirname(fileURLToPath(import.meta.url)), '../../src/styles/fonts.css');
      for (const face of (await readFile(siteFonts, 'utf8')).match(/@font-face\s*\{[^}]*\}/g) ?? []) {
        const path = /url\('([^']+\.woff2)'\)/.exec(face)?.[1];
        if (path === undefined) continue;
        const file = basename(path);
        faces.push(face.replace(/url\('[^']+'\)/, `url(${FONT_BASE}${file})`));
        if (this.meta.watchMode === false) {
          this.emitFile({
            type: 'asset',
            fileName: `fonts/${file}`,
            source: await readFile(join(dirname(siteFonts), path)),
          });
        }
      }
      const rules = css.replace(/@font-face\{[^}]*\}/g, '');
      return `export const rules = ${JSON.stringify(rules)};\nexport const fontFaces = ${JSON.stringify(faces.join('\n'))};`;
    },
  };
}
