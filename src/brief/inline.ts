/**
 * The inline subset of brief text: `[text](url)`, `**strong**` and `*emphasis*`,
 * read as CommonMark reads them (delimiter runs and "process emphasis", links
 * before emphasis, no link in a link, backslash escapes), in linear time.
 * Parsed into a small tree once, rendered as Lit templates: text is never HTML.
 *
 * A backslash before an ASCII punctuation character shows that character as
 * written (`\*` is `*`, `\[` is `[`), in link destinations too; any other
 * backslash is text. Nothing else is markup: `_`, backticks, `<` are text.
 * Links have no title, and a destination in `<…>` is not read (`[a](<b>)`
 * stays text).
 */
import { html } from 'lit';
import { safeUrl } from './url.js';

type Node =
  | { kind: 'strong'; children: Inline[] }
  | { kind: 'em'; children: Inline[] }
  | { kind: 'link'; href: string; children: Inline[] };
export type Inline = string | Node;

/** A run of `*` in the text, from `start` to `end`, as CommonMark's "process emphasis" matches it. */
interface StarRun {
  start: number;
  end: number;
  /** Stars not matched yet. */
  left: number;
  /** The run's length mod 3 (the rule of 3). */
  lengthMod3: number;
  /** 3 when it can open emphasis, else 0: with `lengthMod3`, the kind of opener it is. */
  canOpen: number;
  canClose: boolean;
  /** Once matched: how many elements it closes (before its stars), and those it opens (after them, innermost first). */
  closes: number;
  opens?: Node[];
}
/** A link's `[` at `start`, once its `](…)` is found. */
interface LinkOpen {
  link: Node;
  start: number;
}
/** A link's `](…)`, from `start` to `end`. */
interface LinkClose {
  start: number;
  end: number;
}
/** A backslash at `start` that escapes the character after it: the backslash is not shown. */
interface Escape {
  start: number;
  escape: true;
}
/** What the scan finds, in order; a number is a `[` at that place, not (yet) a link. */
type Token = StarRun | LinkOpen | LinkClose | Escape | number;

// After a link's destination.
const CLOSE = /[ \t\n]*\)/y;
// What the scan stops at: everything else is text (stars too, when no emphasis can match).
const MARKUP = /[*[\]\\]/g;
const BRACKETS = /[[\]\\]/g;

/** ASCII punctuation: what a backslash escapes. */
const PUNCTUATION = /[!-/:-@[-`{-~]/;
/** Whether the character at `i` is one a backslash escapes. */
const isEscapable = (text: string, i: number) => PUNCTUATION.test(text.charAt(i));
/** A link destination's text without the backslashes of its escapes. */
const unescape = (text: string) => text.replace(/\\([!-/:-@[-`{-~])/g, '$1');

/** CommonMark's "process emphasis" over the runs of one level (a link's text, or the rest). */
function emphasis(runs: StarRun[]) {
  // A stack of openers; `top` is its height (the array is not shortened: that reallocates).
  const openers: StarRun[] = [];
  let top = 0;
  // Per kind of closer (can it open, length mod 3): openers before this place cannot match it.
  const bottom: number[] = [];
  for (const closer of runs) {
    const kind = closer.canOpen + closer.lengthMod3;
    for (let i = top; closer.canClose && closer.left;) {
      const opener = i ? openers[--i] : undefined;
      if (!opener || opener.start < bottom[kind]) {
        bottom[kind] = closer.start;
        break;
      }
      // The rule of 3 (lengths mod 3 adding up to 3: 1 + 2 or 2 + 1).
      if ((opener.canClose || closer.canOpen) && opener.lengthMod3 + closer.lengthMod3 == 3) continue;
      const strong = closer.left > 1 && opener.left > 1;
      opener.left -= strong ? 2 : 1;
      closer.left -= strong ? 2 : 1;
      (opener.opens ||= []).push({ kind: strong ? 'strong' : 'em', children: [] });
      closer.closes++;
      // The openers in between are dropped, and the opener once used up.
      top = i = opener.left ? i + 1 : i;
    }
    if (closer.canOpen && closer.left) openers[top++] = closer;
  }
}

/** Whitespace (or no character: the start or end of the text) 0, punctuation or symbol 1, other 2. */
const classes: Record<number, number> = {};
const classOf = (code?: number) => (code == null ? 0 : (classes[code] ??= classify(String.fromCodePoint(code))));
const classify = (char: string) => (/\s/.test(char) ? 0 : /[\p{P}\p{S}]/u.test(char) ? 1 : 2);

