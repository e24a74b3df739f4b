/**
 * Brief JSON text to a value, with errors that say where the text breaks and
 * how, but never quote it: the text may be a brief no one here may read, and
 * each engine's own message quotes it (V8 the text around the error, WebKit
 * the token).
 */

/**
 * `JSON.parse`, accepting the byte order mark editors write at the start of a
 * file. Throws an Error that names `where` the text came from (`The file at …`),
 * a line and a column. A brief that names `tlp` twice gets the marking
 * `null`, which cannot be read: `JSON.parse` keeps the last, and the author
 * may have meant the first.
 */
export function parseBriefText(text: string, where: string): unknown {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!text.trim()) throw new Error(`${where} is empty`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const hint = text.trimStart().startsWith('<') ? ' (it looks like an HTML page)' : '';
    throw new Error(`${where} is not valid JSON${hint}${describeBreak(text)}`);
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

/** One JSON token (RFC 8259) at the sticky index: a string, a number or literal, or a punctuator. */
const TOKEN =
  // eslint-disable-next-line no-control-regex -- a string may not hold U+0000 to U+001F unescaped: the grammar names them
  /"(?:[^"\\\x00-\x1f]|\\["\\/bfnrt]|\\u[\dA-Fa-f]{4})*"|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[Ee][+-]?\d+)?|true|false|null|[{}[\]:,]/y;

/** The white space JSON allows between tokens, at the sticky index. */
const SPACE = /[ \t\n\r]*/y;

// What may come next, as the kinds of token allowed: a punctuator stands for itself, `"`
// for a string and `0` for any other value (a number, true, false, null).
const VALUE = '{["0';
const NAME = '"';

/**
 * Reads JSON text token by token, as the grammar has it, with a stack of the
 * containers open (the punctuator that closes each: not recursion, so any depth
 * is read). Returns where the text breaks, and the token there if there is
 * one; `undefined` when it does not.
 */
function walk(text: string): { at: number; token?: string | undefined } | undefined {
  const closers: string[] = [];
  let expected = VALUE;
  for (let at = 0; ; at = TOKEN.lastIndex) {
    SPACE.lastIndex = at;
    SPACE.test(text);
    at = TOKEN.lastIndex = SPACE.lastIndex;
    const token = TOKEN.exec(text)?.[0];
    if (token === undefined) return at === text.length && !expected ? undefined : { at };
    const kind = '{}[]:,"'.includes(token[0]) ? token[0] : '0';
    if (!expected.includes(kind)) return { at, token };
    if (kind === '{' || kind === '[') {
      closers.push(kind === '{' ? '}' : ']');
      expected = kind === '{' ? NAME + '}' : VALUE + ']';
    } else if (kind === ':') expected = VALUE;
    else if (kind === ',') expected = closers.at(-1) === '}' ? NAME : VALUE;
    else if (kind === '"' && expected.startsWith(NAME)) expected = ':';
    else {
      // A value has ended (a closer ends its container's): its container takes a comma or its end; the text, its end.
      if (kind === '}' || kind === ']') closers.pop();
      expected = closers.length ? `,${closers.at(-1)}` : '';
    }
  }
}

/** `: … at line L, column C`: where JSON text breaks and how (it ends too soon, a string cannot be read, or a character is out of place). */
function describeBreak(text: string): string {
  const broken = walk(text);
  if (!broken) return '';
  const { at, token } = broken;
  const what =
    at === text.length
      ? 'the text ends too soon'
      : // A quote that starts no token: a string the grammar cannot read to its end.
        token === undefined && text[at] === '"'
        ? 'a string that is not closed, or holds a line break or a backslash that starts no escape,'
        : 'a character out of place';
  const lines = text.slice(0, at).split('\n');
  return `: ${what} at line ${lines.length}, column ${lines.at(-1)!.length + 1}`;
}
