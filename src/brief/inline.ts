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
 * A run of `*`, at `p` in the text: `n` stars left, its length mod 3 `l`,
 * whether it can open (`o`: 3, else 0) and close (`c`). Matched, it closes
 * `x` elements (before its stars) and opens `y` (after them, innermost first).
 */
type Run = { n: number; l: number; o: number; c: unknown; x: number; y: Node[]; p: number };

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
      o.y.push({ kind: strong ? 'strong' : 'em', children: [] });
      run.x++;
      // The openers in between are dropped, and the opener once used up.
      openers.length = i = o.n ? i + 1 : i;
    }
    if (run.o && run.n) openers.push(run);
  }
}

/** Splits text into plain runs and marked-up runs. */
export function parseInline(text: string): Inline[] {
  if (!/[[*]/.test(text)) return [text]; // plain text, the common case
  // A `*` run (group 1 holds a `*` if it is right-flanking: it can close;
  // group 2 if it is left-flanking: it can open), `[`, `]` (group 3 if `(`
  // follows, but not `(<`), or text.
  const token =
    /(?:(?<!^|\s|[\p{P}\p{S}](?=\**[^\s\p{P}\p{S}]))(?=(\*))|)\*+(?:(?!\s|$|(?<=[^\s\p{P}\p{S}]\**)[\p{P}\p{S}])(?<=(\*))|)|\[|\](\([ \t\n]*(?!<))?|[^*[\]]+/gu;
  // Text, runs, links (their start, with `0` at their end), in order.
  const tokens: (string | Run | Node | 0)[] = [];
  const runs: Run[] = [];
  // Each `[` still open: its token and how many runs are before it.
  const brackets: number[][] = [];
  for (let m, b, c, i, depth, t: string | Run | 0; (m = token.exec(text)); tokens.push(t)) {
    t = m[0];
    if (t[0] == '*') runs.push((t = { n: t.length, l: t.length % 3, o: m[2] ? 3 : 0, c: m[1], x: 0, p: m.index, y: [] }));
    else if (t == '[') brackets.push([tokens.length, runs.length]);
    else if (t[0] == ']' && (b = brackets.pop()) && m[3]) {
      // The destination: up to a space or a control character, its parentheses
      // balanced, 8 deep at most. CommonMark allows such a limit (markdown-it
      // has 32): each `](` may scan that deep, so it bounds the work per character.
      for (i = token.lastIndex, depth = 0; (c = text[i]!) > ' ' && c != '\x7f' && (c != ')' || depth--) && (c != '(' || ++depth < 9); ) i++;
      if (depth < 1 && ((CLOSE.lastIndex = i), CLOSE.test(text))) {
        tokens[b[0]!] = { kind: 'link', href: text.slice(token.lastIndex, i), children: [] };
        emphasis(runs.splice(b[1]!));
        // The link ends here (0). No link in a link: the `[` before it are now text.
        brackets.length = t = 0;
        token.lastIndex = CLOSE.lastIndex;
      }
    }
  }
  emphasis(runs);

  // The tree: a run closes its elements, leaves its unmatched stars as text, opens its elements.
  const stack: Inline[][] = [[]];
  const add = (x: string, to = stack.at(-1)!) => x && to.push(typeof to.at(-1) == 'string' ? to.pop() + x : x);
  // Elements deeper than 16 are left out (their text stays): renderers recurse.
  const open = (node: Node) => stack.push(stack[16] ? stack.at(-1)! : (stack.at(-1)!.push(node), node.children));
  for (const t of tokens) {
    if (t === 0) stack.pop();
    else if ((t as Run).y) {
      stack.length -= (t as Run).x;
      add('*'.repeat((t as Run).n));
      (t as Run).y.reverse().map(open);
    } else (t as Node).kind ? open(t as Node) : add(t as string);
  }
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

/** Parses and renders one string of brief text. */
export const inline = (text: string, base?: string) => renderInline(parseInline(text), base);
