import { defineConfig } from 'vitest/config';
import { katexTemplates } from './scripts/vite/katex-template.js';

export default defineConfig({
  // Widgets import their formulas' `.tex` templates: tests that render a widget load them as the build does.
  plugins: [katexTemplates()],
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts', 'content/**/*.test.ts'],
    environment: 'node',
  },
});
