import { Suspense, useEffect, useRef } from 'react';
import { WidgetScope } from '../state/useWidgetStore.js';
import { ChapterNav } from './ChapterNav.js';
import { Byline, CiteThis } from './CiteThis.js';
import { introduction, type Chapter } from '../site/chapters.js';
import { Contents } from './Contents.js';
import { mdxComponents } from './mdxComponents.js';
import { pageMeta } from '../site/pageMeta.js';
import { Hero } from './Hero.js';
import { HOME, SITE_TITLE } from '../site/siteMap.js';

/** Whether a page has been shown yet: the first comes with the document, later ones by client-side navigation. */
let shownPage = false;

/** After a client-side navigation: new title, top of the page, focus on the heading for screen readers. */
function usePageArrival(chapter: Chapter | undefined) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = pageMeta(chapter?.path ?? '/404').title;
    if (!shownPage) {
      shownPage = true;
      return;
    }
    window.scrollTo(0, 0);
    heading.current?.focus();
  }, [chapter]);
  return heading;
}

function Prose({ chapter }: { chapter: Chapter }) {
  const { Content } = chapter;
  if (Content === undefined) return null;
  return (
    <WidgetScope>
      <Suspense fallback={<p className="loading">Loading the chapter…</p>}>
        <Content components={mdxComponents} />
      </Suspense>
    </WidgetScope>
  );
}

export function ChapterPage({ chapter }: { chapter: Chapter }) {
  const heading = usePageArrival(chapter);
  return (
    <article className="chapter">
      <header className="chapter-header">
        <p className="kicker">Chapter {chapter.number}</p>
        <h1 ref={heading} tabIndex={-1}>
          {chapter.title}
        </h1>
      </header>
      <Prose chapter={chapter} />
      <footer className="chapter-footer">
        <Byline />
        <CiteThis page={chapter} />
      </footer>
      <ChapterNav chapter={chapter} />
    </article>
  );
}

export function HomePage() {
  const heading = usePageArrival(introduction);
  return (
    <article className="chapter home">
      <header className="chapter-header">
        <h1 ref={heading} tabIndex={-1}>
          {SITE_TITLE}
        </h1>
        <p className="lede">{introduction.description}</p>
        <Hero />
        <Byline />
        <CiteThis page={HOME} />
      </header>
      <Prose chapter={introduction} />
      <section aria-labelledby="contents-heading" id="contents">
        <h2 id="contents-heading">Contents</h2>
        <Contents />
      </section>
    </article>
  );
}

export function NotFoundPage() {
  const heading = usePageArrival(undefined);
  return (
    <article className="chapter">
      <h1 ref={heading} tabIndex={-1}>
        Page not found
      </h1>
      <p>There is no page at this address. The chapters are listed below.</p>
      <Contents />
    </article>
  );
}
