/**
 * The post this site is built from, apart from the other works it cites: every page's
 * running-text citation needs it, and no page needs to load the whole list of references for it.
 */

/** The post this site is built from, exactly as it gives its authors, title and date. */
export const originalPost = {
  authors: [
    { name: 'Bumjin Park', affiliation: 'KAIST' },
    { name: 'Youngju Joung', affiliation: 'KAIST' },
    { name: 'Enver Menadjiev', affiliation: 'KAIST' },
  ],
  title: '1.2 Neurons in Deep Learning',
  date: '2023-08-14',
  description: 'How can we interpret neurons in deep learning?',
} as const;

/** "Bumjin Park, Youngju Joung and Enver Menadjiev": the post's authors as it names them. */
export const originalPostAuthors = originalPost.authors
  .map((a) => a.name)
  .join(', ')
  .replace(/, ([^,]*)$/, ' and $1');

/** "14 August 2023": the post's date, written out. */
export const originalPostDate = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
  new Date(`${originalPost.date}T00:00:00Z`),
);

/** How the chapters cite the post in running text, wherever they correct it. */
export const originalPostCite = 'Park, Joung and Menadjiev (2023)';
