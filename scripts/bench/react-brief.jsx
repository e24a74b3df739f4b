// The React 19 equivalent of <intel-brief>, for `npm run bench`: what an app
// team would write instead of using the element. It renders the same markup as
// the element's shadow DOM (same elements, attributes, classes, parts, text):
// data isolated in <bdi>, lists worded by `Intl.ListFormat`, grade chips named
// by aria-label, a card's excerpt, an update on the publication day shown as its
// time, labels marked with their own `lang` where the brief's differs, the
// reference in the date line and the TLP handling line under the marking; with the
// same `Intl` formatting and the same inline subset ([links](…), *em*, **strong**),
// for every field of the format. Differences, on purpose:
// - no validation (an app trusts its own types), no loading states, no TLP
//   withholding, English labels only (the package's own, imported);
// - `Intl` formatters are kept per locale and options for the page, as the
//   element keeps them (what an app team that measured would do);
// - a closed card renders its rest only once opened or printed, as the element
//   does (a beforeprint listener renders the rest of every unopened card);
// - ids come from useId, since every brief shares one document (or shadow root);
// - the inline subset is read by one regular expression, not CommonMark's rules
//   (the same result on the benchmark's briefs).
// Bundled by scripts/bench.mjs with esbuild (production React) into build/.
import { Fragment, useEffect, useId, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { defaultLabels } from '../../build/src/brief/labels.js';
import { LIKELIHOODS } from '../../build/src/brief/schema.js';

// The package's own English labels and ICD 203 ranges (data, not code: the
// same words on both sides).
const LABELS = defaultLabels;

const RTL = /^(?:Adlm|Arab|Hebr|Mand|Mend|Nkoo|Rohg|Samr|Syrc|Thaa|Yezi)$/;
const direction = (locale) => {
  try {
    return RTL.test(new Intl.Locale(locale).maximize().script ?? '') ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
};

const PLACEHOLDER = 'https://relative.invalid/';
const safeUrl = (raw, schemes = ['http:', 'https:', 'mailto:']) => {
  if (typeof raw !== 'string' || !raw.trim()) return undefined;
  try {
    return schemes.includes(new URL(raw, PLACEHOLDER).protocol) ? raw : undefined;
  } catch {
    return undefined;
  }
};
const fileNameOf = (href) => {
  try {
    const path = new URL(href, PLACEHOLDER).pathname;
    return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
  } catch {
    return '';
  }
};

/** One `Intl` object per kind, locale and options, for the page. */
const cache = new Map();
const intl = (Kind, locale, options) => {
  const key = `${Kind.name} ${locale} ${JSON.stringify(options)}`;
  let value = cache.get(key);
  if (!value) cache.set(key, (value = new Kind(locale, options)));
  return value;
};
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const instantOf = (value) => new Date(value.replace(/(\.\d{3})\d+/, '$1'));

/** The formatting one brief needs, in its locale. */
function formatters(locale, dateStyle = 'medium') {
  return {
    date(value) {
      const m = DATE_ONLY.exec(value);
      if (m) {
        const d = new Date(Date.UTC(2000, Number(m[2]) - 1, Number(m[3])));
        d.setUTCFullYear(Number(m[1]));
        return intl(Intl.DateTimeFormat, locale, { dateStyle, timeZone: 'UTC' }).format(d);
      }
      const d = instantOf(value);
      return Number.isNaN(d.getTime()) ? value : intl(Intl.DateTimeFormat, locale, { dateStyle }).format(d);
    },
    /** The time of day of a date-time, in the reader's time zone. */
    time(value) {
      const d = instantOf(value);
      return DATE_ONLY.test(value) || Number.isNaN(d.getTime())
        ? ''
        : intl(Intl.DateTimeFormat, locale, { timeStyle: 'short' }).format(d);
    },
    /** The calendar day of a value, in the reader's time zone for a date-time. */
    day(value) {
      const only = DATE_ONLY.test(value);
      const d = only ? new Date(`${value}T00:00Z`) : instantOf(value);
      if (Number.isNaN(d.getTime())) return value;
      return intl(Intl.DateTimeFormat, 'en', {
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        timeZone: only ? 'UTC' : undefined,
      }).format(d);
    },
    count(n, label, rules) {
      const forms = typeof label === 'string' ? { other: label } : label;
      return (forms[intl(Intl.PluralRules, rules).select(n)] ?? forms.other ?? '#').replace(
        '#',
        intl(Intl.NumberFormat, locale).format(n),
      );
    },
    percent: intl(Intl.NumberFormat, locale, { style: 'percent' }),
    /** Items in the locale's words ("a, b and c"), each in a <bdi>. */
    list(items, style = 'long') {
      return intl(Intl.ListFormat, locale, { style })
        .formatToParts(items.map((_, i) => `${i}`))
        .map((part, i) =>
          part.type === 'element' ? (
            <bdi key={i}>
              <Inline text={items[+part.value]} />
            </bdi>
          ) : (
            part.value
          ),
        );
    },
    size(bytes) {
      const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'];
      let value = bytes;
      let unit = 0;
      while (+value.toPrecision(3) >= 1000 && unit < units.length - 1) {
        value /= 1024;
        unit++;
      }
      return intl(Intl.NumberFormat, locale, {
        style: 'unit',
        unit: units[unit],
        unitDisplay: unit ? 'short' : 'long',
        maximumSignificantDigits: 3,
      }).format(value);
    },
  };
}

const TOKEN =
  /\[([^\]\n]+)\]\(((?:[^()\s]|\([^()\s]*\))+)\)|\*\*(?=\S)([^]+?)(?<=\S)\*\*|\*(?=[^\s*])([^]+?)(?<=[^\s*])\*/g;

/** The inline subset, as React nodes: text is never HTML. */
function Inline({ text }) {
  if (!/[[*]/.test(text)) return text;
  const out = [];
  let last = 0;
  for (const match of text.matchAll(TOKEN)) {
    const [whole, label, href, strong, em] = match;
    if (match.index > last) out.push(text.slice(last, match.index));
    const key = match.index;
    if (label !== undefined) {
      const url = safeUrl(href);
      out.push(
        url ? (
          <a key={key} part="link" href={url}>
            <Inline text={label} />
          </a>
        ) : (
          <Inline key={key} text={label} />
        ),
      );
    } else if (strong !== undefined)
      out.push(
        <strong key={key}>
          <Inline text={strong} />
        </strong>,
      );
    else
      out.push(
        <em key={key}>
          <Inline text={em} />
        </em>,
      );
    last = match.index + whole.length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

function Heading({ level, id, part = 'heading', children }) {
  const Tag = `h${Math.min(6, Math.max(1, Math.round(level)))}`;
  return (
    <Tag id={id} part={part}>
      {children}
    </Tag>
  );
}

function Section({ title, level, id, paragraphs = [], bullets = [], children }) {
  return (
    <section part="section" className="section" id={id}>
      {title ? (
        <Heading level={level} part="section-heading">
          {title}
        </Heading>
      ) : null}
      {paragraphs.map((p, i) => (
        <p key={i}>
          <Inline text={p} />
        </p>
      ))}
      {bullets.length ? (
        <ul part="bullets">
          {bullets.map((b, i) => (
            <li key={i}>
              <Inline text={b} />
            </li>
          ))}
        </ul>
      ) : null}
      {children}
    </section>
  );
}

function PdfTile({ pdf, fmt, labelLang }) {
  const href = safeUrl(pdf.href, ['http:', 'https:']);
  const filename = pdf.name || (pdf.href ? fileNameOf(pdf.href) : '') || 'document.pdf';
  const size = typeof pdf.size === 'number' && pdf.size >= 0 ? fmt.size(pdf.size) : '';
  const icon = (
    <svg part="icon" viewBox="0 0 24 24" aria-hidden="true">
      <path d="M6 2h8l6 6v14H5V2zm8 0v6h6M8 13h8m-8 3h8m-8 3h5" fill="none" stroke="currentColor" strokeWidth="1.5" />
    </svg>
  );
  const name = (
    <span part="filename" className="filename">
      {filename}
    </span>
  );
  const action = (
    <span part="action" className="action" lang={labelLang}>
      {size ? `${LABELS.download} • ${size}` : LABELS.download}
    </span>
  );
  if (!href) {
    return (
      <span part="tile" className="tile" aria-disabled="true">
        {icon}
        <span>
          {name}
          {action} ({LABELS.unavailable})
        </span>
      </span>
    );
  }
  const activate = () => {};
  return (
    <a
      part="tile"
      className="tile"
      href={href}
      download={filename}
      onClick={activate}
      onAuxClick={(event) => event.button === 1 && activate()}
    >
      {icon}
      <span>
        {name}
        {action}
      </span>
    </a>
  );
}

const Marking = ({ level, position }) =>
  level ? (
    <p part="tlp" className={`tlp ${position}`} data-tlp={level}>
      TLP:{level}
    </p>
  ) : null;

/*
 * A grade's meaning shows on hover and focus (the element's CSS); Escape hides it
 * until pointer and focus leave the chip, and it moves back inside the viewport:
 * the element's handler, on the list of sources.
 */
let hovered = null;
const escape = (event) => event.key === 'Escape' && hovered?.setAttribute('data-dismissed', '');
function grade(event) {
  const chip = event.target.closest('.grade');
  const to = event.relatedTarget;
  const type = event.type;
  if (!chip || (to && chip.contains(to))) return;
  if (type === 'keydown') {
    if (event.key === 'Escape') chip.setAttribute('data-dismissed', '');
  } else if (type.endsWith('out')) {
    hovered = null;
    chip.removeAttribute('data-dismissed');
  } else {
    hovered = chip;
    if (type === 'pointerover') addEventListener('keydown', escape);
    requestAnimationFrame(() => {
      const tip = chip.lastElementChild;
      tip.style.translate = '';
      const { left, right } = tip.getBoundingClientRect();
      if (right > left)
        tip.style.translate = `${Math.max(Math.min(0, document.documentElement.clientWidth - 4 - right), 4 - left)}px`;
    });
  }
}

/** Cards whose rest is not rendered yet: printing renders it first (a printed card is whole). */
const unopened = new Set();
const beforePrint = () => flushSync(() => unopened.forEach((open) => open()));

const primary = (tag) => tag.split('-')[0].toLowerCase();

/** One brief: the markup of <intel-brief>'s shadow root, inside a wrapper standing for its host. */
export function Brief({
  brief,
  layout = 'full',
  locale: pageLocale = 'en-US',
  headingLevel = 2,
  dateStyle = 'medium',
}) {
  const [expanded, setExpanded] = useState(false);
  const [whole, setWhole] = useState(false);
  const id = useId();
  const locale = brief.lang ?? pageLocale;
  const fmt = formatters(locale, dateStyle);
  const labels = LABELS;
  const { colon, comma, separator } = labels;
  const card = layout === 'card';
  const level = headingLevel;
  const sub = Math.min(level + 1, 6);
  const first = brief.sections?.[0];
  // Labels carry their own lang (and dir) where the brief's language differs.
  const ll = primary(labels.lang) === primary(locale) ? undefined : labels.lang;
  const label = (words) =>
    ll ? (
      <span lang={ll} dir="auto">
        {words}
      </span>
    ) : (
      words
    );
  const date = (value, clock) => <time dateTime={value}>{clock ? fmt.time(value) : fmt.date(value)}</time>;
  const author = typeof brief.author === 'string' ? { name: brief.author } : brief.author;
  const authorUrl = safeUrl(author?.url);
  const excerpt = first?.paragraphs?.[0] ?? first?.bullets?.[0];

  const teaser = brief.summary ? (
    <p part="summary" className="summary">
      <strong>{label(labels.summary + colon)}</strong>
      <Inline text={brief.summary} />
    </p>
  ) : card && excerpt ? (
    <p part="excerpt" className="excerpt">
      <Inline text={excerpt} />
    </p>
  ) : null;

  const meta = [
    date(brief.date),
    brief.updated && brief.updated !== brief.date ? (
      <span>
        {label(
          <>
            {labels.updated}{' '}
            {date(brief.updated, brief.updated.includes('T') && fmt.day(brief.updated) === fmt.day(brief.date))}
          </>,
        )}
      </span>
    ) : undefined,
    author ? (
      <span>
        {label(labels.by)}{' '}
        <bdi>
          {authorUrl ? (
            <a part="link" href={authorUrl}>
              {author.name}
            </a>
          ) : (
            <Inline text={author.name} />
          )}
        </bdi>
      </span>
    ) : undefined,
    brief.views !== undefined ? <span>{label(fmt.count(brief.views, labels.views, labels.lang))}</span> : undefined,
  ].filter(Boolean);

  const judgments = () =>
    brief.keyJudgments?.length ? (
      <Section title={label(labels.keyJudgments)} level={sub}>
        <ol part="judgments">
          {brief.keyJudgments.map((j, i) => {
            const range = j.likelihood && LIKELIHOODS[j.likelihood];
            const assessment = [
              range &&
                `${labels.likelihoods[j.likelihood] ?? j.likelihood} (${fmt.percent.formatRange(range[0] / 100, range[1] / 100)})`,
              j.confidence && labels.confidence[j.confidence],
            ]
              .filter(Boolean)
              .join(separator);
            return (
              <li key={i}>
                <Inline text={j.text} />
                {assessment ? (
                  <>
                    <br />
                    <span className="muted" lang={ll}>
                      {assessment}
                    </span>
                  </>
                ) : null}
              </li>
            );
          })}
        </ol>
      </Section>
    ) : null;

  const sources = () =>
    brief.sources?.length ? (
      <Section title={label(labels.sources)} level={sub}>
        <ol part="sources" onKeyDown={grade} onBlur={grade} onPointerOver={grade} onPointerOut={grade} onFocus={grade}>
          {brief.sources.map((s, i) => {
            const href = safeUrl(s.url);
            const chip = `${s.reliability ?? ''}${s.credibility ?? ''}`;
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
            const pieces = [
              <bdi>
                {href ? (
                  <a part="link" href={href}>
                    {s.title}
                  </a>
                ) : (
                  <Inline text={s.title} />
                )}
              </bdi>,
              s.publisher && (
                <bdi>
                  <Inline text={s.publisher} />
                </bdi>
              ),
              s.date && date(s.date),
            ].filter(Boolean);
            return (
              <li key={i}>
                {pieces.map((piece, k) => (
                  <Fragment key={k}>
                    {k ? comma : ''}
                    {piece}
                  </Fragment>
                ))}
                {/* the element's template puts a space before the chip */}
                {chip ? ' ' : null}
                {chip ? (
                  <span
                    part="grade"
                    className="grade"
                    tabIndex={0}
                    role="img"
                    lang={ll}
                    aria-label={chip + colon + meanings.filter(Boolean).join(comma)}
                  >
                    {chip}
                    <span role="tooltip">{meaning}</span>
                  </span>
                ) : null}
              </li>
            );
          })}
        </ol>
      </Section>
    ) : null;

  const more =
    card && Boolean(brief.keyJudgments?.length || brief.sources?.length || brief.who?.length || brief.pdf || first);
  const open = expanded || !more;
  useEffect(() => {
    if (!more || whole) return undefined;
    const render = () => setWhole(true);
    if (!unopened.size) addEventListener('beforeprint', beforePrint);
    unopened.add(render);
    return () => unopened.delete(render);
  }, [more, whole]);
  return (
    <div className="intel-brief" data-layout={layout}>
      <article
        part="brief"
        className="brief"
        aria-labelledby={`${id}-title`}
        lang={brief.lang}
        dir={brief.lang ? direction(brief.lang) : undefined}
      >
        <Marking level={brief.tlp} position="top" />
        {brief.tlp ? (
          <p part="handling" className="handling">
            {label(labels.handling[brief.tlp])}
          </p>
        ) : null}
        <header part="header">
          <p part="kind" className="kind">
            {brief.kind ? <Inline text={brief.kind} /> : label(labels.kind)}
          </p>
          <Heading level={level} id={`${id}-title`} part="title">
            <Inline text={brief.title} />
          </Heading>
          <p part="meta" className="meta">
            {brief.id ? (
              <span part="reference" className="ref">
                {label(labels.reference + colon)}
                <bdi>{brief.id}</bdi>
                <span aria-hidden="true">{separator}</span>
              </span>
            ) : null}
            {meta.map((item, i) => (
              <Fragment key={i}>
                {i ? <span aria-hidden="true">{separator}</span> : null}
                {item}
              </Fragment>
            ))}
          </p>
        </header>
        {card && brief.where?.length ? (
          <p part="where" className="where">
            <strong>{label(labels.where + colon)}</strong>
            {fmt.list(brief.where)}
          </p>
        ) : null}
        {teaser}
        {more ? (
          <button
            part="toggle"
            className="toggle"
            aria-expanded={open ? 'true' : 'false'}
            aria-controls={`${id}-rest`}
            aria-labelledby={`${id}-more ${id}-title`}
            onClick={() => (setExpanded(!expanded), setWhole(true))}
          >
            <span id={`${id}-more`} lang={ll}>
              {labels.more}
            </span>
          </button>
        ) : null}
        <div part="rest" id={`${id}-rest`} className="rest" hidden={!open}>
          {open || whole ? (
            <>
              {judgments()}
              {!card && brief.where?.length ? (
                <Section title={label(labels.where)} level={sub} bullets={brief.where} />
              ) : null}
              {brief.who?.length ? <Section title={label(labels.who)} level={sub} bullets={brief.who} /> : null}
              {(brief.sections ?? []).map((s, i) => (
                <Section key={i} title={s.heading} level={sub} {...s} />
              ))}
              {brief.pdf ? (
                <p>
                  <PdfTile pdf={brief.pdf} fmt={fmt} labelLang={ll} />
                </p>
              ) : null}
              {sources()}
            </>
          ) : null}
        </div>
        {brief.tags?.length || brief.tlp ? (
          <footer part="footer">
            {brief.tags?.length ? (
              <p part="tags">
                {label(labels.tags + colon)}
                {fmt.list(brief.tags, 'narrow')}
              </p>
            ) : null}
            <Marking level={brief.tlp} position="end" />
          </footer>
        ) : null}
      </article>
    </div>
  );
}

function Briefs({ briefs, layout }) {
  return briefs.map((brief, i) => <Brief key={i} brief={brief} layout={layout} />);
}

/** Renders `briefs` into `container` synchronously; returns a function that unmounts them. */
export function mount(container, briefs, layout) {
  const root = createRoot(container);
  flushSync(() => root.render(<Briefs briefs={briefs} layout={layout} />));
  return () => root.unmount();
}
