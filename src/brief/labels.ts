import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PluralLabel } from './format.js';
import type { TlpLevel } from './schema.js';

/**
 * Every built-in label of the elements, in English. Translations for other
 * languages come from `intel-brief/locales/*.js` (see `registerLabels`); pass a
 * partial object to an element's `labels` property to reword any of them.
 * `#` stands for a number and `{x}` for a value.
 */
export interface BriefLabels {
  /**
   * Language of these labels (a language tag): their plural rules, and their
   * `lang` where it differs from the brief's. `registerLabels` sets it; set it
   * in overrides that put another language's words over these.
   */
  lang: string;
  /** Between a label and what it introduces: `': '` (French `'\u00a0: '`). */
  colon: string;
  /** Between the pieces of a source (title, publisher, date): `', '` (Arabic `'، '`). */
  comma: string;
  /** Between the items of the date line and of a judgment's assessment: `' · '`. */
  separator: string;
  /** Product label above the title when the brief has no `kind`. */
  kind: string;
  summary: string;
  keyJudgments: string;
  where: string;
  who: string;
  sources: string;
  tags: string;
  /** Text of the PDF tile's button. */
  download: string;
  views: PluralLabel;
  /** Before the brief's `id` in the date line. */
  reference: string;
  /** Before the date of the last revision. */
  updated: string;
  /** Before the author's name. */
  by: string;
  /** Analytic confidence of a key judgment. */
  confidence: Record<'low' | 'moderate' | 'high', string>;
  /** Likelihood terms, keyed by their ICD 203 English term (the range is formatted for the locale). */
  likelihoods: Record<string, string>;
  /** Admiralty grades: source reliability A–F. */
  reliability: Record<string, string>;
  /** Admiralty grades: information credibility 1–6. */
  credibility: Record<string, string>;
  /** Under the TLP marking: how the brief may be shared, per the level's FIRST TLP 2.0 definition. */
  handling: Record<TlpLevel, string>;
  loading: string;
  errorTitle: string;
  /** `This brief is marked {tlp} and cannot be shown on this page.` */
  withheld: string;
  /** Instead of `withheld`, for a brief whose TLP marking cannot be read (it counts as the most restrictive). */
  withheldUnreadable: string;
  unavailable: string;
  /** The card's button; it keeps this name expanded or not (its state is `aria-expanded`). */
  more: string;
}

export const defaultLabels: BriefLabels = {
  lang: 'en',
  colon: ': ',
  comma: ', ',
  separator: ' · ',
  kind: 'Intel Brief',
  summary: 'Bottom line',
  keyJudgments: 'Key judgments',
  where: 'Where',
  who: "Who's involved",
  sources: 'Sources',
  tags: 'Topics',
  download: 'Download PDF',
  views: { one: '# view', other: '# views' },
  reference: 'Reference',
  updated: 'Updated',
  by: 'By',
  confidence: { low: 'Low confidence', moderate: 'Moderate confidence', high: 'High confidence' },
  likelihoods: {},
  reliability: {
    A: 'completely reliable',
    B: 'usually reliable',
    C: 'fairly reliable',
    D: 'not usually reliable',
    E: 'unreliable',
    F: 'reliability cannot be judged',
  },
  credibility: {
    1: 'confirmed by other sources',
    2: 'probably true',
    3: 'possibly true',
    4: 'doubtful',
    5: 'improbable',
    6: 'truth cannot be judged',
  },
  handling: {
    CLEAR: 'No limit on disclosure.',
    GREEN: 'Share within your community, not publicly.',
    AMBER: 'Share within your organization and its clients, need-to-know only.',
    'AMBER+STRICT': 'Share within your organization only.',
    RED: 'For its recipients only: do not share further.',
  },
  loading: 'Loading brief…',
  errorTitle: 'This brief cannot be shown',
  withheld: 'This brief is marked {tlp} and cannot be shown on this page.',
  withheldUnreadable: 'This brief has a TLP marking that cannot be read, and cannot be shown on this page.',
  unavailable: 'link unavailable',
  more: 'Read the full brief',
};

/** Some labels, to merge over others: nested objects may be partial too. */
export type LabelOverrides = {
  [K in keyof BriefLabels]?: BriefLabels[K] extends string
    ? BriefLabels[K]
    : BriefLabels[K] | Partial<Exclude<BriefLabels[K], string>>;
};

/** Every label of a language, as a locale module registers them (`registerLabels` adds its `lang`). */
export type LocaleLabels = Omit<BriefLabels, 'lang'>;

/** Labels registered per language, shared by every copy of the package on the page. */
type Registry = Record<string, LabelOverrides>;
const registry: Registry = ((globalThis as { [key: symbol]: Registry })[Symbol.for('intel-brief.labels')] ??= {});

/** Dispatched on `globalThis` (in a browser) when labels are registered. */
export const LABELS_EVENT = 'intel-brief-labels';

/**
 * Registers the labels of a language (`fr`) or locale (`fr-CA`); elements whose
 * locale matches use them, including elements already on screen. The
 * `intel-brief/locales/*.js` modules call this.
 */
export function registerLabels(lang: string, labels: LabelOverrides): void {
  registry[lang.toLowerCase()] = { lang, ...labels };
  (globalThis as Partial<EventTarget>).dispatchEvent?.(new Event(LABELS_EVENT));
}

/**
 * Re-renders its element when labels are registered while it is connected
 * (a locale module loaded after the element rendered). Never runs on the server.
 */
export class LabelsWatch implements ReactiveController {
  readonly #changed: () => void;
  constructor(host: ReactiveControllerHost) {
    this.#changed = () => host.requestUpdate();
    host.addController(this);
  }
  hostConnected() {
    (globalThis as Partial<EventTarget>).addEventListener?.(LABELS_EVENT, this.#changed);
  }
  hostDisconnected() {
    (globalThis as Partial<EventTarget>).removeEventListener?.(LABELS_EVENT, this.#changed);
  }
}

/**
 * The labels for a locale: English, then the language's registered labels,
 * then the exact locale's, then `overrides`; objects (plural forms, grade
 * meanings) merge one level deep, so a partial override keeps the rest.
 */
export function labelsFor(locale: string, overrides: LabelOverrides = {}): BriefLabels {
  const tag = locale.toLowerCase();
  const out: Record<string, unknown> = {};
  for (const layer of [defaultLabels, registry[tag.split('-')[0]], registry[tag], overrides]) {
    for (const [key, value] of Object.entries(layer ?? {})) {
      const current = out[key];
      out[key] =
        value && typeof value === 'object' && current && typeof current === 'object' ? { ...current, ...value } : value;
    }
  }
  return out as unknown as BriefLabels;
}

/** Fills `{name}` placeholders. */
export const fill = (label: string, values: Record<string, string | number>) =>
  label.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
