/** The `hide=` list of an embed link: query keys whose controls are hidden (and so locked at the link's value). */
export function hiddenKeys(search: string): Set<string> {
  const raw = new URLSearchParams(search).get('hide') ?? '';
  return new Set(
    raw
      .split(',')
      .map((key) => key.trim())
      .filter((key) => /^[a-z_][a-z0-9_]{0,40}$/i.test(key)),
  );
}
