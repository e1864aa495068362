import { lazy, Suspense, useRef, useState } from 'react';
import { isUrlSynced } from '../../state/useWidgetStore.js';
import { useWidgetOptions } from '../../state/widgetOptions.js';
import type { ShareState } from './ShareSnippets.js';
import type { EmbedTarget } from './snippets.js';

const ShareSnippets = lazy(() => import('./ShareSnippets.js'));

/** Share or embed this exact state: links, an iframe and a web component, each copied in one click. */
export function ShareButton({
  target,
  store,
}: {
  target: () => EmbedTarget;
  store: { getState: () => { predict: boolean } };
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const { hidden, embedded, siteUrl } = useWidgetOptions();
  // The snippets show the state at the moment the dialog opens.
  const [snapshot, setSnapshot] = useState<ShareState | null>(null);
  const open = () => {
    const now = target();
    setSnapshot({
      target: siteUrl ? { ...now, siteUrl } : now,
      hide: [...hidden],
      predict: store.getState().predict,
      // In a chapter, a widget that keeps the page's link in step can be shared as the chapter itself.
      chapterOf: embedded || !isUrlSynced(store) ? undefined : dialog.current,
    });
    dialog.current?.showModal();
  };
  return (
    <>
      <button type="button" onClick={open} aria-haspopup="dialog">
        Share
      </button>
      <dialog
        ref={dialog}
        className="share-dialog"
        aria-label="Share or embed this widget"
        onClose={() => setSnapshot(null)}
      >
        {snapshot && (
          <form method="dialog">
            <h3>Share or embed</h3>
            <Suspense fallback={<p>Preparing the snippets…</p>}>
              <ShareSnippets {...snapshot} />
            </Suspense>
            <button type="submit" className="close">
              Close
            </button>
          </form>
        )}
      </dialog>
    </>
  );
}
