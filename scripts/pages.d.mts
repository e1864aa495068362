/** Types for scripts/pages.mjs, used by the end-to-end tests. */
export function builtPages(dist?: string): string[];
export function htmlFileOf(path: string): string;
