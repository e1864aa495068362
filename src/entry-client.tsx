import 'katex/dist/katex.min.css';
import './styles/fonts.css';
import './styles/index.css';
import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App, ROUTER_BASE } from './app/App.js';
import { layOutProseWhenIdle } from './app/layOutProse.js';
import { registerServiceWorker } from './app/registerServiceWorker.js';

// Static hosts serve /linear/ for /linear; the router knows the path without the slash.
const { pathname, search, hash } = window.location;
if (pathname.length > ROUTER_BASE.length + 1 && pathname.endsWith('/')) {
  window.history.replaceState(window.history.state, '', `${pathname.replace(/\/+$/, '')}${search}${hash}`);
}

const root = document.getElementById('root')!;
const app = (
  <StrictMode>
    <App />
  </StrictMode>
);
// Prerendered pages hydrate; the dev server's empty shell renders from scratch. Hydrating as a transition
// lets React yield to the browser every few milliseconds instead of holding the main thread for the whole
// chapter, so the page stays responsive (and scrolls) while it comes alive.
if (root.firstElementChild) startTransition(() => void hydrateRoot(root, app));
else createRoot(root).render(app);

registerServiceWorker();
layOutProseWhenIdle();
