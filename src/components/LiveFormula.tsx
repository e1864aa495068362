import { useMemo, type PointerEvent } from 'react';
import { fillFormula } from './formula.js';

interface LiveFormulaProps {
  /** HTML from a `.tex` import: typeset at build time, with `@slot@` placeholders. */
  template: string;
  values: Readonly<Record<string, string>>;
  /** The same formula in words with the current numbers, for screen readers. */
  speech: string;
  focus?: string | null;
  /** Called with a term id as the pointer enters it, null as it leaves. */
  onFocusTerm?: (term: string | null) => void;
}

function termAt(event: PointerEvent): string | null {
  return (event.target as Element).closest<HTMLElement>('[data-term]')?.dataset.term ?? null;
}

/** A typeset formula whose numbers follow the widget; hovering a term highlights what it counts. */
export function LiveFormula({ template, values, speech, focus, onFocusTerm }: LiveFormulaProps) {
  const html = useMemo(() => fillFormula(template, values, focus), [template, values, focus]);
  return (
    <div className="live-formula">
      <div
        aria-hidden="true"
        dangerouslySetInnerHTML={{ __html: html }}
        onPointerOver={onFocusTerm && ((e) => onFocusTerm(termAt(e)))}
        onPointerLeave={onFocusTerm && (() => onFocusTerm(null))}
      />
      <p className="sr-only">{speech}</p>
    </div>
  );
}
