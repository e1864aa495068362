const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/**
 * Fills a build-time KaTeX template (see scripts/vite/katex-template.ts): each
 * `@name@` becomes `values[name]`, escaped, and the term whose id is `focus`
 * is marked `data-focused` for highlighting. Missing values throw, so a typo
 * in a template fails a test rather than showing "@m@" to a reader.
 */
export function fillFormula(template: string, values: Readonly<Record<string, string>>, focus?: string | null): string {
  let html = template.replace(/@(\w+)@/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`formula slot "${name}" has no value`);
    return escapeHtml(value);
  });
  if (focus)
    html = html.split(`data-term="${escapeHtml(focus)}"`).join(`data-term="${escapeHtml(focus)}" data-focused=""`);
  return html;
}

/** The slot names a template expects, in order of appearance. */
export function slotsOf(template: string): string[] {
  return [...new Set([...template.matchAll(/@(\w+)@/g)].map((m) => m[1]!))];
}
