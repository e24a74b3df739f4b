/**
 * The brief's view: pure functions from a brief and options to Lit templates.
 * No DOM, no element, no state: `<intel-brief>` renders them in the browser,
 * `@lit-labs/ssr` renders the same element to HTML on the server (and so the
 * command line), and each supplies what it knows in `ViewOptions`. The one
 * difference: on the server (`isServer`, a constant the browser build folds
 * away), date-times show in UTC, named, as the reader's time zone is unknown.
 */
import { html, isServer, nothing, type TemplateResult } from 'lit';
import {
  dayOf,
  directionOf,
  formatCount,
  formatDate,
  formatDateIn,
  formatTime,
  intl,
  pickLocale,
} from '../brief/format.js';
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
  /** Pointer, focus and key events in the list of sources, for its grade chips' meanings. */
  onGradeEvent?: ((event: Event) => void) | undefined;
}

/** The pieces of a rendered brief: what the `<article>` holds before, behind and after a card's button. */
interface BriefPieces {
  head: TemplateResult;
  /** `nothing` for a card whose rest is left out (`ViewOptions.rest`). */
  rest: TemplateResult | typeof nothing;
  footer: TemplateResult | typeof nothing;
}

/** The primary language of a tag: `en` for `en-GB`. */
const primary = (tag: string) => tag.split('-')[0].toLowerCase();

/** The labels' language where it differs from the brief's text (English labels on a French brief), else `undefined`. */
function ownLabelLang(brief: Brief, options: ViewOptions) {
  const labelLang = pickLocale(options.labels.lang);
  return primary(labelLang) === primary(brief.lang ?? options.locale) ? undefined : labelLang;
}

/** Whether a card has more to show behind its button. */
export const hasMore = (brief: Brief, layout?: string) =>
  layout === 'card' &&
  Boolean(brief.keyJudgments?.length || brief.sources?.length || brief.who?.length || brief.pdf || brief.sections?.[0]);

/** Whether the brief shows a date-time (not a date alone) anywhere: what `rawDates` leaves unformatted. */
export const hasDateTimes = (brief: Brief) =>
  [brief.date, brief.updated, ...(brief.sources ?? []).map((source) => source.date)].some((value) =>
    value?.includes('T'),
  );

/** The TLP marking, at the top of the brief or at its end. */
export const marking = (level: string | undefined, position = 'top') =>
  level ? html`<p part="tlp" class="tlp ${position}" data-tlp=${level}>TLP:${level}</p>` : nothing;

