import mdx from '@mdx-js/rollup';
import react from '@vitejs/plugin-react';
import rehypeKatex from 'rehype-katex';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import { defineConfig } from 'vite';
import { katexTemplates, rehypeFailOnMathErrors } from './scripts/vite/katex-template.js';
import { preview404 } from './scripts/vite/preview-404.js';
import { katexOptions } from './src/math/macros.js';

/** Deploying under a sub-path (e.g. GitHub Pages `/<repo>/`) is this one setting. */
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  base: base.endsWith('/') ? base : `${base}/`,
  plugins: [
    katexTemplates(),
    {
      enforce: 'pre',
      ...mdx({
        remarkPlugins: [remarkGfm, remarkMath],
        rehypePlugins: [[rehypeKatex, katexOptions], rehypeFailOnMathErrors],
      }),
    },
    react({ include: /\.(mdx|js|jsx|ts|tsx)$/ }),
    preview404(),
  ],
  build: {
    manifest: true,
    target: 'es2022',
  },
});
