import { useEffect, useMemo } from 'react';
import { useHydrated } from '../components/useHydrated.js';
import { pageMeta } from '../site/pageMeta.js';
import { SITE_TITLE } from '../site/siteMap.js';
import { WidgetScope } from '../state/useWidgetStore.js';
import { hiddenKeys, WidgetOptionsContext } from '../state/widgetOptions.js';
import { widgets } from '../widgets/registry.js';
import { useEmbedResize } from './useEmbedResize.js';

/** One widget alone, for iframes: no site chrome, state and hidden controls from the link. `id` is a known widget. */
export function EmbedPage({ id }: { id: string }) {
  const entry = widgets[id]!;
  const hydrated = useHydrated();
  // Read after hydration, so the prerendered page (all controls shown) matches the first render.
  const search = hydrated ? window.location.search : '';
  const options = useMemo(() => ({ hidden: hiddenKeys(search), embedded: true, headingLevel: 1 as const }), [search]);
  useEmbedResize(id);
  useEffect(() => {
    document.title = pageMeta(`/embed/${id}`).title;
  }, [id]);

  return (
    <main className="embed">
      <WidgetOptionsContext value={options}>
        <WidgetScope>
          <entry.Component />
        </WidgetScope>
      </WidgetOptionsContext>
      <p className="embed-credit">
        <a href={import.meta.env.BASE_URL} target="_blank" rel="noopener">
          {SITE_TITLE}
        </a>
      </p>
    </main>
  );
}