/** Builds the brief's three pieces (head, rest, footer). */
function briefPieces(brief: Brief, o: ViewOptions): BriefPieces {
  const { locale, labels, base } = o;
  const sectionLevel = Math.min(clampLevel(o.headingLevel) + 1, 6);
  const card = o.layout === 'card';
  // Labels (English when the locale has none) carry their own `lang` (and `dir`) where it
  // differs from the brief's text around them.
  const labelLang = pickLocale(labels.lang);
  const ownLang = ownLabelLang(brief, o);
  const ownLangAttr = ownLang ?? nothing;
  const label = (words: unknown) => (ownLang ? html`<span lang=${ownLang} dir="auto">${words}</span>` : words);
  const { colon, comma, separator } = labels;
  // The server does not know the reader's time zone: it shows date-times in UTC, and says so.
  const zone = isServer ? 'UTC' : undefined;
  // `clock`: the time of day alone (an update on the publication day).
  const date = (value: string, clock?: boolean) =>
    html`<time datetime=${value}>${o.rawDates && value.includes('T') ? value : clock ? formatTime(value, locale, zone) : isServer ? formatDateIn(value, locale, o.dateStyle) : formatDate(value, locale, o.dateStyle)}</time>`;
  const { author } = brief;
  // A name, linked where its URL is allowed; isolated, so that a Latin name keeps its place in right-to-left text.
  const named = (name: string, url?: string) => {
    const href = safeUrl(url, base);
    return html`<bdi>${href ? html`<a part="link" href=${href}>${name}</a>` : inline(name, base)}</bdi>`;
  };
  const percent = intl(Intl.NumberFormat, locale, { style: 'percent' });
  const first = brief.sections?.[0];
  const list = (items: string[], style?: Intl.ListFormatStyle) =>
    listOf(
      items.map((item) => inline(item, base)),
      locale,
      style,
    );
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
  const updated =
    brief.updated && brief.updated !== brief.date
      ? item(
          label(
            html`${labels.updated} ${date(brief.updated, brief.updated.includes('T') && dayOf(brief.updated, zone) === dayOf(brief.date, zone))}`,
          ),
        )
      : nothing;
  const by = author
    ? item(html`${label(labels.by)} ${typeof author === 'string' ? named(author) : named(author.name, author.url)}`)
    : nothing;
  const views =
    brief.views !== undefined ? item(label(formatCount(brief.views, labels.views, locale, labelLang))) : nothing;

  // What a card's button reveals: built only when it is rendered (o.rest).
  const judgments = () =>
    brief.keyJudgments?.length
      ? section(
          label(labels.keyJudgments),
          sectionLevel,
          {},
          base,
          html`<ol part="judgments">
        ${brief.keyJudgments.map((j) => {
          const range = j.likelihood && LIKELIHOODS[j.likelihood];
          const assessment = [
            range &&
              `${labels.likelihoods[j.likelihood!] ?? j.likelihood} (${percent.formatRange(range[0] / 100, range[1] / 100)})`,
            j.confidence && labels.confidence[j.confidence],
          ]
            .filter(Boolean)
            .join(separator);
          return html`<li>${inline(j.text, base)}${assessment ? html`<br><span class="muted" lang=${ownLangAttr}>${assessment}</span>` : nothing}</li>`;
        })}
      </ol>`,
        )
      : nothing;

  const sources = () =>
    brief.sources?.length
      ? section(
          label(labels.sources),
          sectionLevel,
          {},
          base,
          html`<ol part="sources" @keydown=${o.onGradeEvent} @focusout=${o.onGradeEvent}
        @pointerover=${o.onGradeEvent} @pointerout=${o.onGradeEvent} @focusin=${o.onGradeEvent}>
        ${brief.sources.map((s) => {
          const gradeCode = `${s.reliability ?? ''}${s.credibility ?? ''}`;
          const meanings = [
            s.reliability && labels.reliability[s.reliability],
            s.credibility && labels.credibility[s.credibility],
          ];
          const meaning = [
            s.reliability && `${s.reliability}${colon}${meanings[0]}`,
            s.credibility && `${s.credibility}${colon}${meanings[1]}`,
          ]
            .filter(Boolean)
            .join(separator);
          // The chip's name says what the grade means ("B2: usually reliable, probably true");
          // its visible meaning, for the eye, is the same words, so it is not read twice.
          return html`<li>
            ${named(s.title, s.url)}${s.publisher ? html`${comma}<bdi>${inline(s.publisher, base)}</bdi>` : nothing}${s.date ? html`${comma}${date(s.date)}` : nothing}
            ${
              gradeCode
                ? html`<span part="grade" class="grade" tabindex="0" role="img" lang=${ownLangAttr}
                  aria-label=${gradeCode + colon + meanings.filter(Boolean).join(comma)}>${gradeCode}<span role="tooltip">${meaning /* eslint-disable-line lit-a11y/accessible-name -- a tooltip is named by its content (ARIA: name from contents) */}</span></span>`
                : nothing
            }
          </li>`;
        })}
      </ol>`,
        )
      : nothing;

  // Under the marking, how the brief may be shared (TLP 2.0); before the date, the brief's
  // reference. A closed card shows neither (CSS): they show once it opens, and in print.
  const head = html`${marking(brief.tlp)}
    ${brief.tlp ? html`<p part="handling" class="handling">${label(labels.handling[brief.tlp])}</p>` : nothing}
    <header part="header">
      <p part="kind" class="kind">${brief.kind ? inline(brief.kind, base) : label(labels.kind)}</p>
      ${heading(o.headingLevel ?? 2, inline(brief.title, base), 'title', 'ib-title')}
      <p part="meta" class="meta">${
        brief.id
          ? html`<span part="reference" class="ref">${label(labels.reference + colon)}<bdi>${brief.id}</bdi><span aria-hidden="true">${separator}</span></span>`
          : nothing
      }${date(brief.date)}${updated}${by}${views}</p>
    </header>
    ${card && brief.where?.length ? html`<p part="where" class="where"><strong>${label(labels.where + colon)}</strong>${list(brief.where)}</p>` : nothing}
    ${teaser}`;

  const rest =
    o.rest === false && card
      ? nothing
      : html`${judgments()}
    ${!card && brief.where?.length ? section(label(labels.where), sectionLevel, { bullets: brief.where }, base) : nothing}
    ${brief.who?.length ? section(label(labels.who), sectionLevel, { bullets: brief.who }, base) : nothing}
    ${(brief.sections ?? []).map((s) => section(s.heading, sectionLevel, s, base))}
    ${
      brief.pdf
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
        : nothing
    }
    ${sources()}`;

  const footer =
    brief.tags?.length || brief.tlp
      ? html`<footer part="footer">
          ${brief.tags?.length ? html`<p part="tags">${label(labels.tags + colon)}${list(brief.tags, 'narrow')}</p>` : nothing}
          ${marking(brief.tlp, 'end')}
        </footer>`
      : nothing;

  return { head, rest, footer };
}

