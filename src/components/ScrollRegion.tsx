import type { ReactNode } from 'react';

interface ScrollRegionProps {
  /** The region's name, e.g. the caption of the table inside. */
  label?: string;
  /** Or the id of the element that names it. */
  labelledBy?: string;
  className?: string;
  children: ReactNode;
}

/**
 * A box whose content scrolls sideways when it is wider than the box (a wide
 * table on a phone), with a shadow on each edge while there is more to see on
 * that side (see .scroll-x). It is a named region the keyboard can reach, so
 * its arrow keys scroll it.
 */
export function ScrollRegion({ label, labelledBy, className, children }: ScrollRegionProps) {
  return (
    <div
      className={className ? `scroll-x ${className}` : 'scroll-x'}
      role="region"
      aria-label={label}
      aria-labelledby={labelledBy}
      tabIndex={0}
    >
      {children}
    </div>
  );
}
