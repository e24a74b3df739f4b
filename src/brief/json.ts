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

// What may come next: a value (or, first in a list, its end), a field name (or, first in an
// object, its end), a colon, what follows a value in an object or in a list, or the end.
const VALUE = 0;
const VALUE_OR_END = 1;
const NAME = 2;
const NAME_OR_END = 3;
const COLON = 4;
const NEXT_IN_OBJECT = 5;
const NEXT_IN_LIST = 6;
const END = 7;

/**
 * Reads JSON text token by token, as the grammar has it, with a stack of open
 * containers (not recursion, so any depth is read). Returns where the text
 * breaks, and the token there if there is one; `undefined` when it does not.
 */
function walk(text: string): { at: number; token?: string | undefined } | undefined {
  const open: string[] = [];
  // After a value: what its container takes next, or the end of the text.
  const afterValue = () => (open.at(-1) === '{' ? NEXT_IN_OBJECT : open.length ? NEXT_IN_LIST : END);
  let expected = VALUE;
  for (let at = 0; ; at = TOKEN.lastIndex) {
    while (text[at] === ' ' || text[at] === '\t' || text[at] === '\n' || text[at] === '\r') at++;
    TOKEN.lastIndex = at;
    const token = TOKEN.exec(text)?.[0];
    const kind = token === undefined ? undefined : token[0] === '"' ? '"' : /^[{}[\]:,]$/.test(token) ? token : 'value';
    const isValue = kind === '"' || kind === 'value';
    const closes =
      (kind === '}' && (expected === NAME_OR_END || expected === NEXT_IN_OBJECT)) ||
      (kind === ']' && (expected === VALUE_OR_END || expected === NEXT_IN_LIST));
    if (closes) {
      open.pop();
      expected = afterValue();
    } else if ((expected === VALUE || expected === VALUE_OR_END) && (kind === '{' || kind === '[')) {
      open.push(kind);
      expected = kind === '{' ? NAME_OR_END : VALUE_OR_END;
    } else if ((expected === VALUE || expected === VALUE_OR_END) && isValue) expected = afterValue();
    else if ((expected === NAME || expected === NAME_OR_END) && kind === '"') expected = COLON;
    else if (expected === COLON && kind === ':') expected = VALUE;
    else if (expected === NEXT_IN_OBJECT && kind === ',') expected = NAME;
    else if (expected === NEXT_IN_LIST && kind === ',') expected = VALUE;
    else return at === text.length && expected === END ? undefined : { at, token };
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
