/** Types for scripts/sizes.mjs, used by the end-to-end tests. */
export function pageAssets(html: string, base?: string): { js: string[]; css: string[] };
