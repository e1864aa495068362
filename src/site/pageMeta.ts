import { widgets } from '../widgets/registry.js';
import { chapterAt, introduction } from './chapters.js';
import { SITE_TITLE } from './siteMap.js';

export interface PageMeta {
  title: string;
  description: string;
}

/** Title and description of any page of the site: home, chapter, embedded widget or not found. */
export function pageMeta(path: string): PageMeta {
  const embed = /^\/embed\/([^/]+)$/.exec(path);
  if (embed) {
    const entry = widgets[embed[1]!];
    return entry
      ? {
          title: `${entry.title} · ${SITE_TITLE}`,
          description: `${entry.title}: an interactive diagram with exact counts.`,
        }
      : { title: `No such widget · ${SITE_TITLE}`, description: introduction.description };
  }
  const chapter = chapterAt(path);
  if (chapter === undefined || (path !== '/' && chapter.Content === undefined)) {
    return { title: `Page not found · ${SITE_TITLE}`, description: introduction.description };
  }
  return { title: path === '/' ? SITE_TITLE : `${chapter.title} · ${SITE_TITLE}`, description: chapter.description };
}
