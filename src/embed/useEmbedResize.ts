import { useEffect } from 'react';
import { RESIZE_MESSAGE } from '../components/frame/messages.js';

/**
 * In an iframe, tells the host page the content's height whenever it changes
 * (see iframeSnippet). It measures the content itself, down to the bottom of
 * `main`: the document's scroll height never drops below the frame's own
 * height, so a frame sized by it would grow but never shrink.
 */
export function useEmbedResize(widgetId: string) {
  useEffect(() => {
    const main = document.querySelector('main');
    if (window.parent === window || main === null) return;
    let last = 0;
    const post = () => {
      const height = Math.ceil(main.getBoundingClientRect().bottom + window.scrollY);
      if (height === last) return;
      last = height;
      window.parent.postMessage({ type: RESIZE_MESSAGE, widget: widgetId, height }, '*');
    };
    const observer = new ResizeObserver(post);
    observer.observe(main);
    post();
    return () => observer.disconnect();
  }, [widgetId]);
}
