import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { MDXProps } from 'mdx/types';
import { CHAPTERS, HOME, type PageInfo } from './siteMap.js';

type MdxModule = { default: ComponentType<MDXProps> };

// Each chapter is its own chunk: a reader downloads only the chapter they open.
const files = import.meta.glob<MdxModule>('/content/*.mdx');

/** The slug a chapter's file is named for: "content/01-linear.mdx" (or "/content/…") → "linear"; not a chapter → undefined. */
export function slugOfFile(file: string): string | undefined {
  return /(?:^|\/)content\/\d+-(.+)\.mdx$/.exec(file)?.[1];
}

function loaderFor(slug: string): (() => Promise<MdxModule>) | undefined {
  const path = Object.keys(files).find((file) => slugOfFile(file) === slug);
  return path === undefined ? undefined : files[path];
}

export interface Chapter extends PageInfo {
  /** Position among CHAPTERS, from 1. */
  number: number;
  /** Undefined while the chapter is not written yet. */
  Content?: LazyExoticComponent<ComponentType<MDXProps>>;
  load?: () => Promise<MdxModule>;
}

function withContent(page: PageInfo, number: number): Chapter {
  const load = loaderFor(page.slug);
  return load === undefined ? { ...page, number } : { ...page, number, load, Content: lazy(load) };
}

export const introduction: Chapter = withContent(HOME, 0);
export const chapters: readonly Chapter[] = CHAPTERS.map((page, i) => withContent(page, i + 1));
export const writtenChapters = chapters.filter((c) => c.Content !== undefined);

export function chapterAt(path: string): Chapter | undefined {
  return path === '/' ? introduction : chapters.find((c) => c.path === path);
}

/** The written chapters before and after `chapter`, for previous/next links. */
export function neighbours(chapter: Chapter): { previous?: Chapter; next?: Chapter } {
  const list = [introduction, ...writtenChapters];
  const i = list.indexOf(chapter);
  return { previous: i > 0 ? list[i - 1] : undefined, next: i >= 0 ? list[i + 1] : undefined };
}
