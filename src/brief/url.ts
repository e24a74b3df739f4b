/** The URL policy: only `http:`, `https:`, `mailto:` and relative URLs ever become links. */

/** Schemes a link in brief text may have. */
export const LINK_SCHEMES = ['http:', 'https:', 'mailto:'];
/** Schemes a downloadable file (the PDF) may have. */
export const FILE_SCHEMES = ['http:', 'https:'];

/** Stands in for the page when a relative URL is checked: its scheme is never the answer for an absolute URL. */
const PLACEHOLDER = 'https://relative.invalid/';

/**
 * Returns the URL to put in an `href`, or `undefined` when it must not become a link.
 *
 * The browser's own URL parser reads the value exactly as a click would
 * (leading C0 controls and spaces stripped, tabs inside `java\tscript:`
 * removed, any casing), and what is returned is exactly what was checked:
 * the value itself, never a trimmed copy, so a character the parser keeps
 * (`\u00a0javascript:…` is a relative path) cannot hide a scheme. A relative
 * URL is resolved against `base` when one is given (the brief's own URL when
 * it came from `src`), else left for the page to resolve.
 */
export function safeUrl(raw: unknown, base?: string, schemes = LINK_SCHEMES): string | undefined {
  if (typeof raw !== 'string' || !raw.trim()) return undefined;
  let url: URL;
  try {
    url = new URL(raw, base || PLACEHOLDER);
  } catch {
    return undefined;
  }
  if (!schemes.includes(url.protocol)) return undefined;
  return base ? url.href : raw;
}

/** The last path segment of a URL, decoded (`''` when the path ends in `/`): the default file name of a download. */
export function fileNameOf(href: string): string {
  let path: string;
  try {
    path = new URL(href, PLACEHOLDER).pathname;
  } catch {
    return '';
  }
  const last = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
