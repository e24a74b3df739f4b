/**
 * The inline subset of brief text: `[text](url)`, `**strong**` and `*emphasis*`,
 * read as CommonMark reads them (delimiter runs and "process emphasis", links
 * before emphasis, no link in a link), in linear time. Parsed into a small
 * tree once, rendered as Lit templates: text is never HTML.
 *
 * Nothing else is markup: backslashes, `_`, backticks, `<` are text. Links have
 * no title, and a destination in `<…>` is not read (`[a](<b>)` stays text).
 */
import { html } from 'lit';
import { safeUrl } from './url.js';

type Node =
  | { kind: 'strong'; children: Inline[] }
  | { kind: 'em'; children: Inline[] }
  | { kind: 'link'; href: string; children: Inline[] };
export type Inline = string | Node;

/**
 * A run of `*`, from `p` to `e` in the text: `n` stars left, its length mod 3
 * `l`, whether it can open (`o`: 3, else 0) and close (`c`). Matched, it closes
 * `x` elements (before its stars) and opens `y` (after them, innermost first).
 */
type Run = { n: number; l: number; o: number; c: unknown; x: number; y?: Node[]; p: number; e: number };
/** A link's `[` at `p`, or its `](…)` from `p` to `e`. */
type Link = { a: Node; p: number } | { p: number; e: number };

// After a link's destination.
const CLOSE = /[ \t\n]*\)/y;

/** CommonMark's "process emphasis" over the runs of one level (a link's text, or the rest). */
function emphasis(runs: Run[]) {
  const openers: Run[] = [];
  // Per kind of closer (can it open, length mod 3): openers before this place cannot match it.
  const bottom: number[] = [];
  for (const run of runs) {
    const kind = run.o + run.l;
    for (let i = openers.length; run.c && run.n; ) {
      const o = openers[--i];
      if (!o || o.p < bottom[kind]!) {
        bottom[kind] = run.p;
        break;
      }
      // The rule of 3 (lengths mod 3 adding up to 3: 1 + 2 or 2 + 1).
      if ((o.c || run.o) && o.l + run.l == 3) continue;
      const strong = run.n > 1 && o.n > 1;
      o.n -= strong ? 2 : 1;
      run.n -= strong ? 2 : 1;
      (o.y ||= []).push({ kind: strong ? 'strong' : 'em', children: [] });
      run.x++;
      // The openers in between are dropped, and the opener once used up.
      openers.length = i = o.n ? i + 1 : i;
    }
    if (run.o && run.n) openers.push(run);
  }
}

/** Whitespace (or no character: the start or end of the text) 0, punctuation or symbol 1, other 2. */
const kinds: Record<number, number> = {};
const kind = (c?: number, s?: string) =>
  c == null ? 0 : (kinds[c] ??= /\s/.test((s = String.fromCodePoint(c))) ? 0 : /[\p{P}\p{S}]/u.test(s) ? 1 : 2);

/** The run of `*` at `i`. */
function starRun(text: string, i: number): Run {
  let j = i + 1;
  while (text.charCodeAt(j) == 42) j++;
  // Flanking (CommonMark): the characters around the run, a surrogate pair as one.
  let p = text.charCodeAt(i - 1);
  p = kind(i ? (p >> 10 == 55 && text.codePointAt(i - 2)! > 0xffff ? text.codePointAt(i - 2) : p) : undefined);
  const q = kind(text.codePointAt(j));
  return { n: j - i, l: (j - i) % 3, o: q && (q > 1 || p < 2) ? 3 : 0, c: p && (p > 1 || q < 2), x: 0, p: i, e: j };
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
    if (c == 40) {
      if (++depth > 8) return -1;
    } else if (c == 41) {
      if (!depth--) return i;
    } else if (!(c > 32) || c == 127) return depth ? -1 : i;
  }
}

