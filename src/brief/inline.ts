/**
 * The inline subset of brief text: `[text](url)`, `**strong**` and `*emphasis*`.
 * Parsed into a small tree once, rendered as Lit templates: text is never HTML.
 */
import { html, type TemplateResult } from 'lit';
import { safeUrl } from './url.js';

export type Inline =
  | string
  | { kind: 'strong' | 'em'; children: Inline[] }
  | { kind: 'link'; href: string; children: Inline[] };

// A link (its URL may hold one level of parentheses), then strong, then emphasis.
const TOKEN =
  /\[([^\]\n]+)\]\(((?:[^()\s]|\([^()\s]*\))+)\)|\*\*(?=\S)([^]+?)(?<=\S)\*\*|\*(?=[^\s*])([^]+?)(?<=[^\s*])\*/g;

/** Splits text into plain runs and marked-up runs. */
export function parseInline(text: string): Inline[] {
  if (!/[[*]/.test(text)) return [text]; // plain text, the common case
  const out: Inline[] = [];
  let last = 0;
  for (const match of text.matchAll(TOKEN)) {
    const [whole, label, href, strong, em] = match;
    if (match.index > last) out.push(text.slice(last, match.index));
    if (label !== undefined) out.push({ kind: 'link', href: href!, children: parseInline(label) });
    else out.push({ kind: strong !== undefined ? 'strong' : 'em', children: parseInline((strong ?? em)!) });
    last = match.index + whole.length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

/** Renders parsed inline text; a link whose URL is not allowed renders as its text alone. */
export function renderInline(nodes: readonly Inline[], base?: string): unknown[] {
  return nodes.map((node): TemplateResult | string => {
    if (typeof node === 'string') return node;
    const children = renderInline(node.children, base);
    if (node.kind !== 'link') return node.kind === 'strong' ? html`<strong>${children}</strong>` : html`<em>${children}</em>`;
    const href = safeUrl(node.href, base);
    return href ? html`<a part="link" href=${href}>${children}</a>` : html`${children}`;
  });
}

/** Parses and renders one string of brief text. */
export const inline = (text: string, base?: string) => renderInline(parseInline(text), base);
