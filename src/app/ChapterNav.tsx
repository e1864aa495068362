import { Link } from 'wouter';
import { neighbours, type Chapter } from '../site/chapters.js';

export function ChapterNav({ chapter }: { chapter: Chapter }) {
  const { previous, next } = neighbours(chapter);
  return (
    <nav className="chapter-nav" aria-label="Chapters">
      {previous ? (
        <Link href={previous.path} rel="prev" className="prev">
          <span className="nav-dir">Previous</span> {previous.title}
        </Link>
      ) : (
        <span />
      )}
      <Link href="/" className="nav-contents">
        Contents
      </Link>
      {next ? (
        <Link href={next.path} rel="next" className="next">
          <span className="nav-dir">Next</span> {next.title}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
