import { createContext, use } from 'react';

/**
 * How a widget is shown, as opposed to its state: an embed may hide some
 * controls (`hide=kernel,groups`) so a post shows only the slider it is about.
 */
export interface WidgetOptions {
  /** Query keys of the parameters whose controls are not shown (their values stay as the link set them). */
  hidden: ReadonlySet<string>;
  /** Shown alone, in an iframe or as a web component, rather than in a chapter. */
  embedded: boolean;
  /** 1 when the widget is the page (an embed page); 2 inside a chapter or a host's page. */
  headingLevel: 1 | 2;
  /**
   * Absolute URL of this site's root, where it is not the page's own (a web
   * component on someone else's page): what Share links and snippets point at.
   */
  siteUrl?: string;
}

export const WidgetOptionsContext = createContext<WidgetOptions>({
  hidden: new Set(),
  embedded: false,
  headingLevel: 2,
});

export function useWidgetOptions(): WidgetOptions {
  return use(WidgetOptionsContext);
}

/** Query keys an embed page reads besides its widget's settings: the `hide=` list and `present` (presentation mode). */
export const EMBED_PAGE_KEYS: readonly string[] = ['hide', 'present'];

/** The `hide=` list of an embed link: query keys whose controls are hidden (and so locked at the link's value). */
export function hiddenKeys(search: string): Set<string> {
  const raw = new URLSearchParams(search).get('hide') ?? '';
  return new Set(
    raw
      .split(',')
      .map((key) => key.trim())
      .filter((key) => /^[a-z_][a-z0-9_]{0,40}$/i.test(key)),
  );
}

/** Whether the control for the parameter with query key `key` is shown. */
export function useControlShown(key: string): boolean {
  return !useWidgetOptions().hidden.has(key);
}
