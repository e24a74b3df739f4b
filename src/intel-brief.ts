import { isServer, nothing, noChange, type PropertyValues } from 'lit';
import { pickLocale } from './brief/format.js';
import { fill, LABELS_EVENT, labelsFor, LabelsWatch, type BriefLabels, type LabelOverrides } from './brief/labels.js';
import type { Brief, BriefInput, TlpLevel } from './brief/schema.js';
import type { PdfDownloadDetail } from './download-pdf.js';
import { BriefElement, emit } from './internal/base.js';
import { BriefLoader } from './internal/brief-loader.js';
import { langOf } from './internal/lang.js';
import { pageMarking } from './internal/print-marking.js';
import { base, tileStyles } from './styles/shared.js';
import { briefStyles } from './styles/intel-brief.js';
import { briefArticle, briefParts, errorView, loadingView, withheldView, type BriefParts, type ViewOptions } from './view/brief.js';

export type { BriefErrorDetail, BriefErrorReason, BriefLoadDetail } from './internal/brief-loader.js';

/**
 * The labels of each locale, merged, for elements without overrides (the
 * default), in the browser: a list of briefs merges them once, not once per
 * brief and render. Registering labels empties it.
 */
let merged: Map<string, BriefLabels> | undefined;

/**
 * Cards whose rest is not rendered yet: a closed card renders its head and
 * footer alone until it is first opened. A printed card is whole: printing
 * renders their rest first, synchronously, in `beforeprint`, which every
 * engine fires before it lays the page out for print (Chromium's `page.pdf()` too).
 */
