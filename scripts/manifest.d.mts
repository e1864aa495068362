/** Types for scripts/manifest.mjs, used by the prerender. */
export function chunksOf(
  manifest: Record<string, { file: string; imports?: string[] }>,
  key: string | undefined,
  seen?: Set<string>,
): Set<string>;
