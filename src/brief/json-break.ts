/**
 * Where JSON text breaks, for the tools that read brief files (the command
 * line, the server, the Storybook playground): a walk over the text, token by
 * token, as the grammar has it (RFC 8259). `parseBriefText` takes it as its
 * third argument; the elements do without it, and say only that the JSON is
 * not valid, and where it came from.
 */
import type { DescribeBreak } from './json.js';

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

/**
 * Where JSON text that `JSON.parse` refused breaks, and how: it ends too soon, a
 * string cannot be read, or a character is out of place (`… at line L, column C`).
 * Never quotes the text.
 */
export const describeBreak: DescribeBreak = (text) => {
  const broken = walk(text);
  if (!broken) return undefined;
  const { at, token } = broken;
  const what =
    at === text.length
      ? 'the text ends too soon'
      : // A quote that starts no token: a string the grammar cannot read to its end.
        token === undefined && text[at] === '"'
        ? 'a string that is not closed, or holds a line break or a backslash that starts no escape,'
        : 'a character out of place';
  const lines = text.slice(0, at).split('\n');
  return `${what} at line ${lines.length}, column ${lines.at(-1)!.length + 1}`;
};
