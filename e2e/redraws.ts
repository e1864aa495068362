import type { Page } from '@playwright/test';

/**
 * Records, from the first parse of every page the tab opens, each change a
 * script makes to a diagram (svg.diagram) and the widget it belongs to: for a
 * page prerendered at the width it is seen at, hydrating should make none.
 * Dropping the copy of a diagram drawn for the other width (hidden until then,
 * see src/diagrams/Sized.tsx) is no change to what the reader sees.
 */
export async function recordRedraws(page: Page) {
  await page.addInitScript(() => {
    const redrawn: string[] = [];
    Object.assign(window, { redrawn });
    const hiddenCopy = (node: Node) => node instanceof Element && node.matches('[data-sized][data-unmeasured]');
    document.addEventListener('DOMContentLoaded', () =>
      new MutationObserver((records) => {
        for (const record of records) {
          const target = record.target instanceof Element ? record.target : record.target.parentElement;
          const moved = [...record.addedNodes, ...record.removedNodes].filter(
            (node) =>
              node instanceof Element &&
              !hiddenCopy(node) &&
              (node.matches('svg.diagram') || node.querySelector('svg.diagram')),
          );
          if (target?.closest('svg.diagram') || moved.length > 0) {
            redrawn.push(target?.closest('[data-widget]')?.getAttribute('data-widget') ?? target?.nodeName ?? '?');
          }
        }
      }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true }),
    );
  });
}

/** The widgets whose diagrams a script has changed since the page was opened. */
export function redrawn(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { redrawn: string[] }).redrawn);
}
