import { lazy, Suspense, useRef, useState } from 'react';
import { useWidgetOptions } from '../../state/widgetOptions.js';
import type { ShareFrom } from './ShareSnippets.js';
import type { EmbedTarget } from './snippets.js';

// The dialog and its snippets load when a reader first asks to share.
const ShareSnippets = lazy(() => import('./ShareSnippets.js'));

/** Share or embed this exact state: links, an iframe and a web component, each copied in one click. */
export function ShareButton({ target, store }: { target: () => EmbedTarget; store: ShareFrom['store'] }) {
  const button = useRef<HTMLButtonElement>(null);
  const options = useWidgetOptions();
  // The snippets show the state at the moment the dialog opens.
  const [from, setFrom] = useState<ShareFrom | null>(null);
  return (
    <>
      <button
        ref={button}
        type="button"
        onClick={() => setFrom({ target: target(), options, store, button: button.current! })}
        aria-haspopup="dialog"
      >
        Share
      </button>
      {from && (
        <Suspense>
          <ShareSnippets {...from} onClose={() => setFrom(null)} />
        </Suspense>
      )}
    </>
  );
}
