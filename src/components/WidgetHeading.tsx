import type { ComponentProps } from 'react';
import { useWidgetOptions } from '../state/widgetOptions.js';

/**
 * A heading inside a widget, one level below the widget's title, whether the
 * widget is a page of its own (title h1) or sits in a chapter or a host page (h2).
 */
export function WidgetHeading(props: ComponentProps<'h3'>) {
  const { headingLevel } = useWidgetOptions();
  const Tag = headingLevel === 1 ? 'h2' : 'h3';
  return <Tag {...props} />;
}
