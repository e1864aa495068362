import { escapeHtml } from '../../format/html.js';
import { RESIZE_MESSAGE } from './messages.js';

export interface EmbedTarget {
  /** Widget id, e.g. `gpt-block`. */
  id: string;
  title: string;
  /** The widget's state as a query string without `?`, only values that differ from the defaults. */
  query: string;
  /** Absolute URL of the site root, with the base path and a trailing slash. */
  siteUrl: string;
}

/** What an embed keeps besides the widget's settings: its hidden controls and predict-then-reveal. */
export interface EmbedChoices {
  /** Query keys of the controls to hide (and so lock). */
  hide: readonly string[];
  /** Start with the counts hidden. */
  predict: boolean;
}

/** `query` with the embed's choices set (or removed), `hide=` and `predict=1` last. */
export function withChoices(query: string, { hide, predict }: EmbedChoices): string {
  const search = new URLSearchParams(query);
  search.delete('hide');
  search.delete('predict');
  if (hide.length > 0) search.set('hide', hide.join(','));
  if (predict) search.set('predict', '1');
  return search.toString();
}

export function embedUrl({ id, query, siteUrl }: EmbedTarget): string {
  return `${siteUrl}embed/${id}${query ? `?${query}` : ''}`;
}

/**
 * An iframe, full width, whose height follows its content: the host script
 * accepts only well-formed resize messages from that iframe's own window and
 * from the site's origin.
 */
export function iframeSnippet(target: EmbedTarget): string {
  const origin = new URL(target.siteUrl).origin;
  return `<iframe src="${escapeHtml(embedUrl(target))}" title="${escapeHtml(target.title)}" style="width:100%;height:640px;border:0" loading="lazy" data-neuron-widget></iframe>
<script>
addEventListener('message', function (event) {
  var data = event.data;
  if (event.origin !== ${JSON.stringify(origin)} || !data || data.type !== '${RESIZE_MESSAGE}' || typeof data.height !== 'number') return;
  document.querySelectorAll('iframe[data-neuron-widget]').forEach(function (frame) {
    if (frame.contentWindow === event.source) frame.style.height = Math.ceil(Math.min(data.height, 10000)) + 'px';
  });
});
</script>`;
}

/** The custom element: one module script, then the element with the widget's state as attributes. */
export function elementSnippet(target: EmbedTarget): string {
  const attributes = [...new URLSearchParams(target.query)]
    .map(([key, value]) => ` ${key}="${escapeHtml(value)}"`)
    .join('');
  return `<script type="module" src="${escapeHtml(target.siteUrl)}element/neuron-widget.js"></script>
<neuron-widget name="${escapeHtml(target.id)}"${attributes}></neuron-widget>`;
}
