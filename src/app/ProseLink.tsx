import type { ComponentProps } from 'react';
import { Link } from 'wouter';

/**
 * Links in chapters: a path on this site ("/gpt-block") goes through the
 * router, so it keeps the deployment's base path and opens without a reload;
 * anything else (other sites, footnotes) stays a plain link.
 */
export function ProseLink({ href = '', ...rest }: ComponentProps<'a'>) {
  if (href.startsWith('/') && !href.startsWith('//')) return <Link href={href} {...rest} />;
  return <a href={href} {...rest} />;
}
