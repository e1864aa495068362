import type { ReactNode } from 'react';
import { formatCompact, formatCount } from '../format/numbers.js';
import type { RowKind } from './CountTable.js';

/** A count in running text, in its colour, exact with thousands separators. Values come from src/counting, never typed. */
export function Count({ value, kind, compact = false }: { value: number; kind?: RowKind; compact?: boolean }) {
  const short = compact ? formatCompact(value) : undefined;
  return (
    <span className={`count-inline ${kind ?? ''}`}>
      {formatCount(value)}
      {short && <span className="compact"> ({short})</span>}
    </span>
  );
}

// Notes, not landmarks: a chapter may hold several, and landmarks must be unique.

/** A short, visible correction of the source text: what it says, and what the library computes. */
export function Erratum({ children }: { children: ReactNode }) {
  return (
    <div className="erratum" role="note" aria-label="Correction">
      <p className="erratum-label" aria-hidden="true">
        Correction
      </p>
      {children}
    </div>
  );
}

/** An aside the reader may skip. */
export function Aside({ children, label = 'Aside' }: { children: ReactNode; label?: string }) {
  return (
    <div className="aside" role="note" aria-label={label}>
      {children}
    </div>
  );
}
