/**
 * Brief JSON text to a value, with errors that say where the text breaks and
 * how, but never quote it: the text may be a brief no one
 * here may read, and each engine's own message quotes it (V8 the text around
 * the error, WebKit the token).
 */

/** `JSON.parse`, accepting the byte order mark editors write at the start of a file. Throws an Error that names `where` the text came from (`The file at …`), a line and a column. */
export function parseBriefText(text: string, where: string): unknown {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!text.trim()) throw new Error(`${where} is empty`);
  try {
    return JSON.parse(text);
  } catch {
    const hint = text.trimStart().startsWith('<') ? ' (it looks like an HTML page)' : '';
    throw new Error(`${where} is not valid JSON${hint}${syntaxError(text)}`);
  }
}

/** One JSON token (RFC 8259) at the sticky index: a string, a number or literal, or a punctuator. */
const TOKEN = /"(?:[^"\\\x00-\x1f]|\\["\\/bfnrt]|\\u[\dA-Fa-f]{4})*"|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[Ee][+-]?\d+)?|true|false|null|[{}[\]:,]/y;

/** What may come next: a value (or, first in a list, its end), a field name (or, first in an object, its end), a colon, what follows a value in a container, or the end of the text. */
type Expected = 'value' | 'valueOrEnd' | 'name' | 'nameOrEnd' | ':' | '{' | '[' | 'end';

/**
 * `: … at line L, column C`: where JSON text first breaks the grammar, and
 * how (it ends too soon, a string cannot be read, or a character is out of
 * place). One pass over its tokens with a stack of open containers, not
 * recursion, so any depth of nesting is read.
 */
function syntaxError(text: string): string {
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
        if (kind === 'string') next = ':';
        else if (kind === '}' && expected === 'nameOrEnd') next = close();
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
    else if (at === text.length && expected === 'end') return '';
    else {
      // A quote that starts no token: a string the grammar cannot read to its end.
      const what =
        at === text.length
          ? 'the text ends too soon'
          : token === undefined && text[at] === '"'
            ? 'a string that is not closed, or holds a line break or a backslash that starts no escape,'
            : 'a character out of place';
      return `: ${what} at ${lineAndColumn(text, at)}`;
    }
  }
}

/** `line 3, column 12` for an offset in `text` (both from 1; a column counts UTF-16 code units, as editors mostly do). */
function lineAndColumn(text: string, offset: number) {
  const lines = text.slice(0, offset).split('\n');
  return `line ${lines.length}, column ${lines.at(-1)!.length + 1}`;
}
