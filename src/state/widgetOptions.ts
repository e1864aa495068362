import { createContext, use } from 'react';

/**
 * How a widget is shown, as opposed to its state: an embed may hide some
 * controls (`hide=kernel,groups`) so a post shows only the slider it is about.
 */
export interface WidgetOptions {
  /** Query keys of the parameters whose controls are not shown. */
  hidden: ReadonlySet<string>;
}

export const WidgetOptionsContext = createContext<WidgetOptions>({ hidden: new Set() });

/** Whether the control for the parameter with query key `key` is shown. */
export function useControlShown(key: string): boolean {
  return !use(WidgetOptionsContext).hidden.has(key);
}
