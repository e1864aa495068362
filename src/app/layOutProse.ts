import { whenIdle } from './whenIdle.js';

/**
 * The prose after a chapter's first widget is left unrendered until it nears the screen (see prose.css), which
 * halves the first layout. Once the page has loaded and is idle, it is all laid out: a full-page capture of the
 * page (a browser's full-size screenshot) then shows every paragraph, not blank boxes where they were skipped.
 */
export function layOutProseWhenIdle() {
  whenIdle(() => document.documentElement.classList.add('prose-laid-out'));
}
