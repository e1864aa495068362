import { escapeHtml } from '../format/html.js';

/**
 * Fills a build-time KaTeX template (see scripts/vite/katex-template.ts): each
 * `@name@` becomes `values[name]`, escaped, inside `<span data-slot="name">`
 * so later values can go straight into that span (see LiveFormula). A
 * missing value throws, so a typo in a template fails a test rather than
 * showing "@m@" to a reader.
 */
export function fillFormula(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(
    /@(\w+)@/g,
    (_, name: string) => `<span data-slot="${name}">${escapeHtml(slotValue(values, name))}</span>`,
  );
}

export function slotValue(values: Readonly<Record<string, string>>, name: string): string {
  const value = values[name];
  if (value === undefined) throw new Error(`formula slot "${name}" has no value`);
  return value;
}

/** The slot names a template expects, in order of appearance. */
export function slotsOf(template: string): string[] {
  return [...new Set([...template.matchAll(/@(\w+)@/g)].map((m) => m[1]!))];
}
