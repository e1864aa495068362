/** KaTeX's CSS for the web component; see scripts/vite/katex-element-css.ts. */
declare module 'virtual:katex-element-css' {
  export const rules: string;
  /** `@font-face` rules whose URLs start with `%FONT_BASE%`. */
  export const fontFaces: string;
}
