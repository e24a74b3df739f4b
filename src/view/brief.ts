/**
 * The brief's view: pure functions from a brief and options to Lit templates.
 * No DOM, no element, no state: `<intel-brief>` renders them in the browser,
 * `@lit-labs/ssr` renders the same element to HTML on the server (and so the
 * command line), and each supplies what it knows in `ViewOptions`. The one
 * difference: on the server (`isServer`, a constant the browser build folds
 * away), date-times show in UTC, named, as the reader's time zone is unknown.
 */
import { html, isServer, nothing, type TemplateResult } from 'lit';
import { dayOf, directionOf, formatCount, formatDate, formatDateIn, formatTime, intl, pickLocale } from '../brief/format.js';
import { inline } from '../brief/inline.js';
import type { BriefLabels } from '../brief/labels.js';
import { LIKELIHOODS, type Brief } from '../brief/schema.js';
import { safeUrl } from '../brief/url.js';
import type { BriefIssue } from '../brief/validate.js';
import { clampLevel, heading, listOf, pdfTile, section } from './blocks.js';

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
  /**
   * Whether a closed card's rest (what its button reveals) is rendered at all
   * (default `true`). The element leaves it out until the card is first opened,
   * printed or linked to: a closed card then costs its head and footer alone.
   */
  rest?: boolean | undefined;
  /** The card's button was pressed. */
  onToggle?: (() => void) | undefined;
  /** The PDF link was activated. */
  onPdf?: ((detail: { href: string; filename: string }) => void) | undefined;
}

/** The parts of a rendered brief, built once per brief and options; expanding a card reuses them. */
export interface BriefParts {
  head: TemplateResult;
  /** `nothing` for a card whose rest is left out (`ViewOptions.rest`). */
  rest: TemplateResult | typeof nothing;
  footer: TemplateResult | typeof nothing;
  /** Whether a card has more to show behind its button. */
  more: boolean;
  lang?: string | undefined;
  /** The labels' language, where it differs from the brief's. */
  labelLang?: string | undefined;
  /** Whether some date-time was left as its ISO value (`rawDates`). */
  raw?: boolean;
}

/** The primary language of a tag: `en` for `en-GB`. */
const primary = (tag: string) => tag.split('-')[0]!.toLowerCase();

/** The TLP marking, at the top of the brief or at its end. */
export const marking = (level: string | undefined, position = 'top') =>
  level ? html`<p part="tlp" class="tlp ${position}" data-tlp=${level}>TLP:${level}</p>` : nothing;

