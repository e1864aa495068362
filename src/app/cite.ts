import { originalPost, originalPostAuthors } from '../../content/originalPost.js';
import { SITE_TITLE, type PageInfo } from '../site/siteMap.js';

/** The date of this edition, "2026-12-05" (the latest commit's, set by the build), or undefined outside one. */
export const edition: string | undefined = (import.meta.env.VITE_EDITION as string | undefined) || undefined;

/** "5 December 2026": a date as the byline writes it. */
export function longDate(isoDate: string): string {
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}

/** What the site is built from, in one phrase: the byline and the BibTeX note both say it. */
export const basedOn = `“${originalPost.title}” by ${originalPostAuthors} (${originalPost.authors[0].affiliation}, ${originalPost.date.slice(0, 4)})`;

/** Everything a citation of one page says; every field comes from the site map, the original post and the edition. */
export interface Citation {
  key: string;
  title: string;
  url: string;
  year?: string;
  month?: string;
  note: string;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The citation of `page` at `siteRoot` (an absolute address ending in `/`, as the Share dialog derives it). */
export function citation(page: PageInfo, siteRoot: string, editionDate = edition): Citation {
  const home = page.path === '/';
  return {
    key: `neurons-in-deep-learning${home ? '' : `-${page.slug}`}${editionDate ? `-${editionDate.slice(0, 4)}` : ''}`,
    title: home ? SITE_TITLE : `${SITE_TITLE}: ${page.title}`,
    url: new URL(page.path.replace(/^\//, ''), siteRoot).href,
    year: editionDate?.slice(0, 4),
    month: editionDate && MONTHS[Number(editionDate.slice(5, 7)) - 1],
    note: `Based on ${basedOn}`,
  };
}

/** BibTeX's special characters in a field's text, escaped; quotes as TeX writes them. */
function tex(text: string): string {
  return text
    .replace(/\\/g, '\\textbackslash{}')
    .replace(/([&%$#_{}])/g, '\\$1')
    .replace(/“/g, '``')
    .replace(/”/g, "''");
}

/** The citation as a BibTeX `@misc` entry; the title in double braces keeps its capitals. */
export function bibtex(c: Citation): string {
  const fields: [string, string][] = [
    ['title', `{${tex(c.title)}}`],
    ['howpublished', `\\url{${c.url}}`],
    ['url', c.url],
    ...(c.year ? ([['year', c.year]] as [string, string][]) : []),
    ['note', tex(c.note)],
  ];
  const month = c.month ? `,\n  month = ${c.month}` : '';
  return `@misc{${c.key},\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n')}${month}\n}`;
}
