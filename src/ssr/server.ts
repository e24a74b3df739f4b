/**
 * Server rendering, in Node, with no DOM: `renderBrief()` turns a brief into
 * the HTML of `<intel-brief>` with its declarative shadow DOM (styles inline),
 * `renderBriefPage()` into a complete page, and `checkBrief()` says first
 * whether it would show. Importing this module also registers the three
 * elements with `@lit-labs/ssr`, so that your own templates render them:
 *
 *     import { render } from '@lit-labs/ssr';
 *     import { renderLight } from '@lit-labs/ssr-client/directives/render-light.js';
 *     import 'intel-brief/server';
 *     render(html`<intel-brief .brief=${brief}>${renderLight()}</intel-brief>`);
 *
 * `renderLight()` puts the brief in the element's light DOM as inline JSON,
 * which the browser reads to hydrate it: the page never supplies it twice.
 */
// First: @lit-labs/ssr installs the custom element registry the elements register with.
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { renderLight } from '@lit-labs/ssr-client/directives/render-light.js';
import { html, nothing } from 'lit';
import { screenBrief } from '../brief/clearance.js';
import { plainText } from '../brief/inline.js';
import { describeBreak } from '../brief/json-break.js';
import { parseBriefText } from '../brief/json.js';
import type { LabelOverrides } from '../brief/labels.js';
import { parseTlp, type Brief, type TlpLevel } from '../brief/schema.js';
import { FILE_SCHEMES, safeUrl } from '../brief/url.js';
import type { BriefIssue } from '../brief/validate.js';
import { BriefSection } from '../brief-section.js';
import { DownloadPdf } from '../download-pdf.js';
import { IntelBrief } from '../intel-brief.js';
import { define } from '../internal/base.js';
import { pageMarkingRule } from '../internal/page-marking-rule.js';
import { problems, type BriefErrorReason } from '../internal/brief-loader.js';
import { jsonForScript } from './light.js';

define('intel-brief', IntelBrief);
define('brief-section', BriefSection);
define('download-pdf', DownloadPdf);

// What `renderLight()` writes is the element's own doing (`IntelBrief.renderLight`, `./light.ts`).
export { jsonForScript } from './light.js';

export interface RenderOptions {
  /** `full` (default) or `card`. */
  layout?: 'full' | 'card' | undefined;
  /** Locale of labels, dates and numbers; default the brief's `lang`, else `en`. */
  lang?: string | undefined;
  /** Highest TLP marking to show: `clear` (default), `green`, `amber`, `amber+strict`, `red`. */
  tlpMax?: string | undefined;
  /** Level of the title's heading, 1–6 (default 2). */
  headingLevel?: number | undefined;
  /** `full`, `long`, `medium` (default) or `short`. */
  dateStyle?: 'full' | 'long' | 'medium' | 'short' | undefined;
  /**
   * Partial overrides of the labels. They are not in the HTML: a page that
   * hydrates sets the same `labels` on the element (or loads a locale module).
   */
  labels?: LabelOverrides | undefined;
  /** Put the brief in the HTML as inline JSON, for the browser to hydrate (default `true`). */
  hydratable?: boolean | undefined;
}

/** The `<intel-brief>` template that `renderBrief()` renders, to place in templates of your own. */
export function briefTemplate(brief: unknown, o: RenderOptions = {}) {
  return html`<intel-brief .brief=${brief} layout=${o.layout ?? nothing} lang=${o.lang ?? nothing} tlp-max=${typeof o.tlpMax === 'string' ? o.tlpMax : nothing}
    heading-level=${o.headingLevel ?? nothing} date-style=${o.dateStyle ?? nothing} .labels=${o.labels ?? {}}
  >${o.hydratable === false ? nothing : renderLight()}</intel-brief>`;
}

/** The markers of the one outer template, which nothing hydrates (the element hydrates itself). */
const OUTER = /^<!--lit-part [^>]*--><!--lit-node 0-->([^]*)<!--\/lit-part-->$/;

/**
 * Renders a brief as `<intel-brief>` with its declarative shadow DOM: HTML that
 * reads completely with JavaScript off (the title, every section, the PDF link,
 * styles inline), and that the browser hydrates in place when it loads
 * `intel-brief/hydrate.js` or `dist/intel-brief.ssr.bundle.js`.
 *
 * It renders what the element would: an invalid brief as the error panel, a
 * brief marked above `tlpMax` as the notice alone. Use `checkBrief()` first to
 * refuse those instead. Date-times show in UTC, named, until the page hydrates
 * and shows them in the reader's time zone.
 */
