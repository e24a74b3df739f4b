/**
 * Templates shared by the elements, so that `<intel-brief>` renders its
 * sections and PDF tile exactly as `<brief-section>` and `<download-pdf>` do,
 * without depending on those tags being registered.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatSize, intl } from '../brief/format.js';
import { inline } from '../brief/inline.js';
import { FILE_SCHEMES, fileNameOf, safeUrl } from '../brief/url.js';

/** A heading at `level` 1–6 (clamped), as a real `<h1>`…`<h6>`, named `part`. */
export function heading(level: number, content: unknown, part: string, id?: string): TemplateResult {
  const n = clampLevel(level);
  const i = id ?? nothing;
  switch (n) {
    case 1:
      return html`<h1 id=${i} part=${part}>${content}</h1>`;
    case 2:
      return html`<h2 id=${i} part=${part}>${content}</h2>`;
    case 3:
      return html`<h3 id=${i} part=${part}>${content}</h3>`;
    case 4:
      return html`<h4 id=${i} part=${part}>${content}</h4>`;
    case 5:
      return html`<h5 id=${i} part=${part}>${content}</h5>`;
    default:
      return html`<h6 id=${i} part=${part}>${content}</h6>`;
  }
}

/** A heading level 1–6; a missing or non-numeric value (an attribute removed) gives `fallback`. */
export const clampLevel = (level: unknown, fallback = 2) => {
  const n = Math.round(Number(level));
  return level == null || level === '' || !Number.isFinite(n) ? fallback : Math.min(6, Math.max(1, n));
};

/**
 * A list in the locale's words (`a, b and c`, `a، وb`, `a、b`), by
 * `Intl.ListFormat` (one per locale and style, kept by `intl`), each item isolated in a
 * `<bdi>` so that its text keeps its own direction and its commas stay inside it.
 */
export function listOf(items: readonly unknown[], locale: string, style: Intl.ListFormatStyle = 'long') {
  return intl(Intl.ListFormat, locale, { style })
    .formatToParts(items.map((_, i) => `${i}`))
    .map((part) => (part.type === 'element' ? html`<bdi>${items[+part.value]}</bdi>` : part.value));
}

/** A titled block: paragraphs first, then bullets, then any extra content. */
export function section(
  title: unknown,
  level: number,
  body: {
    paragraphs?: readonly string[] | undefined;
    bullets?: readonly string[] | undefined;
    id?: string | undefined;
  },
  base?: string,
  extra: unknown = nothing,
): TemplateResult {
  return html`<section part="section" class="section" id=${body.id ?? nothing}>
    ${title ? heading(level, title, 'section-heading') : nothing}
    ${body.paragraphs?.map((p) => html`<p>${inline(p, base)}</p>`)}
    ${body.bullets?.length ? html`<ul part="bullets">${body.bullets.map((b) => html`<li>${inline(b, base)}</li>`)}</ul>` : nothing}
    ${extra}
  </section>`;
}

export interface TileOptions {
  href: string | null | undefined;
  filename?: string | null | undefined;
  size?: number | null | undefined;
  label: string;
  unavailable: string;
  locale: string;
  /** `lang` of the label where it differs from the text around it. */
  labelLang?: string | undefined;
  base?: string | undefined;
  onActivate: (detail: { href: string; filename: string }) => void;
}

const ICON = html`<svg part="icon" viewBox="0 0 24 24" aria-hidden="true">
  <path d="M6 2h8l6 6v14H5V2zm8 0v6h6M8 13h8m-8 3h8m-8 3h5" fill="none" stroke="currentColor" stroke-width="1.5"/>
</svg>`;

/** The PDF tile: a real `<a href download>`, or a disabled tile when the URL is not allowed. */
export function pdfTile(o: TileOptions): TemplateResult {
  const href = safeUrl(o.href, o.base, FILE_SCHEMES);
  const filename = o.filename || (o.href ? fileNameOf(o.href) : '') || 'document.pdf';
  const size = typeof o.size === 'number' && o.size >= 0 ? formatSize(o.size, o.locale) : '';
  const action = html`<span part="action" class="action" lang=${o.labelLang ?? nothing}>${size ? `${o.label} • ${size}` : o.label}</span>`;
  const name = html`<span part="filename" class="filename">${filename}</span>`;
  if (!href) {
    return html`<span part="tile" class="tile" aria-disabled="true">${ICON}<span>${name}${action} (${o.unavailable})</span></span>`;
  }
  const activate = () => o.onActivate({ href, filename });
  return html`<a part="tile" class="tile" href=${href} download=${filename}
    @click=${activate} @auxclick=${(event: MouseEvent) => event.button === 1 && activate()}>
    ${ICON}<span>${name}${action}</span>
  </a>`;
}