/** Splits text into plain runs and marked-up runs. */
export function parseInline(text: string): Inline[] {
  // Plain text, the common case, never comes here from `inline()`.
  // Scanned by hand, and text is not a token: hostile text is nearly all
  // markers, and a regular expression's match object per token cost more than
  // the text itself. Runs and links in order, and each `[` still unmatched (its place).
  const tokens: (Run | Link | number)[] = [];
  const runs: Run[] = [];
  // Each `[` still open: its token.
  const brackets: number[] = [];
  for (let i = 0, j, c, b, p, q, run: Run; i < text.length; ) {
    c = text[i];
    if (c == '*') {
      tokens.push((run = starRun(text, i)));
      runs.push(run);
      i = run.e;
    } else if (c == '[') brackets.push(tokens.push(i++) - 1);
    else if (c != ']' || !brackets.length) i++;
    else if (((b = brackets.pop()!), text[++i] == '(')) {
      // Spaces, then a destination (not `<…>`), spaces and `)`.
      for (q = i + 1; (c = text[q]) == ' ' || c == '\t' || c == '\n'; ) q++;
      if (c != '<') {
        if ((p = destination(text, q)) >= 0 && ((CLOSE.lastIndex = p), CLOSE.test(text))) {
          tokens[b] = { a: { kind: 'link', href: text.slice(q, p), children: [] }, p: (p = tokens[b] as number) };
          // The link's runs are the last ones, after its `[`.
          for (j = runs.length; j && runs[j - 1]!.p > p; ) j--;
          emphasis(runs.splice(j));
          tokens.push({ p: i - 1, e: (i = CLOSE.lastIndex) });
          // No link in a link: the `[` before it are now text.
          brackets.length = 0;
        }
      }
    }
  }
  emphasis(runs);

  // The tree, from the text between tokens: a run closes its elements, leaves
  // its unmatched stars as text, opens its elements.
  const stack: Inline[][] = [[]];
  const add = (x: string, to = stack.at(-1)!) => x && to.push(typeof to.at(-1) == 'string' ? to.pop() + x : x);
  // Elements deeper than 16 are left out (their text stays): renderers recurse.
  const open = (node: Node) => stack.push(stack[16] ? stack.at(-1)! : (stack.at(-1)!.push(node), node.children));
  let from = 0;
  for (const t of tokens) {
    if (typeof t == 'number') continue;
    add(text.slice(from, t.p));
    if ('x' in t) {
      stack.length -= t.x;
      add(text.slice(t.p, t.p + t.n));
      t.y?.reverse().map(open);
      from = t.e;
    } else if ('a' in t) {
      open(t.a);
      from = t.p + 1;
    } else {
      stack.pop();
      from = t.e;
    }
  }
  add(text.slice(from));
  return stack[0]!;
}

/** Renders parsed inline text; a link whose URL is not allowed renders as its text alone. */
export const renderInline = (nodes: readonly Inline[], base?: string): unknown[] =>
  nodes.map((node) =>
    typeof node == 'string'
      ? node
      : node.kind == 'em'
        ? html`<em>${renderInline(node.children, base)}</em>`
        : node.kind == 'strong'
          ? html`<strong>${renderInline(node.children, base)}</strong>`
          : safeUrl(node.href, base)
            ? html`<a part="link" href=${safeUrl(node.href, base)}>${renderInline(node.children, base)}</a>`
            : renderInline(node.children, base),
  );

/** Trees of the texts parsed last: the same text on many briefs (or renders) is read once. */
const parsed = new Map<string, Inline[]>();

/**
 * Parses and renders one string of brief text; plain text (the common case)
 * stays one string, for Lit one text node rather than a list of parts.
 */
export function inline(text: string, base?: string): unknown {
  if (!/[[*]/.test(text)) return text;
  let nodes = parsed.get(text);
  if (!nodes) {
    nodes = parseInline(text);
    if (parsed.size >= 500) parsed.clear();
    // Only short texts are kept: a cache that holds little memory.
    if (text.length < 2000) parsed.set(text, nodes);
  }
  return renderInline(nodes, base);
}