export async function renderBrief(brief: unknown, options: RenderOptions = {}): Promise<string> {
  await loadLabels(options.lang ?? (brief as { lang?: unknown } | null)?.lang);
  const out = await collectResult(render(briefTemplate(brief, options)));
  return out.replace(OUTER, '$1').replace(/^<intel-brief\s+/, '<intel-brief ');
}

/**
 * Loads the package's labels for the language of `lang` (`fr-CA`: `locales/fr.js`)
 * when it has a locale module, as a page would with a script; with none,
 * labels stay English while dates, numbers and lists still follow `lang`.
 */
async function loadLabels(lang: unknown): Promise<void> {
  // Most renders name no language: no exception thrown and caught for them.
  if (typeof lang !== 'string') return;
  let language: string;
  try {
    language = new Intl.Locale(lang).language;
  } catch {
    return; // no language tag: nothing to load
  }
  if (language === 'en') return;
  try {
    await import(`../locales/${language}.js`);
  } catch {
    // No locale module for this language.
  }
}

/** Whether a brief would show, and if not why, in the words the element would use. */
export type BriefCheck =
  | { ok: true; brief: Brief; warnings: BriefIssue[] }
  | {
      ok: false;
      reason: BriefErrorReason;
      message: string;
      issues: BriefIssue[];
      warnings: BriefIssue[];
      /** With reason `tlp`: the brief's marking, `null` when it cannot be read (it counts as RED). */
      marking?: TlpLevel | null;
    };

/**
 * Applies the TLP guard, then validates, without rendering: `ok` when
 * `renderBrief()` would show the brief. The marking is read first: a brief
 * marked above `tlpMax` fails with reason `tlp`, valid or not, and nothing of
 * it is in the result (no issues, no warnings). Never throws.
 */
export function checkBrief(value: unknown, options?: { tlpMax?: string | undefined } | null): BriefCheck {
  let tlpMax: unknown;
  try {
    tlpMax = options?.tlpMax;
  } catch {
    // An option that cannot be read is no permission: CLEAR.
  }
  if (typeof value === 'string') {
    try {
      value = parseBriefText(value, 'The brief', describeBreak);
    } catch (error) {
      return { ok: false, reason: 'json', message: (error as Error).message, issues: [], warnings: [] };
    }
  }
  const screening = screenBrief(value, tlpMax);
  if (screening.shown) return { ok: true, brief: screening.brief, warnings: screening.warnings };
  if (screening.reason === 'invalid') {
    return {
      ok: false,
      reason: 'invalid',
      message: problems(screening.issues),
      issues: screening.issues,
      warnings: screening.warnings,
    };
  }
  const limit = `tlp-max ${(parseTlp(tlpMax) ?? 'CLEAR').toLowerCase()}`;
  const message = screening.marking
    ? `The brief is marked TLP:${screening.marking}, above what may be shown (${limit})`
    : `The brief's TLP marking cannot be read; it counts as TLP:RED, above what may be shown (${limit})`;
  return { ok: false, reason: 'tlp', message, issues: [], warnings: [], marking: screening.marking };
}

export interface PageOptions extends RenderOptions {
  /** Title of the page; default the brief's. */
  title?: string | undefined;
  /** The page's own URL: `og:url`, the canonical link, and what relative URLs in the JSON-LD resolve against. */
  url?: string | undefined;
  /** Describe the brief in schema.org JSON-LD (`Report`) for search engines. */
  jsonLd?: boolean | undefined;
  /** URL of the script that hydrates the brief (`dist/intel-brief.ssr.bundle.js`); without it the page is static. */
  hydrate?: string | undefined;
  /** CSS of your own for the page, after its default styles (e.g. `@page` rules for printing). */
  styles?: string | undefined;
}

/** Brief text as plain text, as a reader sees it: links become their text, emphasis marks go. */
export { plainText };

/**
 * The page's own URL (`og:url`, the canonical link, the JSON-LD's `url`, and
 * what relative URLs there resolve against), when it is one the page would
 * link: `http:` or `https:`, absolute.
 */
const pageUrl = (url: string | undefined) => absoluteLink(url, undefined, FILE_SCHEMES);

/**
 * A URL for metadata: one the page would link, absolute (against `base`), as
 * the URL parser writes it: never as it came (a reader that trims Unicode
 * spaces must not find a scheme the parser did not), never relative to nothing.
 */
const absoluteLink = (href: string | undefined, base: string | undefined, schemes?: string[]) => {
  const safe = safeUrl(href, base, schemes);
  return safe && URL.canParse(safe) ? new URL(safe).href : undefined;
};

