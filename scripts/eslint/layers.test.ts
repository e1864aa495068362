import { readdirSync, readFileSync } from 'node:fs';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { LAYERS, layerOf } from './layers.js';

const eslint = new ESLint();
const errorsOf = async (filePath: string, code: string) =>
  (await eslint.lintText(code, { filePath }))[0]!.messages.filter((m) => m.ruleId === 'project/layer-order');

describe('the layer order', () => {
  it('puts the counting library at the bottom and the page shell at the top', () => {
    expect(layerOf('src/counting/gpt.ts')).toBe(0);
    expect(layerOf('content/references.ts')).toBe(0);
    expect(layerOf('content/facts/gpt-3.ts')).toBeGreaterThan(layerOf('src/widgets/registry.tsx')!);
    expect(layerOf('src/diagrams/mlp/layoutNetwork.ts')).toBeLessThan(layerOf('src/widgets/mlp/MlpWidget.tsx')!);
    expect(layerOf('src/embed/element.tsx')).toBeLessThan(layerOf('src/app/App.tsx')!);
    expect(layerOf('scripts/prerender.mjs')).toBeUndefined();
  });

  it('fails lint on an import from a layer above, in every form an import takes', async () => {
    const file = 'src/diagrams/synapse/layoutNeuron.ts';
    for (const line of [
      "import { widgets } from '../../widgets/registry.js';",
      "export { widgets } from '../../widgets/registry.js';",
      "export * from '../../app/App.js';",
      "void import('../../embed/element.js');",
    ]) {
      expect(await errorsOf(file, `${line}\n`), line).toHaveLength(1);
    }
  }, 60_000);

  it('lets a module import from its own layer and the ones below', async () => {
    const code =
      "import { countGpt } from '../../counting/index.js';\nimport { scaleLinear } from '../scales.js';\nvoid countGpt;\nvoid scaleLinear;\n";
    expect(await errorsOf('src/diagrams/synapse/layoutNeuron.ts', code)).toEqual([]);
  }, 60_000);
});

describe("README's What is where", () => {
  const root = new URL('../../', import.meta.url);
  const readme = readFileSync(new URL('README.md', root), 'utf8');
  const section = readme.slice(readme.indexOf('## What is where'), readme.indexOf('### Adding a widget'));
  // Each row of the table: the paths it names, in backticks.
  const rows = section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => [...line.split('|')[1]!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!));
  const named = rows.flat();

  it('names every layer, and every folder and module at the top of src/', () => {
    for (const prefix of LAYERS.flat())
      expect(
        named.some((path) => path.startsWith(prefix)),
        prefix,
      ).toBe(true);
    const top = readdirSync(new URL('src/', root), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() || /\.tsx?$/.test(entry.name))
      .filter((entry) => !entry.name.endsWith('.d.ts'))
      .map((entry) => `src/${entry.name}${entry.isDirectory() ? '/' : ''}`);
    for (const path of top) expect(section.includes(`\`${path}\``), path).toBe(true);
  });

  it('lists the layers lowest first, as the lint rule orders them', () => {
    const layers = rows
      .map((paths) => paths.map((path) => layerOf(path.endsWith('/') ? `${path}x.ts` : path)))
      .filter((row) => row.every((layer) => layer !== undefined)) as number[][];
    expect(layers.length).toBeGreaterThan(LAYERS.length / 2);
    for (let i = 1; i < layers.length; i++) {
      expect(Math.min(...layers[i]!), rows[i]!.join(', ')).toBeGreaterThanOrEqual(Math.max(...layers[i - 1]!));
    }
  });
});
