/** Absolute URL of the site root in the reader's browser, with the base path, ending in `/`. */
export function siteUrl(): string {
  return new URL(import.meta.env.BASE_URL, window.location.href).href;
}
