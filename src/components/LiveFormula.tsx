import { useLayoutEffect, useRef, useState } from 'react';
import { fillFormula, slotValue } from './formula.js';
import { pointParts } from './pointing.js';

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

function termAt(event: { target: EventTarget }): string | null {
  return (event.target as Element).closest<HTMLElement>('[data-term]')?.dataset.term ?? null;
}

/**
 * A typeset formula whose numbers follow the widget; hovering a term
 * highlights what it counts. The typeset HTML goes into the page once; later
 * numbers and the highlight are written straight into their nodes, so a drag
 * re-lays out a few digits, not the whole formula.
 */
export function LiveFormula({ template, values, speech, focus, onFocusTerm }: LiveFormulaProps) {
  const root = useRef<HTMLDivElement>(null);
  const [typeset, setTypeset] = useState(() => ({ template, html: fillFormula(template, values) }));
  if (typeset.template !== template) setTypeset({ template, html: fillFormula(template, values) });

  // The slot and term nodes of the HTML in the page, found once per typesetting rather than on every update.
  const nodes = useRef<{ element: HTMLElement; html: string; slots: HTMLElement[]; terms: HTMLElement[] } | null>(null);
  useLayoutEffect(() => {
    const element = root.current;
    if (element === null) return;
    if (nodes.current?.element !== element || nodes.current.html !== typeset.html) {
      const all = (selector: string) => [...element.querySelectorAll<HTMLElement>(selector)];
      nodes.current = { element, html: typeset.html, slots: all('[data-slot]'), terms: all('[data-term]') };
    }
    for (const slot of nodes.current.slots) {
      const value = slotValue(values, slot.dataset.slot!);
      if (slot.textContent !== value) slot.textContent = value;
    }
    for (const term of nodes.current.terms) {
      const focused = term.dataset.term === focus;
      if (term.hasAttribute('data-focused') !== focused) term.toggleAttribute('data-focused', focused);
    }
  });

  return (
    <div className="live-formula">
      <div
        ref={root}
        aria-hidden="true"
        dangerouslySetInnerHTML={{ __html: typeset.html }}
        {...(onFocusTerm && pointParts(onFocusTerm, termAt))}
      />
      <p className="sr-only">{speech}</p>
    </div>
  );
}