const unopened = new Set<IntelBrief>();
const beforePrint = () => unopened.forEach((card) => card['_wholeNow']());

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
 * @csspart meta - Reference, date, update, author and views.
 * @csspart reference - The brief's `id` in the date line, with its label (once a card opens, and in print).
 * @csspart tlp - The TLP marking (top and end).
 * @csspart handling - Under the top marking, how the brief may be shared per TLP 2.0 (once a card opens, and in print).
 * @csspart summary - The bottom line up front.
 * @csspart excerpt - A card's teaser when the brief has no summary: its first section's first paragraph (or bullet), hidden once the card opens and in print.
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
 * @csspart rest - What a card shows only once expanded (the whole brief but its head and footer).
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
    // An object set again, even the same one (changed in place, or a framework re-rendering), is checked again.
    brief: { attribute: false, hasChanged: (value: unknown, old: unknown) => value !== old || (typeof value === 'object' && value !== null) },
    src: {},
    layout: { reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    dateStyle: { attribute: 'date-style' },
    labels: { attribute: false },
    tlpMax: { attribute: 'tlp-max' },
    timeout: { type: Number },
    _expanded: { state: true },
  };

  /** The brief object (or its JSON text). Takes precedence over `src` and inline JSON. */
  brief?: BriefInput | string | null | undefined;

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

  /** Where the brief comes from, and the state that leaves the element in. */
  private _loader = new BriefLoader(this, (marking) => this._withheld(marking));
  /** The marking of the brief on screen, for the one printed at the top and bottom of every page. */
  protected _marking = pageMarking(this, () => (this._loader.state === 'ready' ? this._loader.brief?.tlp : undefined));
  private _expanded = false;
  /** Whether a card renders its rest: once opened, printed, linked to or hydrated (the server renders it whole). */
  private _whole = false;
  /** The brief `_expanded` and the fragment anchor apply to. */
  private _shown?: Brief | undefined;
  private _anchored?: Brief | undefined;
  private _view?: BriefParts & { key: unknown[] };
  /** Whether the ready template is on screen (its pieces can be kept as they are). */
  private _committed = false;
  /**
   * Server-rendered HTML is on screen and not hydrated yet: set only by the
   * hydration support (`src/ssr/hydrate-brief.ts`), kept out of the default bundle.
   */
  declare private _hydrating?: boolean;

  constructor() {
    super();
    // Labels registered once the brief is on screen (a locale module loading late) apply at once.
    new LabelsWatch(this, () => {
      this._committed = false;
      this.requestUpdate();
    });
  }

  static override get observedAttributes() {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null) {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    this._loader.willUpdate(changed);
    const { brief } = this._loader;
    if (brief !== this._shown) {
      this._shown = brief;
      this._expanded = this._whole = false;
    }
    // The browser picks the same locale as the server did, not the page's.
    if (isServer && brief && !this.hasAttribute('lang')) this.setAttribute('lang', this._locale());
  }

  /** Renders a card's rest now, synchronously (before printing). */
  private _wholeNow() {
    this._whole = true;
    this.requestUpdate();
    this.performUpdate();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    unopened.delete(this);
  }

  protected override updated() {
    const { state, brief } = this._loader;
    if (state === 'ready' && !this._whole && this._view?.more && this.isConnected) {
      addEventListener('beforeprint', beforePrint);
      unopened.add(this);
    } else unopened.delete(this);
    if (state === 'ready' && brief !== this._anchored) {
      this._anchored = brief;
      if (location.hash) void this._scrollToHash();
    }
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
    // A section of a card whose rest is not rendered yet: render it, then find it.
    if (!this._whole && this._loader.brief?.sections?.some((s) => s.id === id)) {
      this._wholeNow();
    }
    const target = id && (id === this._loader.brief?.id ? this : this.renderRoot.querySelector(`[id="${CSS.escape(id)}"]`));
    if (!target) return;
    if (target !== this && target.closest('[hidden]')) {
      this._expanded = true;
      await this.updateComplete;
    }
    target.scrollIntoView();
  }

  /** Locale of labels, dates and numbers: the element's `lang`, the brief's, the page's, the browser's. */
  private _locale() {
    return pickLocale(this.getAttribute('lang'), this._loader.brief?.lang, langOf(this));
  }

  private _labels(): BriefLabels {
    const locale = this._locale();
    const o = this.labels;
    if (isServer || (o && Object.keys(o).length)) return labelsFor(locale, o);
    if (!merged) addEventListener(LABELS_EVENT, () => merged!.clear());
    merged ??= new Map();
    let labels = merged.get(locale);
    if (!labels) merged.set(locale, (labels = labelsFor(locale)));
    return labels;
  }

  /** The withheld notice for a brief marked `marking` (`null`: a marking that cannot be read), in the current labels. */
  private _withheld(marking: TlpLevel | null) {
    const labels = this._labels();
    return marking ? fill(labels.withheld, { tlp: `TLP:${marking}` }) : labels.withheldUnreadable;
  }

  protected override render() {
    const { state, brief, error } = this._loader;
    if (state !== 'ready') this._committed = false;
    switch (state) {
      case 'loading':
        return loadingView(this._labels());
      case 'error':
        return errorView(error!.error.message, error!.issues, this._labels());
      case 'withheld':
        // Worded at render, not load: a locale module loaded since applies to it too.
        return withheldView(this._loader.marking ?? undefined, this._withheld(this._loader.marking!));
      case 'ready':
        return this._renderReady(brief!);
      default:
        return nothing;
    }
  }

  /**
   * The brief's pieces are rebuilt only when what they show changed; on other
   * re-renders (a card expanding) Lit is told they have not changed, so that
   * work does not grow with the length of the brief.
   */
  private _renderReady(brief: Brief) {
    // Hydration adopts the server's nodes, the rest included: it stays.
    if (this._hydrating || isServer) this._whole = true;
    const options: ViewOptions = {
      locale: this._locale(),
      labels: this._labels(),
      headingLevel: this.headingLevel,
      dateStyle: this.dateStyle,
      layout: this.layout,
      base: this._loader.base,
      rawDates: this._hydrating,
      expanded: this._expanded,
      rest: this._whole,
      onToggle: () => {
        this._expanded = !this._expanded;
        this._whole = true;
      },
      onPdf: (detail) => emit<PdfDownloadDetail>(this, 'pdf-download', detail),
    };
    const key = [brief, options.base, this.lang, this.labels, this.headingLevel, this.dateStyle, this.layout, this._whole];
    const fresh = !this._view || !this._committed || key.some((value, i) => value !== this._view!.key[i]);
    if (fresh) this._view = { key, ...briefParts(brief, options) };
    this._committed = true;
    return briefArticle(this._view!, options, (piece) => (fresh ? piece : noChange));
  }
}

declare global {
  interface HTMLElementEventMap {
    'brief-load': CustomEvent<import('./internal/brief-loader.js').BriefLoadDetail>;
    'brief-error': CustomEvent<import('./internal/brief-loader.js').BriefErrorDetail>;
  }
}
