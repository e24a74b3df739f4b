import { html, noChange, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { directionOf, formatCount, formatDate, pickLocale } from './brief/format.js';
import { inline } from './brief/inline.js';
import { fill, labelsFor, type BriefLabels, type LabelOverrides } from './brief/labels.js';
import { LIKELIHOODS, TLP_LEVELS, parseTlp, type Brief } from './brief/schema.js';
import { safeUrl } from './brief/url.js';
import { formatIssues, validateBrief, type BriefIssue } from './brief/validate.js';
import { BriefElement } from './internal/base.js';
import { langOf } from './internal/lang.js';
import { clampLevel, heading, pdfTile, section } from './internal/templates.js';
import type { PdfDownloadDetail } from './download-pdf.js';
import { base, tileStyles } from './styles/shared.js';
import { briefStyles } from './styles/intel-brief.js';

/** Why a brief is not shown. */
export type BriefErrorReason = 'invalid' | 'json' | 'network' | 'timeout' | 'tlp';

/** Detail of the `brief-load` event. */
export interface BriefLoadDetail {
  brief: Brief;
}

/** Detail of the `brief-error` event. */
export interface BriefErrorDetail {
  /** What went wrong, in words; `error.message` is what the error panel shows. */
  error: Error;
  /** The validator's issues (empty for network, JSON and TLP errors). */
  issues: BriefIssue[];
  /** `invalid`, `json`, `network`, `timeout` or `tlp`. */
  reason: BriefErrorReason;
}

type State = 'empty' | 'loading' | 'ready' | 'error' | 'withheld';

/** The parts of a rendered brief, built once per brief, locale and layout. */
interface View {
  head: TemplateResult;
  rest: TemplateResult;
  footer: TemplateResult | typeof nothing;
  /** Whether a card has more to show behind its button. */
  more: boolean;
  lang?: string | undefined;
}

/** A marking's place in TLP_LEVELS; anything unknown ranks above RED (fail closed). */
const rank = (level: unknown) => {
  const i = TLP_LEVELS.indexOf(level as (typeof TLP_LEVELS)[number]);
  return i < 0 ? TLP_LEVELS.length : i;
};

/** `url` when relative URLs can resolve against it, else `undefined` (a `data:` URL has no path to resolve against). */
const baseOf = (url: string) => (URL.canParse('.', url) ? url : undefined);

/**
 * Renders one intelligence brief from JSON: kind, title, date, TLP marking,
 * bottom line, key judgments, where and who, the sections, the PDF, sources,
 * tags and view count.
 *
 * Data comes from, in this order of precedence: the `brief` property; the `src`
 * attribute (fetched; a newer `src` aborts the older fetch); an inline child
 * `<script type="application/json">`. Invalid data shows an error panel
 * (`role="alert"`) naming each problem and its path, never a half-rendered brief.
 *
 * @summary An intelligence brief rendered from JSON.
 * @tag intel-brief
 *
 * @attr {string} lang - Locale of labels, dates and numbers (`fr`, `en-GB`). Default: the brief's `lang`, else the nearest `lang` in the page, else the browser's.
 *
 * @slot - Takes an optional `<script type="application/json">` holding the brief (the paste-in embed). Nothing else is shown.
 *
 * @fires {CustomEvent<BriefLoadDetail>} brief-load - A valid brief is rendered. `detail: { brief }`.
 * @fires {CustomEvent<BriefErrorDetail>} brief-error - The brief cannot be shown. `detail: { error, issues, reason }`; `reason` is `invalid`, `json`, `network`, `timeout` or `tlp`.
 * @fires {CustomEvent<PdfDownloadDetail>} pdf-download - The PDF link is activated. `detail: { href, filename }`.
 *
 * @csspart brief - The `<article>` holding the whole brief.
 * @csspart header - Kind, title and date.
 * @csspart kind - The product label above the title.
 * @csspart title - The title heading.
 * @csspart meta - Date, update, author and views.
 * @csspart tlp - The TLP marking (top and end).
 * @csspart summary - The bottom line up front.
 * @csspart judgments - The list of key judgments.
 * @csspart section - Each section (Where, Who's involved, the narrative, Sources).
 * @csspart section-heading - Each section's heading.
 * @csspart bullets - Each list of bullets.
 * @csspart link - Links in the text.
 * @csspart tile - The PDF tile.
 * @csspart icon - The PDF icon.
 * @csspart filename - The PDF's file name.
 * @csspart action - The `Download PDF • size` line.
 * @csspart sources - The list of sources.
 * @csspart grade - A source's Admiralty grade (`B2`); its meaning shows on hover and keyboard focus.
 * @csspart footer - Tags and the end marking.
 * @csspart where - The card's one-line list of places.
 * @csspart toggle - The card's button that expands and collapses the rest.
 * @csspart tags - The list of tags.
 * @csspart skeleton - The placeholder shown while loading.
 * @csspart error - The error panel.
 * @csspart withheld - The notice shown instead of a brief above `tlp-max`.
 *
 * @cssprop --intel-brief-color-text - Text colour (default: inherited).
 * @cssprop --intel-brief-color-muted - Secondary text colour.
 * @cssprop --intel-brief-color-accent - Links, kind label and accents.
 * @cssprop --intel-brief-color-border - Rules and borders.
 * @cssprop --intel-brief-color-surface - Background of tiles and panels.
 * @cssprop --intel-brief-color-error - Colour of the error panel.
 * @cssprop --intel-brief-color-pdf - Colour of the file icon.
 * @cssprop --intel-brief-font-family - Font (default: inherited from the page).
 * @cssprop --intel-brief-title-size - Font size of the title.
 * @cssprop --intel-brief-card-title-size - Font size of the title in the card layout.
 * @cssprop --intel-brief-section-heading-size - Font size of section headings.
 * @cssprop --intel-brief-radius - Corner radius.
 * @cssprop --intel-brief-space - Base spacing unit.
 * @cssprop --intel-brief-max-width - Maximum width of the brief (default `46rem`).
 * @cssprop --intel-brief-loading-height - Height reserved while loading (default `24rem`).
 */
export class IntelBrief extends BriefElement {
  static override styles = [base, tileStyles, briefStyles];
  static override properties = {
    brief: { attribute: false },
    src: {},
    layout: { reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    dateStyle: { attribute: 'date-style' },
    labels: { attribute: false },
    tlpMax: { attribute: 'tlp-max' },
    timeout: { type: Number },
    _state: { state: true },
    _expanded: { state: true },
  };

  /** The brief object (or its JSON text). Takes precedence over `src` and inline JSON. */
  brief?: unknown;

  /** URL of a brief JSON file. A newer value aborts the fetch in flight. */
  src?: string;

  /** `full` shows everything; `card` shows the essentials and a button that expands the rest. */
  layout: 'full' | 'card' = 'full';

  /** Level of the title's heading, 1–6; section headings are one level below. */
  headingLevel = 2;

  /** `full`, `long`, `medium` or `short`, as in `Intl.DateTimeFormat`. */
  dateStyle: 'full' | 'long' | 'medium' | 'short' = 'medium';

  /** Partial overrides of the built-in labels (`where`, `who`, `download`, `views`, …). */
  labels: LabelOverrides = {};

  /** Highest TLP marking this page may show: `clear` (default), `green`, `amber`, `amber+strict` or `red`. */
  tlpMax = 'CLEAR';

  /** Milliseconds to wait for `src` before giving up (default 15 s); 2^31 or more (or `Infinity`) waits as long as the browser does. */
  timeout = 15000;

  private _state: State = 'empty';
  private _expanded = false;
  private _brief?: Brief;
  private _base?: string;
  private _error?: BriefErrorDetail;
  private _fetch?: AbortController;
  private _interrupted = false;
  private _announce?: () => void;
  private _observer?: MutationObserver;
  private _view?: View & { key: unknown[] };
  /** Whether the ready template is on screen (its pieces can be kept as they are). */
  private _committed = false;

  static override get observedAttributes() {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null) {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  override connectedCallback() {
    super.connectedCallback();
    this._observer ??= new MutationObserver(() => {
      if (!this._hasBrief() && !this.src) this._sync();
    });
    this._observer.observe(this, { childList: true, subtree: true, characterData: true });
    if (this._interrupted) this._sync();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this._observer?.disconnect();
    if (this._fetch) {
      this._fetch.abort();
      this._fetch = undefined;
      this._interrupted = true;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (!this.hasUpdated || changed.has('brief') || changed.has('src')) this._sync();
    else if (changed.has('tlpMax') && (this._state === 'ready' || this._state === 'withheld')) this._show(true);
  }

  /** `brief` is set to something (an empty string counts as unset). */
  private _hasBrief() {
    return this.brief != null && this.brief !== '';
  }

  protected override updated() {
    if (this._state === 'loading') this.setAttribute('aria-busy', 'true');
    else this.removeAttribute('aria-busy');
    const announce = this._announce;
    this._announce = undefined;
    announce?.();
    if (announce && this._state === 'ready') void this._scrollToHash();
  }

  /**
   * Fragment anchors: when the page's URL names the brief's `id` or one of its
   * sections' `id`s, a newly shown brief scrolls there (expanding a card).
   */
  private async _scrollToHash() {
    let id = '';
    try {
      id = decodeURIComponent(location.hash.slice(1));
    } catch {
      return;
    }
    const target = id && (id === this._brief?.id ? this : this.renderRoot.querySelector(`[id="${CSS.escape(id)}"]`));
    if (!target) return;
    if (target !== this && target.closest('[hidden]')) {
      this._expanded = true;
      await this.updateComplete;
    }
    target.scrollIntoView();
  }

  /** Picks the source of data by precedence and starts showing it. */
  private _sync() {
    this._interrupted = false;
    this._fetch?.abort();
    this._fetch = undefined;
    this._brief = undefined;
    if (this._hasBrief()) {
      this._base = undefined;
      if (typeof this.brief === 'string') this._parse(this.brief, 'The brief');
      else this._accept(this.brief);
    } else if (this.src) {
      void this._load(this.src);
    } else {
      const script = this.querySelector(':scope > script[type="application/json"]');
      this._base = undefined;
      if (script) this._parse(script.textContent ?? '', 'The inline JSON');
      else this._set('empty');
    }
  }

  private async _load(src: string) {
    const controller = new AbortController();
    this._fetch = controller;
    this._set('loading');
    let url: URL;
    try {
      url = new URL(src, document.baseURI);
    } catch {
      return this._fail('network', `Could not load ${src}: it is not a valid URL`);
    }
    const ms = this.timeout > 0 ? this.timeout : 15000;
    let timedOut = false;
    // Past what a timer can hold (2^31 - 1 ms, about 24.8 days): wait as long as the browser does.
    const timer =
      ms < 2 ** 31
        ? setTimeout(() => {
            timedOut = true;
            controller.abort();
          }, ms)
        : undefined;
    try {
      const response = await fetch(url, { signal: controller.signal, headers: { accept: 'application/json' } });
      if (!response.ok) {
        throw new Error(`Could not load ${src}: the server answered ${response.status} ${response.statusText}`.trim());
      }
      const text = await response.text();
      if (controller.signal.aborted) return;
      this._fetch = undefined;
      // Relative URLs in the brief resolve against where it finally came from;
      // a URL that cannot be a base (`data:`, `blob:`) leaves them to the page.
      this._base = baseOf(response.url || url.href);
      this._parse(text, `The file at ${src}`);
    } catch (error) {
      if (controller.signal.aborted && !timedOut) return; // overtaken by a newer source, or disconnected
      this._fetch = undefined;
      this._fail(
        timedOut ? 'timeout' : 'network',
        timedOut
          ? `Gave up loading ${src} after ${ms / 1000} seconds`
          : error instanceof TypeError
            ? `Could not load ${src}: the network request failed`
            : String((error as Error)?.message ?? error),
      );
    } finally {
      clearTimeout(timer);
    }
  }

  private _parse(text: string, where: string) {
    if (!text.trim()) return this._fail('json', `${where} is empty`);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      const hint = text.trimStart().startsWith('<') ? ' (it looks like an HTML page)' : '';
      return this._fail('json', `${where} is not valid JSON${hint}: ${(error as Error).message}`);
    }
    this._accept(value);
  }

  private _accept(value: unknown) {
    const result = validateBrief(value);
    if (!result.ok) {
      this._brief = undefined;
      const n = result.issues.length;
      return this._fail('invalid', `The brief has ${n} problem${n === 1 ? '' : 's'}:\n${formatIssues(result.issues)}`, result.issues);
    }
    this._brief = result.brief;
    this._expanded = false;
    this._show();
  }

  /**
   * Shows the valid brief, or withholds it when its marking is above `tlp-max`.
   * With `quiet` (a new `tlp-max`), nothing fires unless the outcome changes.
   */
  private _show(quiet = false) {
    const brief = this._brief;
    if (!brief) return;
    const marking = brief.tlp;
    const withhold = marking !== undefined && rank(marking) > rank(parseTlp(this.tlpMax) ?? 'CLEAR');
    if (quiet && this._state === (withhold ? 'withheld' : 'ready')) return;
    if (withhold) {
      return this._fail('tlp', fill(this._labels().withheld, { tlp: `TLP:${marking}` }), [], 'withheld');
    }
    this._error = undefined;
    this._set('ready', () => this.emit<BriefLoadDetail>('brief-load', { brief }));
  }

  private _fail(reason: BriefErrorReason, message: string, issues: BriefIssue[] = [], state: State = 'error') {
    if (reason !== 'tlp') this._brief = undefined;
    const detail = { error: new Error(message), issues, reason };
    this._error = detail;
    this._set(state, () => this.emit<BriefErrorDetail>('brief-error', detail));
  }

  /** Moves to a state; the event (if any) fires once the new state is rendered. */
  private _set(next: State, announce?: () => void) {
    this._state = next;
    this._announce = announce;
    this.requestUpdate();
  }

  /** Locale of labels, dates and numbers: the element's `lang`, the brief's, the page's, the browser's. */
  private _locale() {
    return pickLocale(this.getAttribute('lang'), this._brief?.lang, langOf(this));
  }

  private _labels(): BriefLabels {
    return labelsFor(this._locale(), this.labels);
  }

  protected override render() {
    const labels = this._labels();
    if (this._state !== 'ready') this._committed = false;
    switch (this._state) {
      case 'loading':
        return html`<div part="skeleton" class="skeleton" role="status"><span class="visually-hidden">${labels.loading}</span></div>`;
      case 'error':
        return this._renderError(labels);
      case 'withheld':
        return html`<div part="withheld" class="withheld">
          ${this._marking()}
          <p>${this._error?.error.message}</p>
        </div>`;
      case 'ready':
        return this._renderReady(labels);
      default:
        return nothing;
    }
  }

  /**
   * The brief's pieces are rebuilt only when what they show changed; on other
   * re-renders (a card expanding) Lit is told they have not changed, so that
   * work does not grow with the length of the brief.
   */
  private _renderReady(labels: BriefLabels) {
    const key = [this._brief, this._base, this.lang, this.labels, this.headingLevel, this.dateStyle, this.layout];
    const fresh = !this._view || !this._committed || key.some((value, i) => value !== this._view!.key[i]);
    if (fresh) this._view = { key, ...this._buildView(this._brief!, labels) };
    this._committed = true;
    const { head, rest, footer, more, lang } = this._view!;
    const keep = (piece: unknown) => (fresh ? piece : noChange);
    const open = this._expanded || !more;
    return html`<article part="brief" class="brief" aria-labelledby="ib-title"
      lang=${lang ?? nothing} dir=${lang ? directionOf(lang) : nothing}>
      ${keep(head)}
      ${more
        ? html`<button part="toggle" class="toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls="ib-rest"
            @click=${() => (this._expanded = !this._expanded)}>${open ? labels.less : labels.more}</button>`
        : nothing}
      <div id="ib-rest" class="rest" ?hidden=${!open}>${keep(rest)}</div>
      ${keep(footer)}
    </article>`;
  }

  private _renderError(labels: BriefLabels) {
    const { error, issues } = this._error!;
    return html`<div part="error" class="error" role="alert">
      <p><strong>${labels.errorTitle}</strong></p>
      <p>${issues.length ? error.message.split('\n', 1)[0] : error.message}</p>
      ${issues.length
        ? html`<ul>
            ${issues.map((issue) =>
              issue.path ? html`<li><code>${issue.path}</code>: ${issue.message}</li>` : html`<li>${issue.message}</li>`,
            )}
          </ul>`
        : nothing}
    </div>`;
  }

  private _marking(position = 'top') {
    const level = this._brief?.tlp;
    return level
      ? html`<p part="tlp" class="tlp ${position}" data-tlp=${level}>TLP:${level}</p>`
      : nothing;
  }

  /**
   * Builds the brief's three pieces (head, rest, footer). Called only when
   * what they show changed; expanding a card does not rebuild them.
   */
  private _buildView(brief: Brief, labels: BriefLabels): View {
    const locale = this._locale();
    const level = clampLevel(this.headingLevel);
    const sub = Math.min(level + 1, 6);
    const base = this._base;
    const card = this.layout === 'card';
    const date = (value: string) =>
      html`<time datetime=${value}>${formatDate(value, locale, this.dateStyle)}</time>`;
    const author = typeof brief.author === 'string' ? { name: brief.author, url: undefined } : brief.author;
    const authorUrl = safeUrl(author?.url, base);
    const percent = new Intl.NumberFormat(locale, { style: 'percent' });
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

    const head = html`${this._marking()}
      <header part="header">
        <p part="kind" class="kind">${brief.kind ? inline(brief.kind, base) : labels.kind}</p>
        ${heading(level, inline(brief.title, base), 'ib-title', 'title')}
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
            onActivate: (detail) => this.emit<PdfDownloadDetail>('pdf-download', detail),
          })}</p>`
        : nothing}
      ${sources}`;

    const footer =
      brief.tags?.length || brief.tlp
        ? html`<footer part="footer">
            ${brief.tags?.length ? html`<p part="tags">${labels.tags}: ${list(brief.tags)}</p>` : nothing}
            ${this._marking('end')}
          </footer>`
        : nothing;

    // A card has more to show when its button would reveal anything.
    const more = card && (judgments !== nothing || sources !== nothing || brief.who?.length || brief.pdf || (brief.summary ? first : others.length));
    return { head, rest, footer, more: Boolean(more), lang: brief.lang };
  }
}

declare global {
  interface HTMLElementEventMap {
    'brief-load': CustomEvent<BriefLoadDetail>;
    'brief-error': CustomEvent<BriefErrorDetail>;
  }
}
