import { isServer, LitElement, nothing, type PropertyValues } from 'lit';
import { pickLocale } from './brief/format.js';
import { fill, labelsFor, LabelsWatch, type BriefLabels, type LabelOverrides } from './brief/labels.js';
import type { Brief, BriefInput, TlpLevel } from './brief/schema.js';
import { emit } from './internal/base.js';
import { BriefLoader } from './internal/brief-loader.js';
import { GradeTips } from './internal/grade-tips.js';
import { hasServerHtml, hydrateServerHtml } from './internal/hydration.js';
import { langOf } from './internal/lang.js';
import { printWhole } from './internal/print-whole.js';
import { lightDom } from './ssr/light.js';
import { base, tileStyles } from './styles/shared.js';
import { briefStyles } from './styles/intel-brief.js';
import { briefArticle, errorView, hasMore, loadingView, withheldView, type ViewOptions } from './view/brief.js';

export type { BriefErrorDetail, BriefErrorReason, BriefLoadDetail } from './internal/brief-loader.js';

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
export class IntelBrief extends LitElement {
  static override styles = [base, tileStyles, briefStyles];
  static override properties = {
    // An object set again, even the same one (changed in place, or a framework re-rendering), is checked again.
    brief: {
      attribute: false,
      hasChanged: (value: unknown, old: unknown) => value !== old || (typeof value === 'object' && value !== null),
    },
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

  /**
   * What is on screen, also in the `state` attribute (`intel-brief[state="ready"]`): `empty`,
   * `loading`, `ready`, `error` or `withheld` (above `tlp-max`); `undefined` until the first
   * render (`await el.updateComplete`). Read-only; set before `brief-load`/`brief-error` fire,
   * so a script that runs later learns the outcome. With it, the `tlp` attribute holds the marking
   * of the brief on screen (`AMBER+STRICT`; absent when it has none, or none is shown), so that
   * `intel-brief[tlp]` selects a page's marked briefs (`intel-brief/print-marking.js` reads it).
   */
  get state(): 'empty' | 'loading' | 'ready' | 'error' | 'withheld' | undefined {
    return this.#loader.shown;
  }

  /** Where the brief comes from, and the state that leaves the element in. */
  #loader = new BriefLoader(this, (marking) => this.#withheld(marking));
  /** The grade chips' meanings: Escape hides them, and they stay inside the viewport. */
  #gradeTips = new GradeTips(this);
  /** Whether a card shows its rest (a reactive state: Lit's cannot be `#private`). */
  private _expanded = false;
  /** Whether a card renders its rest: once opened, printed, linked to or hydrated (the server renders it whole). */
  #whole = false;
  /** The brief `_expanded` and `#whole` apply to. */
  #shown?: Brief | undefined;
  /** The brief whose fragment anchor was looked for. */
  #anchored?: Brief | undefined;
  /** Server-rendered HTML is on screen and not adopted or replaced yet. */
  #hydrating = false;

  constructor() {
    super();
    // Labels registered once the brief is on screen (a locale module loading late) apply at once.
    new LabelsWatch(this);
    // For printing, when it connects, after each update and when it disconnects: whether it is
    // a card whose rest is not rendered, which prints whole all the same.
    const print = () => {
      const { state, brief } = this.#loader;
      printWhole(
        this.#renderWhole,
        this.isConnected && state === 'ready' && !this.#whole && hasMore(brief!, this.layout),
      );
    };
    this.addController({ hostConnected: print, hostUpdated: print, hostDisconnected: print });
  }

  static override get observedAttributes() {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null) {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    this.#loader.willUpdate(changed);
    const { brief } = this.#loader;
    if (brief !== this.#shown) {
      this.#shown = brief;
      this._expanded = this.#whole = false;
    }
    // A declarative shadow root from the server: adopted where Lit's hydration support is loaded, else replaced.
    if (!this.hasUpdated && !isServer) this.#hydrating = hasServerHtml(this.renderRoot);
    // Hydration adopts the server's nodes, a card's rest included: it stays.
    if (this.#hydrating || isServer) this.#whole = true;
    // The browser picks the same locale as the server did, not the page's.
    if (isServer && brief && !this.hasAttribute('lang')) this.setAttribute('lang', this.#locale());
  }

  protected override update(changed: PropertyValues<this>) {
    if (this.#hydrating) {
      // Adopts, replaces or keeps the server's HTML (src/internal/hydration.ts), and says whether the element still waits.
      this.#hydrating = hydrateServerHtml(this, changed, this.#loader, (rawDates) => {
        this.#hydrating = rawDates;
        super.update(changed);
      });
      return;
    }
    super.update(changed);
  }

  protected override updated() {
    const { state, brief } = this.#loader;
    if (state === 'ready' && brief !== this.#anchored) {
      this.#anchored = brief;
      if (location.hash) void this.#scrollToHash();
    }
  }

  /** Renders a card's rest now, synchronously (before printing, or to scroll to one of its sections). */
  readonly #renderWhole = () => {
    this.#whole = true;
    this.requestUpdate();
    this.performUpdate();
  };

