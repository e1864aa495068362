import { CopyField } from './CopyField.js';
import { elementSnippet, embedUrl, iframeSnippet, type EmbedTarget } from './snippets.js';

/** The share dialog's contents: loaded when a reader first opens it. */
export default function ShareSnippets({ target }: { target: EmbedTarget }) {
  return (
    <>
      <CopyField label="Link to this view" value={embedUrl(target)} />
      <CopyField
        label="Link for projecting (presentation mode)"
        value={`${embedUrl(target)}${target.query ? '&' : '?'}present`}
      />
      <CopyField label="Embed with an iframe (paste into any HTML page)" value={iframeSnippet(target)} rows={6} />
      <CopyField label="Embed as a web component (no iframe, no build step)" value={elementSnippet(target)} rows={3} />
    </>
  );
}
