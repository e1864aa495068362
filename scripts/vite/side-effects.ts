/**
 * Our TypeScript modules only declare things; importing one for nothing does
 * nothing. Saying so lets the bundler drop what a page does not use from a
 * barrel like src/counting/index.ts (the model zoo's presets stay off the
 * pages that never show them). Stylesheets and the entries do have effects,
 * and so does any module listed in WITH_EFFECTS: a module imported for its
 * effects alone (`import './x.js'`) must be listed there, or the bundler
 * would drop it without a word — side-effects.test.ts fails on one that is not.
 * @huggingface/tasks' modules only declare things too: the GGUF reader
 * needs one of them (its quantisation types) and would otherwise carry all.
 */
export const WITH_EFFECTS: readonly string[] = ['/src/entry-client.tsx', '/src/embed/element.tsx'];

export function hasSideEffects(id: string): boolean {
  const ours = /\/(src|content)\/.*\.(ts|tsx|mdx)$/.test(id);
  const declarative = /\/node_modules\/@huggingface\/tasks\//.test(id);
  return !(ours || declarative) || WITH_EFFECTS.some((file) => id.endsWith(file));
}
