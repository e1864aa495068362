/**
 * The site's CSS made fit for a shadow root: `:root` (where the colour tokens
 * live) becomes the element's host and wrapper, and the theme attribute moves
 * to the wrapper, so the widget looks as on the site and the host page's
 * styles neither reach in nor are reached.
 */
export function shadowStyles(css: string): string {
  const scoped = css
    .replace(/:root\[data-theme='(light|dark)'\]/g, ".element-theme[data-theme='$1']")
    .replace(/:root(?![\w-])/g, ':host, .element-theme')
    .replace(/html\.has-presentation/g, ':host(.has-presentation)');
  return `:host { display: block; }\n.element-theme { color: var(--text); font-family: var(--font-ui); line-height: 1.5; }\n${scoped}`;
}
