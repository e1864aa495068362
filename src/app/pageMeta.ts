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
    const model = widgets[embed[1]!]?.model;
    return model
      ? {
          title: `${model.title} · ${SITE_TITLE}`,
          description: `${model.title}: an interactive diagram with exact counts.`,
        }
      : { title: `No such widget · ${SITE_TITLE}`, description: introduction.description };
  }
  const chapter = chapterAt(path);
  if (chapter === undefined || (path !== '/' && chapter.Content === undefined)) {
    return { title: `Page not found · ${SITE_TITLE}`, description: introduction.description };
  }
  return { title: path === '/' ? SITE_TITLE : `${chapter.title} · ${SITE_TITLE}`, description: chapter.description };
}
