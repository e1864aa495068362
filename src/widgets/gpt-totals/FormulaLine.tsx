import type { ReactNode } from 'react';

interface FormulaLineProps {
  /** The focus id it shares with a count row and a chart group. */
  id: string;
  focus: string | null;
  onFocus: (id: string | null) => void;
  children: ReactNode;
}

/** One line of a widget's formula; pointing at it or focusing it lights what it computes. */
export function FormulaLine({ id, focus, onFocus, children }: FormulaLineProps) {
  return (
    <div
      className="formula-line"
      tabIndex={0}
      data-focused={focus === id ? '' : undefined}
      onFocus={() => onFocus(id)}
      onBlur={() => onFocus(null)}
      onPointerEnter={() => onFocus(id)}
      onPointerLeave={() => onFocus(null)}
    >
      {children}
    </div>
  );
}
