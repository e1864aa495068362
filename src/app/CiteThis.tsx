import { useId, useState } from 'react';
import { siteUrl } from '../components/frame/siteUrl.js';
import { useHydrated } from '../components/useHydrated.js';
import { basedOn, bibtex, citation, edition, longDate } from './cite.js';
import type { PageInfo } from '../site/siteMap.js';

/** "Based on “…” by … (KAIST, 2023). This edition: 5 December 2026." */
export function Byline() {
  return (
    <p className="byline">
      Based on <a href={`${import.meta.env.BASE_URL}#source`}>{basedOn}</a>.
      {edition && (
        <>
          {' '}
          This edition: <time dateTime={edition}>{longDate(edition)}</time>.
        </>
      )}
    </p>
  );
}

/**
 * "Cite this": a disclosure with the page's BibTeX entry and a Copy button. The address is the
 * reader's own, as the Share dialog derives it; the prerendered page shows it from the site root.
 */
export function CiteThis({ page }: { page: PageInfo }) {
  const hydrated = useHydrated();
  const root = hydrated ? siteUrl() : `https://example.invalid${import.meta.env.BASE_URL}`;
  const entry = bibtex(citation(page, root));
  const shown = hydrated ? entry : entry.replace(/https:\/\/example\.invalid/g, '');
  const [status, setStatus] = useState('');
  const id = useId();
  const copy = () => {
    navigator.clipboard.writeText(entry).then(
      () => setStatus('Copied the BibTeX entry.'),
      () => setStatus('Could not copy; select the entry and copy it.'),
    );
  };
  return (
    <details className="cite-this">
      <summary>Cite this</summary>
      <pre id={id} className="cite-entry" tabIndex={0} aria-label="BibTeX entry">
        {shown}
      </pre>
      <button type="button" onClick={copy} disabled={!hydrated} aria-describedby={id}>
        Copy
      </button>
      <span className="cite-status" role="status">
        {status}
      </span>
    </details>
  );
}
