import { originalPostCite } from '../../content/originalPost.js';

/**
 * The original post, cited in running text the same way wherever the site corrects it. It links to
 * where `/` introduces the post; a plain link, so the browser scrolls to the section as it opens the page.
 */
export function Source() {
  return (
    <a href={`${import.meta.env.BASE_URL}#source`} className="source-cite">
      {originalPostCite}
    </a>
  );
}
