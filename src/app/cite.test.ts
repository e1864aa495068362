import { parse } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import { originalPost } from '../../content/originalPost.js';
import { bibtex, citation } from './cite.js';
import { CHAPTERS, HOME, SITE_TITLE } from '../site/siteMap.js';

const root = 'https://example.org/neurons/';

describe('citation and bibtex', () => {
  it.each([HOME, ...CHAPTERS])('cites $path as valid BibTeX with its title and address', (page) => {
    const entry = bibtex(citation(page, root, '2026-12-05'));
    const library = parse(entry, { sentenceCase: false });
    expect(library.errors).toEqual([]);
    expect(library.entries).toHaveLength(1);
    const parsed = library.entries[0]!;
    expect(parsed.type).toBe('misc');
    expect(parsed.fields.url).toBe(new URL(page.path.slice(1), root).href);
    expect(String(parsed.fields.title)).toContain(SITE_TITLE);
    expect(String(parsed.fields.title)).toContain(page.title);
    expect(String(parsed.fields.year)).toBe('2026');
    for (const author of originalPost.authors) expect(String(parsed.fields.note)).toContain(author.name);
  });

  it('leaves the year out when there is no edition to date, and stays valid', () => {
    const entry = bibtex(citation(CHAPTERS[0]!, root, undefined));
    expect(entry).not.toMatch(/year|month/);
    expect(parse(entry, { sentenceCase: false }).errors).toEqual([]);
  });

  it('escapes what BibTeX would read as commands', () => {
    const page = { ...CHAPTERS[0]!, title: 'Q&A at 50% #1_x' };
    const parsed = parse(bibtex(citation(page, root, '2026-12-05')), { sentenceCase: false });
    expect(parsed.errors).toEqual([]);
    expect(String(parsed.entries[0]?.fields.title)).toContain('Q&A at 50% #1_x');
  });
});