/** The end of the run of `*` that starts at `i`. */
const runEnd = (text: string, i: number) => {
  while (text.charCodeAt(++i) == 42);
  return i;
};

/** Whether the run of `*` from `i` to `end` can open emphasis and whether it can close it (CommonMark's flanking rules). */
function flanking(text: string, i: number, end: number) {
  // The characters around the run, a surrogate pair as one.
  let previous = i ? text.charCodeAt(i - 1) : undefined;
  // A low surrogate after its high one: the character is the pair.
  if (previous! >> 10 == 55 && text.codePointAt(i - 2)! > 0xffff) previous = text.codePointAt(i - 2);
  const before = classOf(previous);
  const after = classOf(text.codePointAt(end));
  return {
    canOpen: Boolean(after && (after > 1 || before < 2)),
    canClose: Boolean(before && (before > 1 || after < 2)),
  };
}

/** The run of `*` at `i`. */
function starRun(text: string, i: number): StarRun {
  const end = runEnd(text, i);
  const { canOpen, canClose } = flanking(text, i, end);
  return { start: i, end, left: end - i, lengthMod3: (end - i) % 3, canOpen: canOpen ? 3 : 0, canClose, closes: 0 };
}

/**
 * Whether a run of `*` that can open comes before one that can close: else no
 * emphasis can match anywhere, and every star is text. Hostile text is often
 * thousands of runs that can only open (`*a *a`), or only close (`a* a*`).
 */
function mayEmphasize(text: string): boolean {
  let opener = false;
  for (let i = text.indexOf('*'); i >= 0;) {
    const end = runEnd(text, i);
    const { canOpen, canClose } = flanking(text, i, end);
    if (opener && canClose) return true;
    opener ||= canOpen;
    i = text.indexOf('*', end);
  }
  return false;
}

/**
 * The end of a link destination from `i`: up to a space or a control character,
 * its parentheses balanced, 8 deep at most (else -1). CommonMark allows such a
 * limit (markdown-it has 32): each `](` may scan that deep, so it bounds the work
 * per character. A function of its own: its loop stays optimized whatever the
 * rest of the parser has seen.
 */
function destination(text: string, i: number) {
  for (let c, depth = 0; ; i++) {
    c = text.charCodeAt(i); // NaN at the end
    if (c == 92 && isEscapable(text, i + 1))
      i++; // an escaped character: no parenthesis that counts
    else if (c == 40) {
      if (++depth > 8) return -1;
    } else if (c == 41) {
      if (!depth--) return i;
    } else if (!(c > 32) || c == 127) return depth ? -1 : i;
  }
}

