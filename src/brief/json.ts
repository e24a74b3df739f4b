/**
 * Brief JSON text to a value, with errors that say where the text breaks and
 * how, but never quote it: the text may be a brief no one here may read, and
 * each engine's own message quotes it differently (V8 the text around the
 * error, WebKit the token).
 */

/** `JSON.parse`, accepting the byte order mark editors write at the start of a file. Throws an Error that names `where` the text came from (`The file at …`), a line and a column. */
export function parseBriefText(text: string, where: string): unknown {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!text.trim()) throw new Error(`${where} is empty`);
  try {
    return JSON.parse(text);
  } catch {
    const hint = text.trimStart().startsWith('<') ? ' (it looks like an HTML page)' : '';
    const error = syntaxError(text);
    throw new Error(`${where} is not valid JSON${hint}${error ? `: ${error.what} at ${lineAndColumn(text, error.at)}` : ''}`);
  }
}

/** `line 3, column 12` for an offset in `text` (both from 1; a column counts UTF-16 code units, as editors mostly do). */
function lineAndColumn(text: string, offset: number) {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return `line ${line}, column ${offset - start + 1}`;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;

/**
 * Where JSON text first breaks the grammar (RFC 8259), and what was expected
 * there. One pass with a stack of open containers, not recursion: any depth
 * of nesting is read without overflowing the call stack.
 */
function syntaxError(text: string): { at: number; what: string } | undefined {
  let i = 0;
  // What comes next: a value, a field name (in an object), or what follows a value.
  let expecting: 'value' | 'name' | 'next' = 'value';
  const open: string[] = [];
  const skipSpace = () => {
    while (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r') i++;
  };
  /** Reads the string at `i` (its `"`); returns what is wrong with it, if anything. */
  const string = (): { at: number; what: string } | undefined => {
    const start = i;
    for (i++; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return undefined;
      }
      if (c < 32) return { at: i, what: 'a control character (a line break, a tab) inside a string' };
      if (c === 92) {
        const escaped = text[++i];
        if (escaped === 'u') {
          HEX4.lastIndex = i + 1;
          if (!HEX4.test(text)) return { at: i - 1, what: 'a \\u escape without four hexadecimal digits' };
          i += 4;
        } else if (escaped === undefined || !'"\\/bfnrt'.includes(escaped)) {
          return { at: i - 1, what: 'a backslash that starts no escape' };
        }
      }
    }
    return { at: start, what: 'a string that is not closed' };
  };
  for (;;) {
    skipSpace();
    const c = text[i];
    if (expecting === 'next') {
      const container = open.at(-1);
      if (!container) return c === undefined ? undefined : { at: i, what: 'more text after the JSON value' };
      const close = container === '{' ? '}' : ']';
      if (c === ',') {
        i++;
        expecting = container === '{' ? 'name' : 'value';
      } else if (c === close) {
        i++;
        open.pop();
      } else {
        return { at: i, what: c === undefined ? `the text ends inside ${container === '{' ? 'an object' : 'a list'}` : `expected "," or "${close}"` };
      }
    } else if (expecting === 'name') {
      if (c !== '"') return { at: i, what: c === undefined ? 'the text ends where a field name should be' : 'expected a field name in double quotes' };
      const error = string();
      if (error) return error;
      skipSpace();
      if (text[i] !== ':') return { at: i, what: 'expected ":" after a field name' };
      i++;
      expecting = 'value';
    } else if (c === '{' || c === '[') {
      open.push(c);
      i++;
      skipSpace();
      if (text[i] === (c === '{' ? '}' : ']')) {
        i++;
        open.pop();
        expecting = 'next';
      } else expecting = c === '{' ? 'name' : 'value';
    } else if (c === '"') {
      const error = string();
      if (error) return error;
      expecting = 'next';
    } else {
      NUMBER.lastIndex = i;
      const literal = ['true', 'false', 'null'].find((word) => text.startsWith(word, i));
      if (literal) i += literal.length;
      else if (NUMBER.test(text)) i = NUMBER.lastIndex;
      else return { at: i, what: c === undefined ? 'the text ends where a value should be' : 'expected a value (text in double quotes, a number, true, false, null, an object or a list)' };
      expecting = 'next';
    }
  }
}
