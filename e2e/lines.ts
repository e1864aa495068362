import type { Locator } from '@playwright/test';

/**
 * The runs of text matching `pattern` that the browser split across two lines,
 * in the text of `root` (or of its elements matching `within`): "Parameter/s"
 * in a narrow table cell, "173,946,/175,488" in a narrow count.
 */
export function splitAcrossLines(root: Locator, pattern: RegExp, within = ':scope'): Promise<string[]> {
  return root.evaluate(
    (element, { source, flags, within }) => {
      const split: string[] = [];
      const scopes = element.matches(within) ? [element] : [...element.querySelectorAll(within)];
      for (const scope of scopes) {
        const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (const match of (node.textContent ?? '').matchAll(new RegExp(source, flags))) {
            const range = document.createRange();
            range.setStart(node, match.index);
            range.setEnd(node, match.index + match[0].length);
            const rects = [...range.getClientRects()].filter((r) => r.width > 0);
            if (new Set(rects.map((r) => Math.round(r.top))).size > 1) split.push(match[0]);
          }
        }
      }
      return split;
    },
    { source: pattern.source, flags: pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`, within },
  );
}
