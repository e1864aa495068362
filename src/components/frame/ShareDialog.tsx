import { lazy, Suspense, useRef, useState } from 'react';
import type { EmbedTarget } from './snippets.js';

const ShareSnippets = lazy(() => import('./ShareSnippets.js'));

/** Share or embed this exact state: links, an iframe and a web component, each copied in one click. */
export function ShareButton({ target }: { target: () => EmbedTarget }) {
  const dialog = useRef<HTMLDialogElement>(null);
  // The snippets show the state at the moment the dialog opens.
  const [snapshot, setSnapshot] = useState<EmbedTarget | null>(null);
  const open = () => {
    setSnapshot(target());
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
              <ShareSnippets target={snapshot} />
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