/** Builds the brief's three pieces (head, rest, footer). */
export function briefParts(brief: Brief, o: ViewOptions): BriefParts {
  const { locale, labels, base } = o;
  const sub = Math.min(clampLevel(o.headingLevel) + 1, 6);
  const card = o.layout === 'card';
  // The language of the brief's text, and the labels' (English when the locale has none):
  // labels carry their own `lang` (and `dir`) where it differs from the text around them.
  const text = brief.lang ?? locale;
  const labelLang = pickLocale(labels.lang);
  const ownLang = primary(labelLang) === primary(text) ? undefined : labelLang;
  const ll = ownLang ?? nothing;
  const label = (words: unknown) => (ownLang ? html`<span lang=${ownLang} dir="auto">${words}</span>` : words);
  const { colon, comma, separator } = labels;
  // The server does not know the reader's time zone: it shows date-times in UTC, and says so.
  let raw = false;
  const zone = isServer ? 'UTC' : undefined;
  // `clock`: the time of day alone (an update on the publication day).
  const date = (value: string, clock?: boolean) =>
    html`<time datetime=${value}>${o.rawDates && value.includes('T') ? ((raw = true), value) : clock ? formatTime(value, locale, zone) : isServer ? formatDateIn(value, locale, o.dateStyle) : formatDate(value, locale, o.dateStyle)}</time>`;
  const { author } = brief;
  // A name, linked where its URL is allowed; isolated, so that a Latin name keeps its place in right-to-left text.
  const named = (name: string, url?: string) => {
    const href = safeUrl(url, base);
    return html`<bdi>${href ? html`<a part="link" href=${href}>${name}</a>` : inline(name, base)}</bdi>`;
  };
  const percent = intl(Intl.NumberFormat, locale, { style: 'percent' });
  const first = brief.sections?.[0];
  const list = (items: string[], style?: Intl.ListFormatStyle) => listOf(items.map((item) => inline(item, base)), locale, style);
  // A card shows the summary, or else an excerpt: the first section's first paragraph (or
  // first bullet). The excerpt hides when the card opens, and in print (CSS), where the
  // whole section shows.
  const excerpt = first?.paragraphs?.[0] ?? first?.bullets?.[0];
  const teaser = brief.summary
    ? html`<p part="summary" class="summary"><strong>${label(labels.summary + colon)}</strong>${inline(brief.summary, base)}</p>`
    : card && excerpt
      ? html`<p part="excerpt" class="excerpt">${inline(excerpt, base)}</p>`
      : nothing;

  // The date line: the reference, the date (always there), then each other item behind a separator.
  const item = (content: unknown) => html`<span aria-hidden="true">${separator}</span><span>${content}</span>`;
  const updated = brief.updated && brief.updated !== brief.date
    ? item(label(html`${labels.updated} ${date(brief.updated, brief.updated.includes('T') && dayOf(brief.updated, zone) === dayOf(brief.date, zone))}`))
    : nothing;
  const by = author
    ? item(html`${label(labels.by)} ${typeof author === 'string' ? named(author) : named(author.name, author.url)}`)
    : nothing;
  const views = brief.views !== undefined ? item(label(formatCount(brief.views, labels.views, locale, labelLang))) : nothing;

  // What a card's button reveals: built only when it is rendered (o.rest).
  const judgments = () => brief.keyJudgments?.length
    ? section(label(labels.keyJudgments), sub, {}, base, html`<ol part="judgments">
        ${brief.keyJudgments.map((j) => {
          const range = j.likelihood && LIKELIHOODS[j.likelihood];
          const assessment = [
            range && `${labels.likelihoods[j.likelihood!] ?? j.likelihood} (${percent.formatRange(range[0] / 100, range[1] / 100)})`,
            j.confidence && labels.confidence[j.confidence],
          ].filter(Boolean).join(separator);
          return html`<li>${inline(j.text, base)}${assessment ? html`<br><span class="muted" lang=${ll}>${assessment}</span>` : nothing}</li>`;
        })}
      </ol>`)
    : nothing;

  const sources = () => brief.sources?.length
    ? section(label(labels.sources), sub, {}, base, html`<ol part="sources" @keydown=${grade} @focusout=${grade}
        @pointerover=${grade} @pointerout=${grade} @focusin=${grade}>
        ${brief.sources.map((s) => {
          const grade = `${s.reliability ?? ''}${s.credibility ?? ''}`;
          const meanings = [s.reliability && labels.reliability[s.reliability], s.credibility && labels.credibility[s.credibility]];
          const meaning = [
            s.reliability && `${s.reliability}${colon}${meanings[0]}`,
            s.credibility && `${s.credibility}${colon}${meanings[1]}`,
          ].filter(Boolean).join(separator);
          // The chip's name says what the grade means ("B2: usually reliable, probably true");
          // its visible meaning, for the eye, is the same words, so it is not read twice.
          return html`<li>
            ${named(s.title, s.url)}${s.publisher ? html`${comma}<bdi>${inline(s.publisher, base)}</bdi>` : nothing}${s.date ? html`${comma}${date(s.date)}` : nothing}
            ${grade
              ? html`<span part="grade" class="grade" tabindex="0" role="img" lang=${ll}
                  aria-label=${grade + colon + meanings.filter(Boolean).join(comma)}>${grade}<span role="tooltip">${meaning}</span></span>`
              : nothing}
          </li>`;
        })}
      </ol>`)
    : nothing;

  // Under the marking, how the brief may be shared (TLP 2.0); before the date, the brief's
  // reference. A closed card shows neither (CSS): they show once it opens, and in print.
  const head = html`${marking(brief.tlp)}
    ${brief.tlp ? html`<p part="handling" class="handling">${label(labels.handling[brief.tlp])}</p>` : nothing}
    <header part="header">
      <p part="kind" class="kind">${brief.kind ? inline(brief.kind, base) : label(labels.kind)}</p>
      ${heading(o.headingLevel ?? 2, inline(brief.title, base), 'title', 'ib-title')}
      <p part="meta" class="meta">${brief.id
        ? html`<span part="reference" class="ref">${label(labels.reference + colon)}<bdi>${brief.id}</bdi><span aria-hidden="true">${separator}</span></span>`
        : nothing}${date(brief.date)}${updated}${by}${views}</p>
    </header>
    ${card && brief.where?.length ? html`<p part="where" class="where"><strong>${label(labels.where + colon)}</strong>${list(brief.where)}</p>` : nothing}
    ${teaser}`;

  const rest = o.rest === false && card ? nothing : html`${judgments()}
    ${!card && brief.where?.length ? section(label(labels.where), sub, { bullets: brief.where }, base) : nothing}
    ${brief.who?.length ? section(label(labels.who), sub, { bullets: brief.who }, base) : nothing}
    ${(brief.sections ?? []).map((s) => section(s.heading, sub, s, base))}
    ${brief.pdf
      ? html`<p>${pdfTile({
          ...brief.pdf,
          filename: brief.pdf.name,
          label: labels.download,
          unavailable: labels.unavailable,
          locale,
          labelLang: ownLang,
          base,
          onActivate: (detail) => o.onPdf?.(detail),
        })}</p>`
      : nothing}
    ${sources()}`;

  const footer =
    brief.tags?.length || brief.tlp
      ? html`<footer part="footer">
          ${brief.tags?.length ? html`<p part="tags">${label(labels.tags + colon)}${list(brief.tags, 'narrow')}</p>` : nothing}
          ${marking(brief.tlp, 'end')}
        </footer>`
      : nothing;

  // A card has more to show when its button would reveal anything.
  const more = card && (brief.keyJudgments?.length || brief.sources?.length || brief.who?.length || brief.pdf || first);
  return { head, rest, footer, more: Boolean(more), lang: brief.lang, raw, labelLang: ownLang };
}

