/** A formula typeset at build time; see scripts/vite/katex-template.ts. */
declare module '*.tex' {
  const html: string;
  export default html;
}
