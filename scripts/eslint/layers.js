// The project's layers, lowest first. A module may import from its own layer and the ones below it, never
// from a layer above: `npm run lint` (and so `npm test`) fails on an upward import. Each entry is a path
// prefix from the repository's root (a file's without its extension); the longest prefix that matches names its layer.
import { dirname, relative, resolve } from 'node:path';

export const LAYERS = [
  ['src/counting/', 'src/format/', 'src/math/', 'content/works/', 'content/references', 'content/originalPost'],
  ['src/models/', 'src/weights/'],
  ['src/state/'],
  ['src/components/'],
  ['src/diagrams/'],
  ['src/widgets/'],
  ['content/'],
  ['src/site/'],
  ['src/embed/'],
  ['src/app/'],
  ['src/ssr/', 'src/entry-client'],
];

const root = resolve(dirname(new URL(import.meta.url).pathname), '../..');

/** The layer of a file (its index in LAYERS), or undefined for a file outside them (tests, scripts, styles). */
export function layerOf(file) {
  const path = file.replace(/\.(m?js|tsx?)$/, '');
  let best;
  let length = -1;
  LAYERS.forEach((prefixes, index) => {
    for (const prefix of prefixes) {
      if (path.startsWith(prefix) && prefix.length > length) {
        best = index;
        length = prefix.length;
      }
    }
  });
  return best;
}

const name = (index) => LAYERS[index].join(', ');

/** An ESLint rule: a relative import may not reach a higher layer than its file's. */
export const layerOrder = {
  meta: { type: 'problem', schema: [], messages: { upward: '{{from}} may not import {{to}}: layers go {{order}}.' } },
  create(context) {
    const file = relative(root, context.filename);
    const from = layerOf(file);
    if (from === undefined) return {};
    const check = (node, source) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = relative(root, resolve(dirname(context.filename), source));
      const to = layerOf(target);
      if (to === undefined || to <= from) return;
      context.report({
        node,
        messageId: 'upward',
        data: { from: file, to: target, order: LAYERS.map((_, i) => `(${name(i)})`).join(' < ') },
      });
    };
    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
    };
  },
};
