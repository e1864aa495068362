import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hasSideEffects } from './side-effects.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const sources = (folder: string): string[] =>
  readdirSync(join(root, folder), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(tsx?|mdx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));

/** The relative imports a module makes for their effects alone: `import './x.js'`. */
const effectImports = (text: string): string[] =>
  [...text.matchAll(/^import\s+['"](\.[^'"]+)['"]/gm)].map((match) => match[1]!);

/** Each project module that some module imports for its effects alone, as a path. */
function importedForEffects(): string[] {
  const found = new Set<string>();
  for (const file of [...sources('src'), ...sources('content')]) {
    for (const spec of effectImports(readFileSync(file, 'utf8'))) {
      const target = resolve(dirname(file), spec).replace(/\.js$/, '.ts');
      if (/\.(tsx?|mdx)$/.test(target)) found.add(target);
    }
  }
  return [...found];
}

describe('which modules the bundler keeps for their effects', () => {
  it('treats our modules as declarations, stylesheets and dependencies as having effects', () => {
    expect(hasSideEffects('/repo/src/counting/gpt.ts')).toBe(false);
    expect(hasSideEffects('/repo/content/01-linear.mdx')).toBe(false);
    expect(hasSideEffects('/repo/src/styles/index.css')).toBe(true);
    expect(hasSideEffects('/repo/node_modules/react/index.js')).toBe(true);
    expect(hasSideEffects('/repo/src/entry-client.tsx')).toBe(true);
  });

  it('keeps every module that is imported for its effects alone, so none is dropped without a word', () => {
    for (const file of importedForEffects()) expect(hasSideEffects(file), file).toBe(true);
  });

  it('finds a module imported for its effects (the check above can fail)', () => {
    const text = "import './styles.css';\nimport './register.js';\nimport { a } from './a.js';\n";
    expect(effectImports(text)).toEqual(['./styles.css', './register.js']);
  });
});
