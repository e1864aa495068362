import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/** The dark scheme changes colours and nothing else, so in it the rules about colour are the ones to run again. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** What axe finds on the page (or within `include`), one line each: every rule of our tags, or only the rules given. */
export async function violations(page: Page, only?: string[], include?: string) {
  const builder = new AxeBuilder({ page });
  if (include !== undefined) builder.include(include);
  const { violations } = await (only ? builder.withRules(only) : builder.withTags(TAGS)).analyze();
  return violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Waits until no CSS transition is running on the page: after a change of colour
 * scheme, panels that fade their background (the zoo's drop zones) pass through
 * mixed colours for a moment, which axe would measure as poor contrast.
 */
export async function transitionsSettled(page: Page) {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation instanceof CSSTransition)
        .map((transition) => transition.finished.catch(() => undefined)),
    ),
  );
}
