// The React 19 equivalent of <intel-brief>, for `npm run bench`: what an app
// team would write instead of using the element. It renders the same markup as
// the element's shadow DOM (same elements, classes, parts, text), with the same
// `Intl` formatting and the same inline subset ([links](…), *em*, **strong**),
// for every field of the format. Differences, on purpose:
// - no validation (an app trusts its own types), no loading states, no TLP
//   withholding, English labels only;
// - formatters are made once per brief (per component render), not per value;
// - ids come from useId, since every brief shares one document (or shadow root).
// Bundled by scripts/bench.mjs with esbuild (production React) into build/.
import { Fragment, useId, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { defaultLabels } from '../../build/src/brief/labels.js';
import { LIKELIHOODS } from '../../build/src/brief/schema.js';

// The package's own English labels and ICD 203 ranges (data, not code: the
// same words on both sides), plus the older button's second label.
const LABELS = { ...defaultLabels, less: 'Show less' };

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

/** The formatters one brief needs, made once per render of a brief. */
function formatters(locale, dateStyle = 'medium') {
  const day = new Intl.DateTimeFormat(locale, { dateStyle, timeZone: 'UTC' });
  const instant = new Intl.DateTimeFormat(locale, { dateStyle });
  const plural = new Intl.PluralRules(locale);
  const number = new Intl.NumberFormat(locale);
  return {
    date(value) {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
      if (m) {
        const d = new Date(Date.UTC(2000, Number(m[2]) - 1, Number(m[3])));
        d.setUTCFullYear(Number(m[1]));
        return day.format(d);
      }
      const d = new Date(value);
      return Number.isNaN(d.getTime()) ? value : instant.format(d);
    },
    count(n, label) {
      const forms = typeof label === 'string' ? { other: label } : label;
      return (forms[plural.select(n)] ?? forms.other ?? '#').replace('#', number.format(n));
    },
    percent: new Intl.NumberFormat(locale, { style: 'percent' }),
    size(bytes) {
      const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'];
      let value = bytes;
      let unit = 0;
      while (+value.toPrecision(3) >= 1000 && unit < units.length - 1) {
        value /= 1024;
        unit++;
      }
      return new Intl.NumberFormat(locale, {
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
      out.push(url ? <a key={key} part="link" href={url}><Inline text={label} /></a> : <Inline key={key} text={label} />);
    } else if (strong !== undefined) out.push(<strong key={key}><Inline text={strong} /></strong>);
    else out.push(<em key={key}><Inline text={em} /></em>);
    last = match.index + whole.length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

function Heading({ level, id, part = 'heading', children }) {
  const Tag = `h${Math.min(6, Math.max(1, Math.round(level)))}`;
  return <Tag id={id} part={part}>{children}</Tag>;
}

function Section({ title, level, id, paragraphs = [], bullets = [], children }) {
  return (
    <section part="section" className="section" id={id}>
      {title ? <Heading level={level} part="section-heading">{title}</Heading> : null}
      {paragraphs.map((p, i) => <p key={i}><Inline text={p} /></p>)}
      {bullets.length ? <ul part="bullets">{bullets.map((b, i) => <li key={i}><Inline text={b} /></li>)}</ul> : null}
      {children}
    </section>
  );
}

const List = ({ items }) => items.map((item, i) => <Fragment key={i}>{i ? ', ' : ''}<Inline text={item} /></Fragment>);

function PdfTile({ pdf, fmt }) {
  const href = safeUrl(pdf.href, ['http:', 'https:']);
  const filename = pdf.name || (pdf.href ? fileNameOf(pdf.href) : '') || 'document.pdf';
  const size = typeof pdf.size === 'number' && pdf.size >= 0 ? fmt.size(pdf.size) : '';
  const icon = (
    <svg part="icon" viewBox="0 0 24 24" aria-hidden="true">
      <path d="M6 2h8l6 6v14H5V2zm8 0v6h6M8 13h8m-8 3h8m-8 3h5" fill="none" stroke="currentColor" strokeWidth="1.5" />
    </svg>
  );
  const name = <span part="filename" className="filename">{filename}</span>;
  const action = <span part="action" className="action">{size ? `${LABELS.download} • ${size}` : LABELS.download}</span>;
  if (!href) {
    return <span part="tile" className="tile" aria-disabled="true">{icon}<span>{name}{action} ({LABELS.unavailable})</span></span>;
  }
  return <a part="tile" className="tile" href={href} download={filename} onClick={() => {}}>{icon}<span>{name}{action}</span></a>;
}

const Marking = ({ level, position }) => (level ? <p part="tlp" className={`tlp ${position}`} data-tlp={level}>TLP:{level}</p> : null);

/** One brief: the markup of <intel-brief>'s shadow root, inside a wrapper standing for its host. */
export function Brief({ brief, layout = 'full', locale = 'en-US', headingLevel = 2, dateStyle = 'medium' }) {
  const [expanded, setExpanded] = useState(false);
  const id = useId();
  const fmt = formatters(brief.lang ?? locale, dateStyle);
  const labels = LABELS;
  const card = layout === 'card';
  const level = headingLevel;
  const sub = Math.min(level + 1, 6);
  const [first, ...others] = brief.sections ?? [];
  const date = (value) => <time dateTime={value}>{fmt.date(value)}</time>;
  const author = typeof brief.author === 'string' ? { name: brief.author } : brief.author;
  const authorUrl = safeUrl(author?.url);

  const teaser = brief.summary ? (
    <p part="summary" className="summary"><strong>{labels.summary}:</strong> <Inline text={brief.summary} /></p>
  ) : card && first ? (
    <Section title={first.heading} level={sub} {...first} />
  ) : null;

  const meta = [
    date(brief.date),
    brief.updated && brief.updated !== brief.date ? <span>{labels.updated} {date(brief.updated)}</span> : undefined,
    author ? <span>{labels.by} {authorUrl ? <a part="link" href={authorUrl}>{author.name}</a> : <Inline text={author.name} />}</span> : undefined,
    brief.views !== undefined ? fmt.count(brief.views, labels.views) : undefined,
  ].filter(Boolean);

  const judgments = brief.keyJudgments?.length ? (
    <Section title={labels.keyJudgments} level={sub}>
      <ol part="judgments">
        {brief.keyJudgments.map((j, i) => {
          const range = j.likelihood && LIKELIHOODS[j.likelihood];
          const assessment = [
            range && `${labels.likelihoods[j.likelihood] ?? j.likelihood} (${fmt.percent.formatRange(range[0] / 100, range[1] / 100)})`,
            j.confidence && labels.confidence[j.confidence],
          ].filter(Boolean).join(' · ');
          return <li key={i}><Inline text={j.text} />{assessment ? <><br /><span className="muted">{assessment}</span></> : null}</li>;
        })}
      </ol>
    </Section>
  ) : null;

  const dismiss = (event) => event.target.toggleAttribute('data-dismissed', event.key === 'Escape');
  const sources = brief.sources?.length ? (
    <Section title={labels.sources} level={sub}>
      <ol part="sources" onKeyDown={dismiss} onBlur={dismiss}>
        {brief.sources.map((s, i) => {
          const href = safeUrl(s.url);
          const grade = `${s.reliability ?? ''}${s.credibility ?? ''}`;
          const meaning = [
            s.reliability && `${s.reliability}: ${labels.reliability[s.reliability]}`,
            s.credibility && `${s.credibility}: ${labels.credibility[s.credibility]}`,
          ].filter(Boolean).join('; ');
          return (
            <li key={i}>
              {href ? <a part="link" href={href}>{s.title}</a> : <Inline text={s.title} />}
              {s.publisher ? <>, <Inline text={s.publisher} /></> : null}
              {s.date ? <>, {date(s.date)}</> : null}{' '}
              {grade ? (
                <span part="grade" className="grade" tabIndex={0} aria-describedby={`${id}-grade-${i}`}>
                  {grade}<span role="tooltip" id={`${id}-grade-${i}`}>{meaning}</span>
                </span>
              ) : null}
            </li>
          );
        })}
      </ol>
    </Section>
  ) : null;

  const more = card && Boolean(judgments || sources || brief.who?.length || brief.pdf || (brief.summary ? first : others.length));
  const open = expanded || !more;
  return (
    <div className="intel-brief" data-layout={layout}>
      <article part="brief" className="brief" aria-labelledby={`${id}-title`} lang={brief.lang} dir={brief.lang ? direction(brief.lang) : undefined}>
        <Marking level={brief.tlp} position="top" />
        <header part="header">
          <p part="kind" className="kind">{brief.kind ? <Inline text={brief.kind} /> : labels.kind}</p>
          <Heading level={level} id={`${id}-title`} part="title"><Inline text={brief.title} /></Heading>
          <p part="meta" className="meta">
            {meta.map((item, i) => <Fragment key={i}>{i ? <span aria-hidden="true">{' · '}</span> : null}{item}</Fragment>)}
          </p>
        </header>
        {card && brief.where?.length ? <p part="where" className="where"><strong>{labels.where}:</strong> <List items={brief.where} /></p> : null}
        {teaser}
        {more ? (
          <button part="toggle" className="toggle" aria-expanded={open ? 'true' : 'false'} aria-controls={`${id}-rest`} onClick={() => setExpanded(!expanded)}>
            {open ? labels.less : labels.more}
          </button>
        ) : null}
        <div id={`${id}-rest`} className="rest" hidden={!open}>
          {judgments}
          {!card && brief.where?.length ? <Section title={labels.where} level={sub} bullets={brief.where} /> : null}
          {brief.who?.length ? <Section title={labels.who} level={sub} bullets={brief.who} /> : null}
          {(card && !brief.summary ? others : brief.sections ?? []).map((s, i) => <Section key={i} title={s.heading} level={sub} {...s} />)}
          {brief.pdf ? <p><PdfTile pdf={brief.pdf} fmt={fmt} /></p> : null}
          {sources}
        </div>
        {brief.tags?.length || brief.tlp ? (
          <footer part="footer">
            {brief.tags?.length ? <p part="tags">{labels.tags}: <List items={brief.tags} /></p> : null}
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
