import { Link, Route, Router, Switch } from 'wouter';
import { EmbedPage } from '../embed/EmbedPage.js';
import { widgets } from '../widgets/registry.js';
import { chapters } from '../site/chapters.js';
import { ChapterPage, HomePage, NotFoundPage } from './pages.js';
import { SITE_TITLE } from '../site/siteMap.js';
import { ThemeToggle } from './ThemeToggle.js';

/** The base path without its trailing slash, as the router wants it ('' at the root). */
export const ROUTER_BASE = import.meta.env.BASE_URL.replace(/\/$/, '');

function Site() {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to the text
      </a>
      <header className="site-header">
        <Link href="/" className="site-title">
          {SITE_TITLE}
        </Link>
        <ThemeToggle />
      </header>
      <main id="main">
        <Switch>
          <Route path="/">
            <HomePage />
          </Route>
          {chapters
            .filter((c) => c.Content !== undefined)
            .map((chapter) => (
              <Route key={chapter.path} path={chapter.path}>
                <ChapterPage chapter={chapter} />
              </Route>
            ))}
          <Route>
            <NotFoundPage />
          </Route>
        </Switch>
      </main>
      <footer className="site-footer">
        <p>
          Every number on this site is computed by its counting library from the sizes you set.{' '}
          <Link href="/">Contents</Link>
        </p>
      </footer>
    </>
  );
}

/** `ssrPath` is the page being prerendered; in the browser the router reads the address bar. */
export function App({ ssrPath }: { ssrPath?: string }) {
  return (
    <Router base={ROUTER_BASE} ssrPath={ssrPath}>
      <Switch>
        {/* An unknown widget id is an ordinary 404, as the prerendered 404.html shows it. */}
        <Route path="/embed/:id">{({ id }) => (widgets[id] ? <EmbedPage id={id} /> : <Site />)}</Route>
        <Route>
          <Site />
        </Route>
      </Switch>
    </Router>
  );
}