/** The `<article>` around the brief's pieces, with the card's button. */
export function briefArticle(brief: Brief, o: ViewOptions) {
  const more = hasMore(brief, o.layout);
  const open = o.expanded || !more;
  const labelLang = ownLabelLang(brief, o);
  const { lang } = brief;
  const { head, rest, footer } = briefPieces(brief, o);
  // The button keeps one name, its words and the brief's title ("Read the full brief,
  // Port strike…", telling the cards of a list apart); only aria-expanded (and the
  // chevron) tell its state, so a screen reader announces the state once.
  return html`<article part="brief" class="brief" aria-labelledby="ib-title"
    lang=${lang ?? nothing} dir=${lang ? directionOf(lang) : nothing}>
    ${head}
    ${
      more
        ? html`<button part="toggle" class="toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls="ib-rest"
          aria-labelledby="ib-more ib-title" @click=${() => o.onToggle?.()}><span id="ib-more"
          lang=${labelLang ?? nothing}>${o.labels.more}</span></button>`
        : nothing
    }
    <div part="rest" id="ib-rest" class="rest" ?hidden=${!open}>${rest}</div>
    ${footer}
  </article>`;
}

/** The placeholder shown while a brief loads: it reserves the brief's space. */
export const loadingView = (labels: BriefLabels) =>
  html`<div part="skeleton" class="skeleton" role="status"><span class="visually-hidden">${labels.loading}</span></div>`;

/** The error panel: what is wrong and, for an invalid brief, each problem and its path. */
export function errorView(message: string, issues: readonly BriefIssue[], labels: BriefLabels) {
  return html`<div part="error" class="error" role="alert">
    <p><strong>${labels.errorTitle}</strong></p>
    <p>${issues.length ? message.split('\n', 1)[0] : message}</p>
    ${
      issues.length
        ? html`<ul>
          ${issues.map((issue) =>
            issue.path ? html`<li><code>${issue.path}</code>: ${issue.message}</li>` : html`<li>${issue.message}</li>`,
          )}
        </ul>`
        : nothing
    }
  </div>`;
}

/** What shows instead of a brief marked above what the page may show: its marking and a notice, nothing of its text. */
export const withheldView = (level: string | undefined, message: string) =>
  html`<div part="withheld" class="withheld">
    ${marking(level)}
    <p>${message}</p>
  </div>`;
