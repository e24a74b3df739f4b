/**
 * The brief's view: pure functions from a brief and options to Lit templates.
 * No DOM, no element, no state: `<intel-brief>` renders them in the browser,
 * `@lit-labs/ssr` renders the same element to HTML on the server (and so the
 * command line), and each supplies what it knows in `ViewOptions`. The one
 * difference: on the server (`isServer`, a constant the browser build folds
 * away), date-times show in UTC, named, as the reader's time zone is unknown.
 */
import { html, isServer, nothing, type TemplateResult } from 'lit';
import { directionOf, formatCount, formatDate, formatDateIn, intl } from '../brief/format.js';
import { inline } from '../brief/inline.js';
import type { BriefLabels } from '../brief/labels.js';
import { LIKELIHOODS, type Brief } from '../brief/schema.js';
import { safeUrl } from '../brief/url.js';
import type { BriefIssue } from '../brief/validate.js';
import { clampLevel, heading, pdfTile, section } from './blocks.js';

export interface ViewOptions {
  /** Locale of labels, dates and numbers: a well-formed language tag. */
  locale: string;
  labels: BriefLabels;
  /** Level of the title's heading, 1–6 (default 2); section headings are one below. */
  headingLevel?: number | undefined;
  /** `full`, `long`, `medium` (default) or `short`. */
  dateStyle?: string | undefined;
  /** `full` (default) or `card`. */
  layout?: string | undefined;
  /** What relative URLs in the brief resolve against (the brief's own URL when it came from `src`); default the page. */
  base?: string | undefined;
  /**
   * Date-times as their ISO value, unformatted. For the element's first pass
   * over server-rendered HTML: hydration keeps the server's text (UTC), and a
   * next pass, formatting in the reader's time zone, then always rewrites it.
   */
  rawDates?: boolean | undefined;
  /** Whether a card shows what is behind its button. */
  expanded?: boolean | undefined;
  /** The card's button was pressed. */
  onToggle?: (() => void) | undefined;
  /** The PDF link was activated. */
  onPdf?: ((detail: { href: string; filename: string }) => void) | undefined;
}

/** The parts of a rendered brief, built once per brief and options; expanding a card reuses them. */
export interface BriefParts {
  head: TemplateResult;
  rest: TemplateResult;
  footer: TemplateResult | typeof nothing;
  /** Whether a card has more to show behind its button. */
  more: boolean;
  lang?: string | undefined;
  /** Whether some date-time was left as its ISO value (`rawDates`). */
  raw?: boolean;
}

/** The TLP marking, at the top of the brief or at its end. */
export const marking = (level: string | undefined, position = 'top') =>
  level ? html`<p part="tlp" class="tlp ${position}" data-tlp=${level}>TLP:${level}</p>` : nothing;

