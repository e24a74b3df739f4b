/** The URL policy: only `http:`, `https:`, `mailto:` and relative URLs ever become links. */

/** Schemes a link in brief text may have. */
export const LINK_SCHEMES = ['http:', 'https:', 'mailto:'];
/** Schemes a downloadable file (the PDF) may have. */
export const FILE_SCHEMES = ['http:', 'https:'];

/**
 * Returns the URL to put in an `href`, or `undefined` when it must not become a link.
 *
 * The browser's own URL parser decides what the scheme is (so leading spaces,
 * tabs inside `java\tscript:` and any casing are read exactly as a click would
 * read them). A relative URL is resolved against `base` when one is given (the
 * brief's own URL when it came from `src`), else left for the page to resolve.
 */
export function safeUrl(raw: unknown, base?: string, schemes = LINK_SCHEMES): string | undefined {
  if (typeof raw !== 'string' || !raw.trim()) return undefined;
  let absolute: URL | undefined;
  try {
    absolute = new URL(raw);
  } catch {
    // no scheme of its own: a relative URL
  }
  if (absolute) return schemes.includes(absolute.protocol) ? absolute.href : undefined;
  if (!base) return raw.trim();
  try {
    return new URL(raw, base).href;
  } catch {
    return undefined;
  }
}

/** The last path segment of a URL, decoded: the default file name of a download. */
export function fileNameOf(href: string): string {
  const path = href.split(/[?#]/, 1)[0]!.replace(/\/+$/, '');
  const last = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
