import type { Reference } from '../../content/references.js';

/** "doi:10.1002/cne.21974", "arXiv:2005.14165" or the address without its scheme: what a link to a work shows. */
export function linkLabel(url: string): string {
  const doi = /^https:\/\/doi\.org\/(.+)$/.exec(url);
  if (doi) return `doi:${doi[1]}`;
  const arxiv = /^https:\/\/arxiv\.org\/abs\/(.+)$/.exec(url);
  if (arxiv) return `arXiv:${arxiv[1]}`;
  return url.replace(/^https?:\/\//, '').replace(/\/index\.html$|\/$/, '');
}

/** A cited work in the site's one style: authors (year), “title”, venue, details, link. */
export function Ref({ to }: { to: Reference }) {
  return (
    <span className="reference">
      {to.authors}
      {to.year === undefined ? '' : ` (${to.year})`}, “{to.title}”
      {to.venue && (
        <>
          , <cite>{to.venue}</cite>
        </>
      )}
      {to.details && `, ${to.details}`}
      {to.url ? (
        <>
          .{' '}
          <a href={to.url} className="reference-link">
            {linkLabel(to.url)}
          </a>
          .
        </>
      ) : (
        '.'
      )}
    </span>
  );
}
