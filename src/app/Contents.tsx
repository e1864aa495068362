import { Link } from 'wouter';
import { chapters } from '../site/chapters.js';

/** Every chapter of the site map; those not written yet are listed, not linked. */
export function Contents({ current }: { current?: string }) {
  return (
    <ol className="contents">
      {chapters.map((chapter) => (
        <li key={chapter.path} data-written={chapter.Content !== undefined}>
          {chapter.Content === undefined ? (
            <span className="contents-title">
              {chapter.title} <span className="soon">(coming soon)</span>
            </span>
          ) : (
            <Link
              href={chapter.path}
              className="contents-title"
              aria-current={current === chapter.path ? 'page' : undefined}
            >
              {chapter.title}
            </Link>
          )}
          <p className="contents-description">{chapter.description}</p>
        </li>
      ))}
    </ol>
  );
}
