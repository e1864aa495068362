// Writes dist/sw.js: after one visit, every page, widget, stylesheet and font works offline. The page registers it
// once it is idle, and not for a reader who asks to save data (src/app/registerServiceWorker.ts).
// Runs after prerendering, so the chapters' HTML files are in the precache.
import { generateSW } from 'workbox-build';

const { count, size, warnings } = await generateSW({
  globDirectory: 'dist',
  globPatterns: ['**/*.{html,js,css,woff2,svg}'],
  // The web component and its fonts are for other people's pages, not for reading the site offline.
  globIgnores: ['element/**', 'sw.js'],
  swDest: 'dist/sw.js',
  mode: 'production',
  inlineWorkboxRuntime: true,
  sourcemap: false,
  clientsClaim: true,
  skipWaiting: true,
  // /linear?d_model=4096 is still linear.html: a widget's state never changes the file.
  ignoreURLParametersMatching: [/.*/],
  directoryIndex: 'index.html',
  maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
});
for (const warning of warnings) console.warn(warning);
console.log(`service worker: ${count} files precached (${(size / 1024).toFixed(0)} KiB)`);
