import type { ReactNode } from 'react';
import { useWidgetOptions } from '../state/widgetOptions.js';
import { desktopWidth } from './desktopWidth.js';
import { COMPACT_WIDTH } from './useWidth.js';

interface SizedProps {
  /** From useWidth: `undefined` until measured. */
  width: number | undefined;
  /** False for a diagram that spans the whole frame rather than the column beside the controls. */
  besideControls?: boolean;
  /** The diagram laid out at `width`. */
  children: (width: number) => ReactNode;
}

/**
 * A diagram drawn at the width useWidth measured, or, until then, twice: at
 * the compact width and at the width it has on a desktop, each in a box that a
 * container query on the diagram's own element shows or hides (styles/diagrams.css),
 * so a prerendered page paints the layout that fits before any script runs. The
 * boxes take no part in the layout (`display: contents`).
 */
export function Sized({ width, besideControls = true, children }: SizedProps) {
  const { embedded } = useWidgetOptions();
  if (width !== undefined) {
    const compact = width === COMPACT_WIDTH;
    // In the same slot as before measuring, so the copy that was shown is kept as it is.
    return (
      <>
        {compact && <div data-sized="compact">{children(width)}</div>}
        {!compact && <div data-sized="wide">{children(width)}</div>}
      </>
    );
  }
  return (
    <>
      <div data-sized="compact" data-unmeasured="">
        {children(COMPACT_WIDTH)}
      </div>
      <div data-sized="wide" data-unmeasured="">
        {children(desktopWidth(embedded, besideControls))}
      </div>
    </>
  );
}
