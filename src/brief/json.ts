/**
 * Brief JSON text to a value, with errors that name where the text came from
 * but never quote it: the text may be a brief no one here may read, and each
 * engine's own message quotes it (V8 the text around the error, WebKit the
 * token). Where in the text it breaks is `json-break.ts`'s work, which the
 * tools that read files pass in (the command line, the server, the
 * playground); the elements leave it out of the single-file bundle.
 */

/** Where and how JSON text that does not parse breaks, in words (`a character out of place at line 3, column 5`). */
export type DescribeBreak = (text: string) => string | undefined;

/**
 * `JSON.parse`, accepting the byte order mark editors write at the start of a
 * file. Throws an Error that names `where` the text came from (`The file at …`)
 * and, given `describeBreak`, where in the text it breaks. A brief that names
 * `tlp` twice gets the marking `null`, which cannot be read: `JSON.parse` keeps
 * the last, and the author may have meant the first.
 */
export function parseBriefText(text: string, where: string, describeBreak?: DescribeBreak): unknown {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!text.trim()) throw new Error(`${where} is empty`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const hint = text.trimStart().startsWith('<') ? ' (it looks like an HTML page)' : '';
    const breaks = describeBreak?.(text);
    throw new Error(`${where} is not valid JSON${hint}${breaks ? `: ${breaks}` : ''}`);
  }
  if ((text.match(TLP_NAME)?.length ?? 0) > 1 && value && typeof value === 'object')
    (value as { tlp: unknown }).tlp = null;
  return value;
}

/**
 * A field named `tlp`, in any case and in any spelling of escapes (`\u0074lp`).
 * Counted anywhere in the text, nested fields too: a false alarm withholds a
 * brief, never shows one.
 */
const TLP_NAME = /"(?:t|\\u0074)(?:l|\\u006c)(?:p|\\u0070)"\s*:/gi;
