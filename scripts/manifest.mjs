// Reading Vite's build manifest, for the prerender (which chunks a page preloads) and the size checks.

/**
 * The built file of `key` and of every chunk it statically imports, added to `seen` (pass the files to
 * leave out, e.g. an entry's own, to get only what `key` adds). A key not in the manifest adds nothing.
 */
export function chunksOf(manifest, key, seen = new Set()) {
  const entry = key === undefined ? undefined : manifest[key];
  if (entry === undefined || seen.has(entry.file)) return seen;
  seen.add(entry.file);
  for (const imported of entry.imports ?? []) chunksOf(manifest, imported, seen);
  return seen;
}
