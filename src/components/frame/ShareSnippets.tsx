import { useState } from 'react';
import { CopyField } from './CopyField.js';
import { elementSnippet, embedUrl, iframeSnippet, withChoices, type EmbedTarget } from './snippets.js';

/** What the Share dialog starts from: the widget's state, how it is shown, and (in a chapter) the chapter's link. */
export interface ShareState {
  target: EmbedTarget;
  /** Query keys of the controls hidden here (`hide=`). */
  hide: readonly string[];
  /** Whether the counts are hidden now (predict, then reveal). */
  predict: boolean;
  /** In a chapter, an element inside the widget: the chapter's own link is offered too. */
  chapterOf?: Element | null | undefined;
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

/** The share dialog's contents: loaded when a reader first opens it. */
export default function ShareSnippets({ target, hide, predict: predictNow, chapterOf }: ShareState) {
  // Both choices start as the widget is shown now, so a guess-first set-up is kept unless the sharer drops it.
  const [keepHidden, setKeepHidden] = useState(hide.length > 0);
  const [predict, setPredict] = useState(predictNow);
  const choices = { hide: keepHidden ? hide : [], predict };
  const shared = { ...target, query: withChoices(target.query, choices) };
  return (
    <>
      <fieldset className="share-choices">
        <legend>Keep in the link and snippets</legend>
        {hide.length > 0 && (
          <Toggle label={`Hidden controls (hide=${hide.join(',')})`} checked={keepHidden} onChange={setKeepHidden} />
        )}
        <Toggle label="Counts hidden until revealed (predict=1)" checked={predict} onChange={setPredict} />
      </fieldset>
      {chapterOf && (
        <CopyField label="Link to this chapter, with this widget as it is" value={chapterLink(chapterOf, predict)} />
      )}
      <CopyField label="Link to this view" value={embedUrl(shared)} />
      <CopyField
        label="Link for projecting (presentation mode)"
        value={`${embedUrl(shared)}${shared.query ? '&' : '?'}present`}
      />
      <CopyField label="Embed with an iframe (paste into any HTML page)" value={iframeSnippet(shared)} rows={6} />
      <CopyField label="Embed as a web component (no iframe, no build step)" value={elementSnippet(shared)} rows={3} />
    </>
  );
}
