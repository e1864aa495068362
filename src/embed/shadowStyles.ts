/** The query container the element's host is: its layouts follow the element's width, not the window's. */
const CONTAINER = 'neuron-widget';

/** Whether a media condition asks only about the viewport's width, as a container query can. */
function widthOnly(condition: string): boolean {
  const features = condition.match(/\([^()]*\)/g) ?? [];
  const rest = condition.replace(/\([^()]*\)/g, '').replace(/\band\b/g, '');
  return (
    features.length > 0 &&
    rest.trim() === '' &&
    features.every((feature) => /\bwidth\b/.test(feature) && !/device-width/.test(feature))
  );
}

/** The end of the block that opens at `open` (a `{`). */
function blockEnd(css: string, open: number): number {
  let depth = 0;
  for (let i = open; i < css.length; i++) {
    if (css[i] === '{') depth++;
    else if (css[i] === '}' && --depth === 0) return i;
  }
  return css.length;
}

/**
 * `@media` rules on the window's width become `@container` rules on the
 * host's, except where every rule in them is about presentation mode (a
 * presented widget fills the window, so the window's width is its own).
 */
function toContainerQueries(css: string): string {
  let out = '';
  let from = 0;
  const media = /@media\s*([^{;]*)\{/g;
  for (let match = media.exec(css); match !== null; match = media.exec(css)) {
    const condition = match[1]!;
    const open = match.index + match[0].length - 1;
    const body = css.slice(open + 1, blockEnd(css, open));
    const selectors = body.match(/[^{}]+(?=\{)/g) ?? [];
    const presentationOnly = selectors.length > 0 && selectors.every((s) => s.includes('presenting'));
    if (!widthOnly(condition) || presentationOnly) continue;
    out += `${css.slice(from, match.index)}@container ${CONTAINER} ${condition.trim()}{`;
    from = open + 1;
  }
  return out + css.slice(from);
}

/**
 * The site's CSS made fit for a shadow root: `:root` (where the colour tokens
 * live) becomes the element's host and wrapper, and the theme attribute moves
 * to the wrapper, so the widget looks as on the site and the host page's
 * styles neither reach in nor are reached. The widget fills the box the host
 * page gives the element, and its layouts follow that box's width.
 */
export function shadowStyles(css: string): string {
  const scoped = toContainerQueries(css)
    .replace(/:root\[data-theme='(light|dark)'\]/g, ".element-theme[data-theme='$1']")
    .replace(/:root(?![\w-])/g, ':host, .element-theme')
    .replace(/html\.has-presentation/g, ':host(.has-presentation)')
    .replace(/100vw/g, '100cqw');
  return `:host { display: block; container: ${CONTAINER} / inline-size; max-width: 100%; }
.element-theme { color: var(--text); font-family: var(--font-ui); line-height: 1.5; }
.element-theme .widget { --widget-width: 100%; width: 100%; margin: 0; }
${scoped}`;
}