/** Builds the brief's three pieces (head, rest, footer). */
export function briefParts(brief: Brief, o: ViewOptions): BriefParts {
  const { locale, labels, base } = o;
  const sub = Math.min(clampLevel(o.headingLevel) + 1, 6);
  const card = o.layout === 'card';
  // The server does not know the reader's time zone: it shows date-times in UTC, and says so.
  let raw = false;
  const date = (value: string) =>
    html`<time datetime=${value}>${o.rawDates && value.includes('T') ? ((raw = true), value) : isServer ? formatDateIn(value, locale, o.dateStyle) : formatDate(value, locale, o.dateStyle)}</time>`;
  const author = typeof brief.author === 'string' ? { name: brief.author, url: undefined } : brief.author;
  const authorUrl = safeUrl(author?.url, base);
  const percent = intl(Intl.NumberFormat, locale, { style: 'percent' });
  const [first, ...others] = brief.sections ?? [];
  const list = (items: string[]) => items.map((item, i) => html`${i ? ', ' : ''}${inline(item, base)}`);
  // A card shows the summary, or else the first section, before its button.
  const teaser = brief.summary
    ? html`<p part="summary" class="summary"><strong>${labels.summary}:</strong> ${inline(brief.summary, base)}</p>`
    : card && first
      ? section(first.heading, sub, first, base)
      : nothing;

  const meta = [
    date(brief.date),
    brief.updated && brief.updated !== brief.date
      ? html`<span>${labels.updated} ${date(brief.updated)}</span>`
      : undefined,
    author
      ? html`<span>${labels.by} ${authorUrl ? html`<a part="link" href=${authorUrl}>${author.name}</a>` : inline(author.name, base)}</span>`
      : undefined,
    brief.views !== undefined ? formatCount(brief.views, labels.views, locale) : undefined,
  ].filter(Boolean);

  const judgments = brief.keyJudgments?.length
    ? section(labels.keyJudgments, sub, {}, base, html`<ol part="judgments">
        ${brief.keyJudgments.map((j) => {
          const range = j.likelihood && LIKELIHOODS[j.likelihood];
          const assessment = [
            range && `${labels.likelihoods[j.likelihood!] ?? j.likelihood} (${percent.formatRange(range[0] / 100, range[1] / 100)})`,
            j.confidence && labels.confidence[j.confidence],
          ].filter(Boolean).join(' · ');
          return html`<li>${inline(j.text, base)}${assessment ? html`<br><span class="muted">${assessment}</span>` : nothing}</li>`;
        })}
      </ol>`)
    : nothing;

  // Escape hides a grade's meaning until focus moves (WCAG 1.4.13).
  const dismiss = (event: Event) =>
    (event.target as Element).toggleAttribute('data-dismissed', (event as KeyboardEvent).key === 'Escape');
  const sources = brief.sources?.length
    ? section(labels.sources, sub, {}, base, html`<ol part="sources" @keydown=${dismiss} @focusout=${dismiss}>
        ${brief.sources.map((s, i) => {
          const href = safeUrl(s.url, base);
          const grade = `${s.reliability ?? ''}${s.credibility ?? ''}`;
          const meaning = [
            s.reliability && `${s.reliability}: ${labels.reliability[s.reliability]}`,
            s.credibility && `${s.credibility}: ${labels.credibility[s.credibility]}`,
          ].filter(Boolean).join('; ');
          return html`<li>
            ${href ? html`<a part="link" href=${href}>${s.title}</a>` : inline(s.title, base)}${s.publisher ? html`, ${inline(s.publisher, base)}` : nothing}${s.date
              ? html`, ${date(s.date)}`
              : nothing}
            ${grade
              ? html`<span part="grade" class="grade" tabindex="0" aria-describedby="ib-grade-${i}">${grade}<span
                    role="tooltip" id="ib-grade-${i}">${meaning}</span></span>`
              : nothing}
          </li>`;
        })}
      </ol>`)
    : nothing;

  const head = html`${marking(brief.tlp)}
    <header part="header">
      <p part="kind" class="kind">${brief.kind ? inline(brief.kind, base) : labels.kind}</p>
      ${heading(o.headingLevel ?? 2, inline(brief.title, base), 'ib-title', 'title')}
      <p part="meta" class="meta">${meta.map((item, i) => html`${i ? html`<span aria-hidden="true">${' · '}</span>` : nothing}${item}`)}</p>
    </header>
    ${card && brief.where?.length ? html`<p part="where" class="where"><strong>${labels.where}:</strong> ${list(brief.where)}</p>` : nothing}
    ${teaser}`;

  const rest = html`${judgments}
    ${!card && brief.where?.length ? section(labels.where, sub, { bullets: brief.where }, base) : nothing}
    ${brief.who?.length ? section(labels.who, sub, { bullets: brief.who }, base) : nothing}
    ${(card && !brief.summary ? others : brief.sections ?? []).map((s) => section(s.heading, sub, s, base))}
    ${brief.pdf
      ? html`<p>${pdfTile({
          ...brief.pdf,
          filename: brief.pdf.name,
          label: labels.download,
          unavailable: labels.unavailable,
          locale,
          base,
          onActivate: (detail) => o.onPdf?.(detail),
        })}</p>`
      : nothing}
    ${sources}`;

  const footer =
    brief.tags?.length || brief.tlp
      ? html`<footer part="footer">
          ${brief.tags?.length ? html`<p part="tags">${labels.tags}: ${list(brief.tags)}</p>` : nothing}
          ${marking(brief.tlp, 'end')}
        </footer>`
      : nothing;

  // A card has more to show when its button would reveal anything.
  const more = card && (judgments !== nothing || sources !== nothing || brief.who?.length || brief.pdf || (brief.summary ? first : others.length));
  return { head, rest, footer, more: Boolean(more), lang: brief.lang, raw };
}

/**
 * The `<article>` around the pieces, with the card's button. `keep` lets the
 * element pass `noChange` for pieces already on screen, so that expanding a
 * card does not re-render the whole brief.
 */
export function briefArticle({ head, rest, footer, more, lang }: BriefParts, o: ViewOptions, keep = (piece: unknown) => piece) {
  const open = o.expanded || !more;
  return html`<article part="brief" class="brief" aria-labelledby="ib-title"
    lang=${lang ?? nothing} dir=${lang ? directionOf(lang) : nothing}>
    ${keep(head)}
    ${more
      ? html`<button part="toggle" class="toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls="ib-rest"
          @click=${() => o.onToggle?.()}>${open ? o.labels.less : o.labels.more}</button>`
      : nothing}
    <div part="rest" id="ib-rest" class="rest" ?hidden=${!open}>${keep(rest)}</div>
    ${keep(footer)}
  </article>`;
}

/** The whole brief. */
export const briefView = (brief: Brief, o: ViewOptions) => briefArticle(briefParts(brief, o), o);

/** The placeholder shown while a brief loads: it reserves the brief's space. */
export const loadingView = (labels: BriefLabels) =>
  html`<div part="skeleton" class="skeleton" role="status"><span class="visually-hidden">${labels.loading}</span></div>`;

/** The error panel: what is wrong and, for an invalid brief, each problem and its path. */
export function errorView(message: string, issues: readonly BriefIssue[], labels: BriefLabels) {
  return html`<div part="error" class="error" role="alert">
    <p><strong>${labels.errorTitle}</strong></p>
    <p>${issues.length ? message.split('\n', 1)[0] : message}</p>
    ${issues.length
      ? html`<ul>
          ${issues.map((issue) =>
            issue.path ? html`<li><code>${issue.path}</code>: ${issue.message}</li>` : html`<li>${issue.message}</li>`,
          )}
        </ul>`
      : nothing}
  </div>`;
}

/** What shows instead of a brief marked above what the page may show: its marking and a notice, nothing of its text. */
export const withheldView = (level: string | undefined, message: string) =>
  html`<div part="withheld" class="withheld">
    ${marking(level)}
    <p>${message}</p>
  </div>`;
