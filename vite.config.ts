import { execFileSync } from 'node:child_process';
import mdx from '@mdx-js/rollup';
import react from '@vitejs/plugin-react';
import rehypeKatex from 'rehype-katex';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import { defineConfig, type UserConfig } from 'vite';
import { katexElementCss } from './scripts/vite/katex-element-css.js';
import { katexTemplates, rehypeFailOnMathErrors, rehypeMathPunctuation } from './scripts/vite/katex-template.js';
import { rehypeFigureNumbers } from './scripts/vite/rehype-figure-numbers.js';
import { preview404 } from './scripts/vite/preview-404.js';
import { rehypeStaticMath } from './scripts/vite/rehype-static-math.js';
import { rehypeTableRegions } from './scripts/vite/rehype-table-regions.js';
import { hasSideEffects } from './scripts/vite/side-effects.js';
import { katexOptions } from './src/math/macros.js';

/** Deploying under a sub-path (e.g. GitHub Pages `/<repo>/`) is this one setting. */
const basePath = process.env.BASE_PATH ?? '/';
const base = basePath.endsWith('/') ? basePath : `${basePath}/`;

/** The date of the latest commit, "2026-12-05": the edition a reader cites; none outside a git checkout. */
function editionDate(): string {
  try {
    return execFileSync('git', ['log', '-1', '--format=%cs'], { encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

const plugins = [
  katexTemplates(),
  {
    enforce: 'pre' as const,
    ...mdx({
      remarkPlugins: [remarkGfm, remarkMath],
      rehypePlugins: [
        [rehypeKatex, katexOptions],
        rehypeFailOnMathErrors,
        rehypeMathPunctuation,
        rehypeStaticMath,
        rehypeTableRegions,
        rehypeFigureNumbers,
      ],
    }),
  },
  react({ include: /\.(mdx|js|jsx|ts|tsx)$/ }),
];

/**
 * `vite build --mode element` builds the web component: one ES module,
 * `dist/element/neuron-widget.js`, that any HTML page loads with one script
 * tag; widget code comes in chunks beside it, from the same origin.
 */
const element: UserConfig = {
  base: './',
  plugins: [...plugins, katexElementCss()],
  // Preact's React-compatible runtime keeps the one-script embed small; the site itself runs on React.
  resolve: {
    alias: [
      { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
      { find: /^react-dom$/, replacement: 'preact/compat' },
      { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
      { find: /^react$/, replacement: 'preact/compat' },
    ],
  },
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: 'dist/element',
    target: 'es2022',
    manifest: true,
    copyPublicDir: false,
    lib: { entry: 'src/embed/element.tsx', formats: ['es'], fileName: () => 'neuron-widget.js' },
    rolldownOptions: {
      treeshake: { moduleSideEffects: hasSideEffects },
      // A library build keeps whitespace by default; this one ships to readers, so minify fully.
      output: {
        chunkFileNames: 'chunks/[name]-[hash].js',
        assetFileNames: 'assets/[name]-[hash][extname]',
        minify: true,
      },
    },
  },
};

export default defineConfig(({ mode }) =>
  mode === 'element'
    ? element
    : {
        base,
        plugins: [...plugins, preview404()],
        define: { 'import.meta.env.VITE_EDITION': JSON.stringify(editionDate()) },
        // No data: URLs (the security policy allows only the site's own files).
        build: {
          manifest: true,
          target: 'es2022',
          assetsInlineLimit: 0,
          rolldownOptions: { treeshake: { moduleSideEffects: hasSideEffects } },
        },
      },
);