  /**
   * Fragment anchors: when the page's URL names the brief's `id` or one of its
   * sections' `id`s, a newly shown brief scrolls there (expanding a card).
   */
  async #scrollToHash() {
    let id = '';
    try {
      id = decodeURIComponent(location.hash.slice(1));
    } catch {
      return;
    }
    const brief = this.#loader.brief;
    // A section of a card whose rest is not rendered yet: render it, then find it.
    if (!this.#whole && brief?.sections?.some((s) => s.id === id)) this.#renderWhole();
    const target = id && (id === brief?.id ? this : this.renderRoot.querySelector(`[id="${CSS.escape(id)}"]`));
    if (!target) return;
    if (target !== this && target.closest('[hidden]')) {
      this._expanded = true;
      await this.updateComplete;
    }
    target.scrollIntoView();
  }

  /** Locale of labels, dates and numbers: the element's `lang`, the brief's, the page's, the browser's. */
  #locale(): string {
    return pickLocale(this.getAttribute('lang'), this.#loader.brief?.lang, langOf(this));
  }

  #labels(locale: string): BriefLabels {
    return labelsFor(locale, this.labels);
  }

  /** The withheld notice for a brief marked `marking` (`null`: a marking that cannot be read), in the current labels. */
  #withheld(marking: TlpLevel | null): string {
    const labels = this.#labels(this.#locale());
    return marking ? fill(labels.withheld, { tlp: `TLP:${marking}` }) : labels.withheldUnreadable;
  }

  /**
   * @internal Lit's server rendering protocol: what `renderLight()` (from
   * `@lit-labs/ssr-client`) puts in the element's light DOM, the brief shown as
   * inline JSON, from which the browser hydrates. Nothing in the browser.
   */
  renderLight(): unknown {
    return isServer ? lightDom(this.#loader.state === 'ready' ? this.#loader.brief : undefined, this.layout) : nothing;
  }

  protected override render() {
    const { state, brief, error } = this.#loader;
    switch (state) {
      case 'loading':
        return loadingView(this.#labels(this.#locale()));
      case 'error':
        return errorView(error!.error.message, error!.issues, this.#labels(this.#locale()));
      case 'withheld':
        // Worded at render, not load: a locale module loaded since applies to it too.
        return withheldView(this.#loader.marking ?? undefined, this.#withheld(this.#loader.marking!));
      case 'ready':
        return this.#renderBrief(brief!);
      default:
        return nothing;
    }
  }

  #renderBrief(brief: Brief) {
    const resolvedLocale = this.#locale();
    const options: ViewOptions = {
      locale: resolvedLocale,
      labels: this.#labels(resolvedLocale),
      headingLevel: this.headingLevel,
      dateStyle: this.dateStyle,
      layout: this.layout,
      base: this.#loader.base,
      rawDates: this.#hydrating,
      expanded: this._expanded,
      rest: this.#whole,
      onToggle: () => {
        this.#whole = true;
        this._expanded = !this._expanded;
      },
      onPdf: (detail) => emit(this, 'pdf-download', detail),
      onGradeEvent: this.#gradeTips.handleEvent,
    };
    return briefArticle(brief, options);
  }
}

declare global {
  interface HTMLElementEventMap {
    'brief-load': CustomEvent<import('./internal/brief-loader.js').BriefLoadDetail>;
    'brief-error': CustomEvent<import('./internal/brief-loader.js').BriefErrorDetail>;
  }
}
