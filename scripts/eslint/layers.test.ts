import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { layerOf } from './layers.js';

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