/** schema.org JSON-LD (`Report`, a kind of `Article`) describing a brief. */
export function briefJsonLd(brief: Brief, options: { url?: string | undefined; lang?: string | undefined } = {}) {
  const author = typeof brief.author === 'string' ? { name: brief.author } : brief.author;
  const base = pageUrl(options.url);
  // The page's link policy: a URL it would not link is left out, not written as it came.
  const link = (href: string | undefined, schemes?: string[]) => absoluteLink(href, base, schemes);
  const authorUrl = link(author?.url);
  const pdfUrl = link(brief.pdf?.href, FILE_SCHEMES);
  return {
    '@context': 'https://schema.org',
    '@type': 'Report',
    headline: plainText(brief.title),
    name: plainText(brief.title),
    ...(brief.kind && { genre: plainText(brief.kind) }),
    ...(brief.summary && { description: plainText(brief.summary) }),
    datePublished: brief.date,
    dateModified: brief.updated ?? brief.date,
    ...(author && {
      author: { '@type': 'Person', name: plainText(author.name), ...(authorUrl && { url: authorUrl }) },
    }),
    inLanguage: options.lang ?? brief.lang ?? 'en',
    ...(brief.id && { identifier: brief.id }),
    ...(base && { url: base, mainEntityOfPage: base }),
    ...(brief.tags?.length && {
      keywords: brief.tags.map(plainText).join(', '),
      about: brief.tags.map((tag) => ({ '@type': 'Thing', name: plainText(tag) })),
    }),
    ...(brief.where?.length && {
      spatialCoverage: brief.where.map((place) => ({ '@type': 'Place', name: plainText(place) })),
    }),
    ...(brief.pdf &&
      pdfUrl && {
        associatedMedia: {
          '@type': 'MediaObject',
          contentUrl: pdfUrl,
          encodingFormat: 'application/pdf',
          ...(brief.pdf.name && { name: brief.pdf.name }),
          ...(brief.pdf.size !== undefined && { contentSize: `${brief.pdf.size} B` }),
        },
      }),
    ...(brief.sources?.length && {
      citation: brief.sources.map((s) => {
        const url = link(s.url);
        return {
          '@type': 'CreativeWork',
          name: plainText(s.title),
          ...(url && { url }),
          ...(s.publisher && { publisher: { '@type': 'Organization', name: plainText(s.publisher) } }),
          ...(s.date && { datePublished: s.date }),
        };
      }),
    }),
  };
}

/** Text for an HTML attribute value or element content. */
const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * A complete, standalone HTML page for one brief: `<title>`, a meta
 * description from the summary, Open Graph tags, optionally schema.org JSON-LD
 * and the script that hydrates it. A brief that would not show (invalid, or
 * marked above `tlpMax`) gives a page with the element's notice and no
 * metadata from the brief.
 */
export async function renderBriefPage(brief: unknown, options: PageOptions = {}): Promise<string> {
  const check = checkBrief(brief, options);
  const url = pageUrl(options.url);
  const shown = check.ok ? check.brief : undefined;
  const lang = options.lang ?? shown?.lang ?? 'en';
  const title = options.title ?? (shown ? plainText(shown.title) : 'Intel Brief');
  const description = shown?.summary && plainText(shown.summary);
  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
  ];
  const meta = (name: string, content: string | undefined, attribute = 'property') => {
    if (content) head.push(`<meta ${attribute}="${name}" content="${escapeHtml(content)}">`);
  };
  meta('description', description, 'name');
  if (shown) {
    meta('og:type', 'article');
    meta('og:title', title);
    meta('og:description', description);
    meta('og:url', url);
    meta('og:locale', lang.replace('-', '_'));
    meta('article:published_time', shown.date);
    meta('article:modified_time', shown.updated);
    for (const tag of shown.tags ?? []) meta('article:tag', plainText(tag));
    if (options.jsonLd)
      head.push(`<script type="application/ld+json">${jsonForScript(briefJsonLd(shown, options))}</script>`);
  }
  if (url) head.push(`<link rel="canonical" href="${escapeHtml(url)}">`);
  head.push(
    '<style>:root{color-scheme:light dark;font-family:system-ui,sans-serif}body{margin:0;padding:2rem 1rem}main{max-width:46rem;margin:auto}</style>',
  );
  // A marked brief's page prints its marking at the top and bottom of every page, JavaScript or not.
  if (shown?.tlp) head.push(`<style>${pageMarkingRule(shown.tlp)}</style>`);
  // `</` cannot end a style element from inside the CSS.
  if (options.styles) head.push(`<style>${options.styles.replaceAll('</', '<\\/')}</style>`);
  if (options.hydrate) head.push(`<script type="module" src="${escapeHtml(options.hydrate)}"></script>`);
  const element = await renderBrief(brief, options);
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
${head.join('\n')}
</head>
<body>
<main>
${element}
</main>
</body>
</html>
`;
}
