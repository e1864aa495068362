import { useEffect } from 'react';
import { RESIZE_MESSAGE } from '../components/frame/messages.js';

/** In an iframe, tells the host page the content's height whenever it changes (see iframeSnippet). */
export function useEmbedResize(widgetId: string) {
  useEffect(() => {
    if (window.parent === window) return;
    let last = 0;
    const post = () => {
      const height = Math.ceil(document.documentElement.scrollHeight);
      if (height === last) return;
      last = height;
      window.parent.postMessage({ type: RESIZE_MESSAGE, widget: widgetId, height }, '*');
    };
    const observer = new ResizeObserver(post);
    observer.observe(document.body);
    post();
    return () => observer.disconnect();
  }, [widgetId]);
}