/*
 * A grade's meaning shows on hover and focus (CSS). As WCAG 1.4.13 asks, Escape
 * hides it, whether the pointer or focus opened it, until both leave the chip;
 * and it moves back inside the viewport where it would overflow (a chip at the
 * end of a line, a phone's 320 px).
 */
let hovered: Element | null = null;
/** Escape hides the meaning of `chip`: the one focused (a key pressed in the list), or else the one last shown. */
const escape = (event: KeyboardEvent, chip = hovered) => event.key === 'Escape' && chip?.setAttribute('data-dismissed', '');
function grade(event: Event) {
  const chip = (event.target as Element).closest('.grade');
  const to = (event as FocusEvent).relatedTarget as Node | null;
  const { type } = event;
  if (!chip || (to && chip.contains(to))) return;
  if (type === 'keydown') {
    escape(event as KeyboardEvent, chip);
  } else if (type.endsWith('out')) {
    // The pointer or focus left: the next hover or focus shows the meaning again, and
    // Escape has no meaning to hide until then.
    hovered = null;
    removeEventListener('keydown', escape);
    chip.removeAttribute('data-dismissed');
  } else {
    hovered = chip;
    if (type === 'pointerover') addEventListener('keydown', escape);
    requestAnimationFrame(() => {
      const tip = chip.lastElementChild as HTMLElement;
      tip.style.translate = '';
      const { left, right } = tip.getBoundingClientRect();
      if (right > left) tip.style.translate = `${Math.max(Math.min(0, document.documentElement.clientWidth - 4 - right), 4 - left)}px`;
    });
  }
}

/**
 * The `<article>` around the pieces, with the card's button. `keep` lets the
 * element pass `noChange` for pieces already on screen, so that expanding a
 * card does not re-render the whole brief.
 */
export function briefArticle({ head, rest, footer, more, lang, labelLang }: BriefParts, o: ViewOptions, keep = (piece: unknown) => piece) {
  const open = o.expanded || !more;
  // The button keeps one name, its words and the brief's title ("Read the full brief,
  // Port strike…", telling the cards of a list apart); only aria-expanded (and the
  // chevron) tell its state, so a screen reader announces the state once.
  return html`<article part="brief" class="brief" aria-labelledby="ib-title"
    lang=${lang ?? nothing} dir=${lang ? directionOf(lang) : nothing}>
    ${keep(head)}
    ${more
      ? html`<button part="toggle" class="toggle" aria-expanded=${String(open)} aria-controls="ib-rest"
          aria-labelledby="ib-more ib-title" @click=${() => o.onToggle?.()}><span id="ib-more"
          lang=${labelLang ?? nothing}>${o.labels.more}</span></button>`
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