/** Splits text into plain runs and marked-up runs, in one pass and linear time. */
export function parseInline(text: string): Inline[] {
  // Scanned by hand, and text is not a token: hostile text is nearly all
  // markers, and a regular expression's match object per token cost more than
  // the text itself.
  const tokens: Token[] = [];
  const runs: StarRun[] = [];
  // Each `[` still open: its token's index.
  const brackets: number[] = [];
  const markup = mayEmphasize(text) ? MARKUP : BRACKETS;
  for (let i = 0; ;) {
    markup.lastIndex = i;
    if (!markup.test(text)) break;
    i = markup.lastIndex - 1;
    const c = text[i];
    if (c == '\\') {
      // An escape hides the character after it from the scan; any other backslash is text.
      if (isEscapable(text, i + 1)) tokens.push({ start: i, escape: true });
      i += 2;
    } else if (c == '*') {
      const run = starRun(text, i);
      tokens.push(run);
      runs.push(run);
      i = run.end;
    } else if (c == '[') brackets.push(tokens.push(i++) - 1);
    else if (!brackets.length)
      i++; // a `]` with no `[`: text
    else {
      // A `]` closes the last `[`: a link when `(destination)` follows, else both are text.
      const open = brackets.pop()!;
      if (text[++i] != '(') continue;
      // Spaces, then a destination (not `<…>`), spaces and `)`.
      let from = i + 1;
      while (text[from] == ' ' || text[from] == '\t' || text[from] == '\n') from++;
      const to = text[from] == '<' ? -1 : destination(text, from);
      if (to >= 0 && ((CLOSE.lastIndex = to), CLOSE.test(text))) {
        const start = tokens[open] as number;
        tokens[open] = { link: { kind: 'link', href: unescape(text.slice(from, to)), children: [] }, start };
        // The link's runs are the last ones, after its `[`.
        let first = runs.length;
        while (first && runs[first - 1].start > start) first--;
        emphasis(runs.splice(first));
        tokens.push({ start: i - 1, end: (i = CLOSE.lastIndex) });
        // No link in a link: the `[` before it are now text.
        brackets.length = 0;
      }
    }
  }
  emphasis(runs);

  // The tree, from the text between tokens: a run closes its elements, leaves
  // its unmatched stars as text, opens its elements.
  const stack: Inline[][] = [[]];
  const add = (piece: string, to = stack.at(-1)!) => {
    const last = to.at(-1);
    // Text after text joins it: one string per run of text.
    if (piece) to.push(typeof last == 'string' ? (to.pop(), last + piece) : piece);
  };
  // Elements deeper than 16 are left out (their text stays): renderers recurse.
  const open = (node: Node) => stack.push(stack[16] ? stack.at(-1)! : (stack.at(-1)!.push(node), node.children));
  let from = 0;
  for (const token of tokens) {
    // A `[` that opens no link, and a run that matched nothing, are text: the span goes on.
    if (typeof token == 'number' || ('left' in token && !token.closes && !token.opens)) continue;
    add(text.slice(from, token.start));
    if ('escape' in token) from = token.start + 1;
    else if ('left' in token) {
      for (let closed = 0; closed < token.closes; closed++) stack.pop();
      add(text.slice(token.start, token.start + token.left));
      token.opens?.reverse().forEach(open);
      from = token.end;
    } else if ('link' in token) {
      open(token.link);
      from = token.start + 1;
    } else {
      stack.pop();
      from = token.end;
    }
  }
  add(text.slice(from));
  return stack[0];
}

/** A link's content inside `<a>`, or alone when its URL is not allowed (`href` undefined). */
const link = (href: string | undefined, content: unknown[]) =>
  href ? html`<a part="link" href=${href}>${content}</a>` : content;

/** Renders parsed inline text; a link whose URL is not allowed renders as its text alone. */
export const renderInline = (nodes: readonly Inline[], base?: string): unknown[] =>
  nodes.map((node) =>
    typeof node == 'string'
      ? node
      : node.kind == 'em'
        ? html`<em>${renderInline(node.children, base)}</em>`
        : node.kind == 'strong'
          ? html`<strong>${renderInline(node.children, base)}</strong>`
          : link(safeUrl(node.href, base), renderInline(node.children, base)),
  );

/** Trees of the short texts parsed last: the same text on many briefs (or renders) is read once. */
const parsed = new Map<string, Inline[]>();
/** The long text parsed last: a page reads a long summary once for the brief, its meta description and its JSON-LD. */
let lastLong: { text: string; nodes: Inline[] } | undefined;

function treeOf(text: string): Inline[] {
  if (text.length >= 2000) {
    if (lastLong?.text !== text) lastLong = { text, nodes: parseInline(text) };
    return lastLong.nodes;
  }
  let nodes = parsed.get(text);
  if (!nodes) {
    if (parsed.size >= 500) parsed.clear();
    parsed.set(text, (nodes = parseInline(text)));
  }
  return nodes;
}

/** Whether a text may hold markup; plain text (the common case) is never parsed. */
const mayHaveMarkup = (text: string) => /[[*\\]/.test(text);

/**
 * Parses and renders one string of brief text; plain text (the common case)
 * stays one string, for Lit one text node rather than a list of parts.
 */
export const inline = (text: string, base?: string): unknown =>
  mayHaveMarkup(text) ? renderInline(treeOf(text), base) : text;

/** The text a reader sees, without markup: links become their text, emphasis marks go. Linear, as the parser is. */
export const plainText = (text: string): string => (mayHaveMarkup(text) ? textOf(treeOf(text)) : text);
const textOf = (nodes: readonly Inline[]): string =>
  nodes.map((node) => (typeof node == 'string' ? node : textOf(node.children))).join('');

/**
 * Plain text as brief text that shows exactly as written: every backslash,
 * `*`, `[` and `]` escaped with a backslash (CommonMark's backslash escapes).
 */
export const escapeInline = (text: string): string => text.replace(/[\\*[\]]/g, '\\$&');
