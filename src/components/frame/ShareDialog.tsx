import { useRef, useState } from 'react';
import { CopyField } from './CopyField.js';
import { elementSnippet, embedUrl, iframeSnippet, type EmbedTarget } from './snippets.js';

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
            <CopyField label="Link to this view" value={embedUrl(snapshot)} />
            <CopyField
              label="Link for projecting (presentation mode)"
              value={`${embedUrl(snapshot)}${snapshot.query ? '&' : '?'}present`}
            />
            <CopyField
              label="Embed with an iframe (paste into any HTML page)"
              value={iframeSnippet(snapshot)}
              rows={6}
            />
            <CopyField
              label="Embed as a web component (no iframe, no build step)"
              value={elementSnippet(snapshot)}
              rows={3}
            />
            <button type="submit" className="close">
              Close
            </button>
          </form>
        )}
      </dialog>
    </>
  );
}
