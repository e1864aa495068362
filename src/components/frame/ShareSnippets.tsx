import { useEffect, useRef, useState } from 'react';
import { isUrlSynced } from '../../state/useWidgetStore.js';
import type { WidgetOptions } from '../../state/widgetOptions.js';
import { CopyField } from './CopyField.js';
import { elementSnippet, embedUrl, iframeSnippet, withChoices, type EmbedTarget } from './snippets.js';

/** What the Share dialog starts from: the widget's state and store, how it is shown, and its Share button. */
export interface ShareFrom {
  target: EmbedTarget;
  options: WidgetOptions;
  store: { getState: () => { predict: boolean } };
  button: HTMLButtonElement;
}

/**
 * The chapter's own address with its query (which the widget keeps in step)
 * and the nearest section above the widget, with `predict` as chosen.
 */
function chapterLink(from: Element, predict: boolean): string {
  const figure = from.closest('figure') ?? from;
  const headings = [...document.querySelectorAll('main h2[id], main h3[id]')].filter(
    (heading) => heading.compareDocumentPosition(figure) & Node.DOCUMENT_POSITION_FOLLOWING,
  );
  const url = new URL(window.location.href);
  url.search = withChoices(url.search, { hide: [], predict });
  url.hash = headings.at(-1)?.id ?? '';
  return url.href;
}

function Toggle({ label, checked, onChange }: { label: string; checked: boolean; onChange: (on: boolean) => void }) {
  return (
    <label className="share-toggle">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.currentTarget.checked)} /> {label}
    </label>
  );
}

/** The share dialog, open from its first paint; loaded when a reader first asks for it. */
export default function ShareSnippets({
  target,
  options,
  store,
  button,
  onClose,
}: ShareFrom & { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => dialog.current?.showModal(), []);
  const hide = [...options.hidden];
  // In a chapter, a widget that keeps the page's link in step can be shared as the chapter itself.
  const inChapter = !options.embedded && isUrlSynced(store);
  // Both choices start as the widget is shown now, so a guess-first set-up is kept unless the sharer drops it.
  const [keepHidden, setKeepHidden] = useState(hide.length > 0);
  const [predict, setPredict] = useState(() => store.getState().predict);
  const choices = { hide: keepHidden ? hide : [], predict };
  // A web component on another site links to the site it came from.
  const shared = { ...target, siteUrl: options.siteUrl ?? target.siteUrl, query: withChoices(target.query, choices) };
  return (
    <dialog ref={dialog} className="share-dialog" aria-label="Share or embed this widget" onClose={onClose}>
      <form method="dialog">
        <h3>Share or embed</h3>
        <fieldset className="share-choices">
          <legend>Keep in the link and snippets</legend>
          {hide.length > 0 && (
            <Toggle label={`Hidden controls (hide=${hide.join(',')})`} checked={keepHidden} onChange={setKeepHidden} />
          )}
          <Toggle label="Counts hidden until revealed (predict=1)" checked={predict} onChange={setPredict} />
        </fieldset>
        {inChapter && (
          <CopyField label="Link to this chapter, with this widget as it is" value={chapterLink(button, predict)} />
        )}
        <CopyField label="Link to this view" value={embedUrl(shared)} />
        <CopyField
          label="Link for projecting (presentation mode)"
          value={`${embedUrl(shared)}${shared.query ? '&' : '?'}present`}
        />
        <CopyField label="Embed with an iframe (paste into any HTML page)" value={iframeSnippet(shared)} rows={6} />
        <CopyField
          label="Embed as a web component (no iframe, no build step)"
          value={elementSnippet(shared)}
          rows={3}
        />
        <button type="submit" className="close">
          Close
        </button>
      </form>
    </dialog>
  );
}
