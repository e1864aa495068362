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
}

export const WidgetOptionsContext = createContext<WidgetOptions>({
  hidden: new Set(),
  embedded: false,
  headingLevel: 2,
});

export function useWidgetOptions(): WidgetOptions {
  return use(WidgetOptionsContext);
}

/** Whether the control for the parameter with query key `key` is shown. */
export function useControlShown(key: string): boolean {
  return !useWidgetOptions().hidden.has(key);
}
