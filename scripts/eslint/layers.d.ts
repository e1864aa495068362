/** Types for scripts/eslint/layers.js, used by its test. */
export const LAYERS: readonly (readonly string[])[];
export function layerOf(file: string): number | undefined;
export const layerOrder: import('eslint').Rule.RuleModule;
