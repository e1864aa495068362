/**
 * TeX macros shared by the chapters (typeset at build time) and the live
 * formula templates, so `\neuron{m}` and `\synapse{n}` take the site's
 * neuron red and synapse blue everywhere through CSS classes.
 */
export const katexMacros: Record<string, string> = {
  '\\neuron': '\\htmlClass{neuron}{#1}',
  '\\synapse': '\\htmlClass{synapse}{#1}',
  '\\param': '\\htmlClass{param}{#1}',
  // A term of a live formula, linked to the diagram part of the same id.
  '\\term': '\\htmlData{term=#1}{#2}',
  '\\R': '\\mathbb{R}',
};

/** KaTeX options for every formula on the site: trust only the class and data macros above. */
export const katexOptions = {
  macros: katexMacros,
  trust: (context: { command: string }) => context.command === '\\htmlClass' || context.command === '\\htmlData',
  // Any non-LaTeX input is an error, except the class/data extension the macros rely on.
  strict: (code: string) => (code === 'htmlExtension' ? 'ignore' : 'error'),
  // MathML beside the HTML, so screen readers read the chapters' math.
  output: 'htmlAndMathml' as const,
};
