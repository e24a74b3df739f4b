/**
 * Brief JSON text to a value, with errors that say where the text breaks and
 * how, but never quote it: the text may be a brief no one here may read, and
 * each engine's own message quotes it (V8 the text around the error, WebKit
 * the token).
 */

/**
 * `JSON.parse`, accepting the byte order mark editors write at the start of a
 * file. Throws an Error that names `where` the text came from (`The file at …`),
 * a line and a column. A brief that names its `tlp` twice gets the marking
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
  // Only text that names `tlp` twice, or may spell it in escapes, is read again.
  if (((text.match(/tlp/gi)?.length ?? 0) > 1 || text.includes('\\u')) && namesTlpTwice(text)) {
    (value as { tlp: unknown }).tlp = null;
  }
  return value;
}

/** One JSON token (RFC 8259) at the sticky index: a string, a number or literal, or a punctuator. */
const TOKEN = /"(?:[^"\\\x00-\x1f]|\\["\\/bfnrt]|\\u[\dA-Fa-f]{4})*"|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[Ee][+-]?\d+)?|true|false|null|[{}[\]:,]/y;

/** What may come next: a value (or, first in a list, its end), a field name (or, first in an object, its end), a colon, what follows a value in a container, or the end of the text. */
type Expected = 'value' | 'valueOrEnd' | 'name' | 'nameOrEnd' | ':' | '{' | '[' | 'end';

/**
 * Reads JSON text token by token, as the grammar has it, with a stack of open
 * containers (not recursion, so any depth is read). Calls `onName` with each
 * field name's token and the depth of its object (1: the top level). Returns
 * where the text breaks, or `undefined` when it does not.
 */
function walk(text: string, onName?: (token: string, depth: number) => void): { at: number; token?: string } | undefined {
  const open: ('{' | '[')[] = [];
  // After a value: what its container takes next, or the end of the text.
  const afterValue = (): Expected => open.at(-1) ?? 'end';
  const close = () => (open.pop(), afterValue());
  let expected: Expected = 'value';
  for (let at = 0; ; at = TOKEN.lastIndex) {
    while (text[at] === ' ' || text[at] === '\t' || text[at] === '\n' || text[at] === '\r') at++;
    TOKEN.lastIndex = at;
    const token = TOKEN.exec(text)?.[0];
    const kind = token === undefined ? undefined : token[0] === '"' ? 'string' : /^[{}[\]:,]$/.test(token) ? token : 'value';
    let next: Expected | undefined;
    switch (expected) {
      case ':':
        if (kind === ':') next = 'value';
        break;
      case 'name':
      case 'nameOrEnd':
        if (kind === 'string') {
          onName?.(token!, open.length);
          next = ':';
        } else if (kind === '}' && expected === 'nameOrEnd') next = close();
        break;
      case '{':
      case '[':
        if (kind === ',') next = expected === '{' ? 'name' : 'value';
        else if (kind === (expected === '{' ? '}' : ']')) next = close();
        break;
      case 'value':
      case 'valueOrEnd':
        if (kind === 'string' || kind === 'value') next = afterValue();
        else if (kind === '{' || kind === '[') next = (open.push(kind), kind === '{' ? 'nameOrEnd' : 'valueOrEnd');
        else if (kind === ']' && expected === 'valueOrEnd') next = close();
        break;
    }
    if (next) expected = next;
    else if (at === text.length && expected === 'end') return undefined;
    else return { at, token };
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

/** Whether the top-level object of valid JSON text names `tlp` more than once (in any spelling of its escapes). */
function namesTlpTwice(text: string): boolean {
  let seen = 0;
  walk(text, (token, depth) => {
    if (depth === 1 && JSON.parse(token) === 'tlp') seen++;
  });
  return seen > 1;
}
