import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * `vite preview` answers an unknown page with the home page (the SPA
 * fallback), which would hydrate as the wrong page. Serve the prerendered
 * 404.html with a 404 status instead, as a static host does.
 */
export function preview404(): Plugin {
  return {
    name: 'preview-404',
    configurePreviewServer(server) {
      const dist = server.config.build.outDir;
      const base = server.config.base;
      server.middlewares.use((req, res, next) => {
        const url = new URL(req.url ?? '/', 'http://localhost');
        const accept = req.headers.accept ?? '';
        if (req.method !== 'GET' || !accept.includes('text/html') || !url.pathname.startsWith(base)) return next();
        const page = decodeURIComponent(url.pathname.slice(base.length)).replace(/\/$/, '');
        if (/\.[a-z0-9]+$/i.test(page)) return next();
        const exists =
          page === '' || existsSync(join(dist, `${page}.html`)) || existsSync(join(dist, page, 'index.html'));
        if (exists) return next();
        res.statusCode = 404;
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.end(readFileSync(join(dist, '404.html')));
      });
    },
  };
}
