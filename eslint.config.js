import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { layerOrder } from './scripts/eslint/layers.js';

/** The counting library stands alone: no React, DOM, D3 or other project folders. */
function countingRules(files, outside) {
  return [
    {
      files: [files],
      ignores: ['src/counting/**/*.test.ts', 'src/counting/test-helpers.ts'],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              { group: [outside], message: 'src/counting imports nothing outside its folder.' },
              {
                group: ['react', 'react-*', 'd3', 'd3-*', 'zustand', 'zustand/*'],
                message: 'src/counting is pure TypeScript.',
              },
            ],
          },
        ],
        'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage'],
      },
    },
  ];
}

export default tseslint.config(
  { ignores: ['dist', 'dist-ssr', 'node_modules', 'test-results', 'playwright-report', 'bench/results.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // Layers, lowest first (scripts/eslint/layers.js): no module imports from a layer above its own.
    files: ['src/**/*.{ts,tsx}', 'content/**/*.{ts,tsx}'],
    ignores: ['**/*.test.ts', '**/*.test.tsx', '**/test-helpers.ts'],
    plugins: { project: { rules: { 'layer-order': layerOrder } } },
    rules: { 'project/layer-order': 'error' },
  },
  ...countingRules('src/counting/*.ts', '../*'),
  ...countingRules('src/counting/*/**/*.ts', '../../*'),
);
