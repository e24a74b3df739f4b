/**
 * Brief text in Markdown: a paragraph's, a bullet's or a heading's text is its
 * Markdown source, so reading and writing are mostly the identity. What is
 * not: the backslashes that only keep a line from opening a block (`\- a`,
 * `1\. a`), or a heading's end from closing it (`## C \#`) or naming its id
 * (`## a \{#b}`), and the parse of a line for what a brief cannot hold (HTML,
 * images, link titles…). The reader and the writer share these rules, so that
 * reading what was written gives the text back.
 */
import type { Nodes, Parent } from 'mdast';
import { fromMarkdown as parse } from 'mdast-util-from-markdown';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';

/** CommonMark, with GFM's tables so that a table is found (and refused), not read as a paragraph. */
export const parseMarkdown = (text: string) =>
  parse(text, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] });

/**
 * What opens a block at the start of a line (after its indentation): ATX
 * heading, bullet, ordered item, quote, thematic break, setext underline,
 * code fence, HTML, link reference definition. Broader than CommonMark where
 * that is harmless (`<` and `` ` `` mean nothing in brief text), exact where
 * the character is brief markup (`*`, `[`): the backslash the reader removes
 * must never change what the brief shows.
 */
const BLOCK_START = new RegExp(
  `^(?:${[
    '#{1,6}(?:[ \\t]|$)',
    '[-+*](?:[ \\t]|$)',
    '\\d{1,9}[.)](?:[ \\t]|$)',
    '>',
    '(?:\\*[ \\t]*){3,}$',
    '(?:-[ \\t]*){3,}$',
    '(?:_[ \\t]*){3,}$',
    '(?:=+|-+)[ \\t]*$',
    '`{3,}',
    '~{3,}',
    '<[A-Za-z/!?]',
    '\\[(?:[^[\\]\\\\]|\\\\[^])*\\]:',
  ].join('|')})`,
);

/** A line as the start-of-line rule sees it: digits (an ordered item's number), a run of backslashes, the rest. */
const LINE = /^(\d{1,9})?(\\*)([^]*)$/;

/**
 * The line that holds `text` in Markdown: one backslash added where, without
 * its backslashes, the line would open a block (`- a` → `\- a`, `1. a` →
 * `1\. a`, and `\- a` → `\\- a`, so that reading it back gives the text).
 */
export function escapeLineStart(text: string): string {
  const [, digits = '', slashes, rest] = LINE.exec(text)!;
  return BLOCK_START.test(digits + rest) ? `${digits}\\${slashes}${rest}` : text;
}

/** The inverse of `escapeLineStart`: a line's text, without the backslash that only kept it from opening a block. */
export function unescapeLineStart(line: string): string {
  const [, digits = '', slashes, rest] = LINE.exec(line)!;
  return slashes && BLOCK_START.test(digits + rest) ? `${digits}${slashes.slice(1)}${rest}` : line;
}

/** A heading's end that CommonMark reads as its closing sequence (`## C #`), backslashes before it counted. */
const CLOSING = /(^|[ \t])(\\*)(#+)$/;
/** A heading's end that names its id, `{#what-happened}`, backslashes before it counted. */
const ID_SUFFIX = /([ \t])(\\*)(\{#[^\s{}]+\})$/;
/** The id at the end of a `##` heading. */
export const HEADING_ID = /[ \t]+\{#([^\s{}]+)\}$/;
/** The ids `{#…}` can hold. */
export const ID = /^[\p{L}\p{N}_.:-]+$/u;

/** One more backslash before a match's third group. */
const addSlash = (re: RegExp, text: string) =>
  text.replace(re, (_, a: string, s: string, b: string) => `${a}\\${s}${b}`);
/** One backslash less before a match's third group, when there is one. */
const removeSlash = (re: RegExp, text: string) =>
  text.replace(re, (whole, a: string, s: string, b: string) => (s ? `${a}${s.slice(1)}${b}` : whole));

/** A heading's text as written after `## ` (or `# `): an end that would close it or name an id escaped. */
export const escapeHeading = (text: string, ids: boolean) => {
  const closed = addSlash(CLOSING, text);
  return ids ? addSlash(ID_SUFFIX, closed) : closed;
};

/** The inverse of `escapeHeading`, once the id (if any) is taken off. */
export const unescapeHeading = (source: string, ids: boolean) =>
  removeSlash(CLOSING, ids ? removeSlash(ID_SUFFIX, source) : source);

/** Spaces and tabs: what CommonMark strips around a line's content (not `\s`: a no-break space is text). */
export const trimLine = (line: string) => line.replace(/^[ \t]+|[ \t]+$/g, '');

/** Text as one line: line breaks and the spaces around them become one space; no spaces or tabs at either end. */
export const oneLine = (text: string) => trimLine(text.replace(/[ \t]*(?:\r\n|\r|\n)[ \t]*/g, ' '));

/** What in a paragraph's or heading's content a brief cannot hold: where it starts, and why. */
export interface InlineProblem {
  node: Nodes;
  offset: number;
  message: string;
}

/** The start offset of a node (mdast positions are always set by the parser). */
export const startOf = (node: Nodes) => node.position!.start.offset!;

/**
 * Each construct in inline content (`source` is the document) that the
 * brief's inline syntax would show otherwise than Markdown does, where the
 * author's intent is lost: HTML, images, autolinks, link titles, `<…>`
 * destinations, reference links, hard line breaks. Backticks and `_` are
 * not here: they show as they are, nothing is hidden.
 */
export function inlineProblems(parent: Parent, source: string, found: InlineProblem[] = []): InlineProblem[] {
  for (const node of parent.children as Nodes[]) {
    const at = startOf(node);
    const problem = (message: string) => found.push({ node, offset: at, message });
    if (node.type === 'html') problem('HTML: brief text is never HTML (write \\< to show a <)');
    else if (node.type === 'image' || node.type === 'imageReference')
      problem('an image: a brief has no images (write \\! to show a ! before a link)');
    else if (node.type === 'linkReference') problem('a reference link: write [text](url)');
    else if (node.type === 'break')
      problem('a line break (two spaces or a backslash at the end of a line): brief text runs on, remove it');
    else if (node.type === 'link') {
      if (source[at] === '<') problem('an autolink <…>: write [text](url)');
      else {
        const last = node.children.at(-1);
        // After the link's text: `](`, spaces, then the destination.
        const rest = source.slice(last ? last.position!.end.offset! : at + 1);
        if (/^\]\([ \t\n]*</.test(rest)) problem('a link destination in <…>: write [text](url) without them');
        else if (node.title != null) problem('a link title: brief links have none, write [text](url)');
        else inlineProblems(node, source, found);
      }
    } else if ('children' in node) inlineProblems(node, source, found);
  }
  return found;
}

/** Emphasis written with `_`, which brief text shows as it is (its emphasis is `*`). */
export function underscoreEmphasis(parent: Parent, source: string, found: Nodes[] = []): Nodes[] {
  for (const node of parent.children as Nodes[]) {
    if ((node.type === 'emphasis' || node.type === 'strong') && source[startOf(node)] === '_') found.push(node);
    if ('children' in node) underscoreEmphasis(node, source, found);
  }
  return found;
}

/**
 * `line` (after `prefix`, which opens its block: `- `, `## `, or nothing for a
 * paragraph) with a backslash before each construct `inlineProblems` finds,
 * until there is none: the brief shows the same (a backslash escape shows
 * the character), and the reader accepts it.
 */
export function escapeInline(prefix: string, line: string): string {
  // Each construct starts with one of these (a line break needs two lines).
  if (!/[<![]/.test(line)) return line;
  for (;;) {
    const source = prefix + line;
    const found = inlineProblems(parseMarkdown(source), source);
    if (!found.length) return line;
    for (const { offset } of found.sort((a, b) => b.offset - a.offset)) {
      const at = offset - prefix.length;
      line = `${line.slice(0, at)}\\${line.slice(at)}`;
    }
  }
}
