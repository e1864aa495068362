import type { ReactNode } from 'react';
import { hoverLight } from '../../components/pointing.js';

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
      {...hoverLight((on) => onFocus(on ? id : null))}
    >
      {children}
    </div>
  );
}
