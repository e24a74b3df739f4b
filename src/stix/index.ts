/**
 * `intel-brief/stix`: briefs from and to STIX 2.1 (OASIS), the language of
 * threat-intelligence platforms. `fromStix` turns one report of a bundle into a
 * brief, its TLP marking read so that it fails closed; `toStix` writes a brief
 * as a bundle, the same bytes for the same brief.
 *
 * STIX text is plain text: it is escaped into the brief's inline syntax, so
 * that it shows as written. A bundle `toStix` wrote carries the brief's own
 * text (with its links and emphasis) in `x_intel_brief` properties, read back
 * only while the object's STIX properties are still what that text gives.
 */
import { escapeInline, plainText } from '../brief/inline.js';
import { isCalendarDay, LIKELIHOODS, parseTlp, TLP_LEVELS } from '../brief/schema.js';
import type { Brief, KeyJudgment, Likelihood, Section, Source, TlpLevel } from '../brief/schema.js';
import { validateBrief } from '../brief/validate.js';
import { isRecord, markingRefs, readMarkingRef, stricter, tlp2Definition, TLP2_IDS } from './markings.js';
import { uuidv5 } from './uuid.js';

export { TLP1_IDS, TLP2_IDS, TLP2_EXTENSION } from './markings.js';

/** A conversion that cannot be done: one message per problem. */
export class StixError extends Error {
  readonly problems: readonly string[];
  constructor(problems: string[]) {
    super(problems.join('\n'));
    this.name = 'StixError';
    this.problems = problems;
  }
}

export interface FromStixOptions {
  /** The id of the report to convert, when the input holds several. */
  report?: string | undefined;
  /**
   * The TLP level of the markings that cannot be read (`amber`, `TLP:RED`…):
   * without it they refuse the conversion. The brief gets the most restrictive
   * of this level and the markings read.
   */
  tlp?: string | undefined;
}

export interface FromStixResult {
  brief: Brief;
  /** What the report holds that has no place in a brief, and references that lead nowhere. */
  warnings: string[];
}

export interface ToStixOptions {
  /** The namespace (a UUID) of the ids, for an organisation that wants its own; the package's by default. */
  namespace?: string | undefined;
}

/** A STIX object: its type and id, and its other properties. */
export type StixObject = Record<string, unknown> & { type: string; id: string };

/** A STIX 2.1 bundle, as `toStix` writes it. */
export interface StixBundle {
  type: 'bundle';
  id: string;
  objects: StixObject[];
}

/** The namespace of the UUIDv5 ids `toStix` makes (a random UUID, fixed once). */
const NAMESPACE = 'b4f5c1e2-5d0a-4c3e-9a51-2f6c8e7d9a30';

const isObject = (value: unknown): value is StixObject =>
  isRecord(value) && typeof value.type === 'string' && typeof value.id === 'string';
/** A non-empty string, else undefined. */
const str = (value: unknown) => (typeof value === 'string' && /\S/.test(value) ? value : undefined);
/** STIX text as brief text: whitespace runs as one space, markup characters escaped. */
const text = (value: unknown) => {
  const s = str(value);
  return s && escapeInline(s.replace(/\s+/g, ' ').trim());
};
/** Paragraphs of STIX text (split at blank lines), as brief text. */
const paragraphs = (value: unknown) =>
  (str(value) ?? '')
    .split(/\n[ \t\r]*\n/)
    .map(text)
    .filter((p): p is string => Boolean(p));
const words = (value: string) => value.replace(/[-_]+/g, ' ');
const json = (value: unknown) => JSON.stringify(value);

// ---------------------------------------------------------------------------
// Times

/** A brief date as a STIX timestamp (UTC, milliseconds); a calendar day is its midnight UTC. */
function timestamp(date: string): string {
  if (date.length === 10) return `${date}T00:00:00.000Z`;
  const time = new Date(date);
  return Number.isNaN(time.getTime()) ? `${date.slice(0, 10)}T00:00:00.000Z` : time.toISOString();
}

const STIX_TIME = /^(\d{4}-\d\d-\d\d)T(\d\d:\d\d:\d\d)(?:\.(\d+))?Z$/;
/** A STIX timestamp as a brief date: midnight UTC is the calendar day; undefined when it is not a timestamp. */
function briefDate(value: unknown): string | undefined {
  const match = typeof value === 'string' ? STIX_TIME.exec(value) : null;
  if (!match || !isCalendarDay(match[1]) || match[1] < '0001') return undefined;
  const [, day, time, fraction = ''] = match;
  if (time === '00:00:00' && !/[1-9]/.test(fraction)) return day;
  return `${day}T${time}${fraction ? `.${fraction.slice(0, 9)}` : ''}Z`;
}

/** A STIX timestamp's time in milliseconds (fractions of different lengths compare by value); -Infinity when it is none. */
const time = (value: unknown) => {
  const ms = typeof value === 'string' && STIX_TIME.test(value) ? Date.parse(value) : NaN;
  return Number.isNaN(ms) ? -Infinity : ms;
};

// ---------------------------------------------------------------------------
// Places

const displayNames = new Map<string, Intl.DisplayNames>();
function regionNames(lang: string | undefined): Intl.DisplayNames {
  const key = lang ?? 'en';
  let names = displayNames.get(key);
  if (!names) {
    try {
      names = new Intl.DisplayNames([key, 'en'], { type: 'region', fallback: 'none' });
    } catch {
      names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    }
    displayNames.set(key, names);
  }
  return names;
}
/** A country's name from its ISO 3166-1 code, in the brief's language. */
function countryName(code: unknown, lang: string | undefined): string | undefined {
  if (typeof code !== 'string' || !/^[A-Za-z]{2}$/.test(code)) return str(code);
  try {
    return regionNames(lang).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}
/** Country codes by their English names, built when first needed. */
let countryCodes: Map<string, string> | undefined;
function countryCode(name: string): string | undefined {
  if (!countryCodes) {
    countryCodes = new Map();
    const names = regionNames('en');
    for (let a = 65; a <= 90; a++) {
      for (let b = 65; b <= 90; b++) {
        const code = String.fromCharCode(a, b);
        const country = names.of(code);
        if (country && country !== code) countryCodes.set(country.toLowerCase(), code);
      }
    }
  }
  return countryCodes.get(name.trim().toLowerCase());
}

// ---------------------------------------------------------------------------
// The objects toStix writes. fromStix rebuilds them from their `x_intel_brief`
// to check that the object still says what that brief text says.

interface ReportFragment {
  id?: string;
  kind?: string;
  title: string;
  summary?: string;
  date: string;
  updated?: string;
  tags?: string[];
  lang?: string;
  views?: number;
  sources?: Source[];
  pdf?: Brief['pdf'];
}

/** The URLs a bundle carries: absolute (STIX's `url` is a URI), and only of the schemes a brief links to. */
const ABSOLUTE_URL = /^(https?|mailto):[^\s"<>\\^`{|}]*$/i;
const url = (href: string | undefined) => (href && ABSOLUTE_URL.test(href) ? href : undefined);
/** STIX reserves the source names `cve` and `capec` for their ids. */
const sourceName = (name: string) => (/^(cve|capec)$/.test(name) ? `${name} (source)` : name);

function externalReferences(fragment: ReportFragment) {
  const refs: Record<string, unknown>[] = (fragment.sources ?? []).map((source) => ({
    source_name: sourceName(plainText(source.publisher ?? source.title)),
    description: plainText(source.title),
    ...(url(source.url) && { url: source.url }),
  }));
  const pdf = fragment.pdf;
  if (pdf && url(pdf.href)) {
    refs.push({
      source_name: 'pdf',
      description: plainText(pdf.name ?? 'PDF'),
      url: pdf.href,
      ...(pdf.sha256 && { hashes: { 'SHA-256': pdf.sha256.toLowerCase() } }),
    });
  }
  return refs.length ? refs : undefined;
}

/** The report's own properties, from the brief. */
function reportProperties(fragment: ReportFragment) {
  const created = timestamp(fragment.date);
  return {
    created,
    modified: fragment.updated ? timestamp(fragment.updated) : created,
    name: plainText(fragment.title),
    ...(fragment.summary && { description: plainText(fragment.summary) }),
    published: created,
    ...(fragment.tags?.length && { labels: fragment.tags.map(plainText) }),
    ...(fragment.lang && { lang: fragment.lang }),
    external_references: externalReferences(fragment),
  };
}
const REPORT_KEYS = [
  'created',
  'modified',
  'name',
  'description',
  'published',
  'labels',
  'lang',
  'external_references',
];

const likelihoodLabel = (term: Likelihood) => {
  const [low, high] = LIKELIHOODS[term];
  return `${term[0].toUpperCase()}${term.slice(1)} (${low}–${high}%)`;
};
/** STIX's Low/Med/High confidence scale (the specification's appendix on confidence scales). */
const CONFIDENCE = { low: 15, moderate: 50, high: 85 } as const;
const confidenceOf = (value: unknown) =>
  typeof value !== 'number' || value < 1 ? undefined : value < 30 ? 'low' : value < 70 ? 'moderate' : 'high';

function keyJudgmentNote(judgment: KeyJudgment) {
  const qualifiers = [
    judgment.likelihood && likelihoodLabel(judgment.likelihood),
    judgment.confidence && `${judgment.confidence} confidence`,
  ].filter(Boolean);
  return {
    abstract: 'Key judgment',
    content: `${qualifiers.length ? `${qualifiers.join(', ')}: ` : ''}${plainText(judgment.text)}`,
    labels: ['key-judgment'],
    ...(judgment.confidence && { confidence: CONFIDENCE[judgment.confidence] }),
  };
}
function sectionNote(section: Section) {
  const blocks = (section.paragraphs ?? []).map(plainText);
  if (section.bullets?.length) blocks.push(section.bullets.map((b) => `- ${plainText(b)}`).join('\n'));
  return { abstract: plainText(section.heading), content: blocks.join('\n\n') };
}
const NOTE_KEYS = ['abstract', 'content', 'labels', 'confidence'];

const authorName = (author: Brief['author']) => (typeof author === 'string' ? author : author?.name);
function authorIdentity(author: NonNullable<Brief['author']>) {
  const href = typeof author === 'object' ? url(author.url) : undefined;
  return {
    name: plainText(authorName(author)!),
    identity_class: 'unknown',
    ...(href && { external_references: [{ source_name: 'website', url: href }] }),
  };
}
const IDENTITY_KEYS = ['name', 'external_references'];

/** The properties of `object` named by `keys`, compared with those `expected` has. */
const same = (object: Record<string, unknown>, expected: Record<string, unknown>, keys: string[]) =>
  keys.every((key) => json(object[key]) === json(expected[key]));

/** The brief text a `toStix` object carries, when its STIX properties still say what that text gives. */
function fragmentOf<T>(
  object: Record<string, unknown>,
  key: string,
  properties: (fragment: T) => object,
  keys: string[],
) {
  const carried = isRecord(object.x_intel_brief) ? object.x_intel_brief[key] : undefined;
  if (carried === undefined) return undefined;
  try {
    return same(object, properties(carried as T) as Record<string, unknown>, keys) ? (carried as T) : undefined;
  } catch {
    return undefined; // not the shape toStix writes
  }
}

// ---------------------------------------------------------------------------
// toStix

/** Keys sorted, for an id made from the brief's content whatever order its keys came in. */
const canonical = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(canonical)
    : isRecord(value)
      ? Object.fromEntries(
          Object.keys(value)
            .sort()
            .map((key) => [key, canonical(value[key])]),
        )
      : value;

/**
 * The brief as a STIX 2.1 bundle: a report, an identity for the author, one
 * per name in `who`, a location per place in `where`, a note per key judgment
 * and per section, and the TLP 2.0 marking definition on every object. Ids are
 * UUIDv5 from the brief's `id` (else its content) and times come from its
 * dates: the same brief gives the same bundle. Throws a `StixError` listing
 * the problems of a brief that is not valid.
 */
export function toStix(input: unknown, options: ToStixOptions = {}): StixBundle {
  const validation = validateBrief(input);
  if (!validation.ok) throw new StixError(validation.issues.map((i) => `${i.path ? `${i.path}: ` : ''}${i.message}`));
  const brief = validation.brief;
  const namespace = options.namespace ?? NAMESPACE;
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(namespace))
    throw new StixError([`namespace must be a UUID, not ${json(namespace)}`]);
  // Hashed once: every object's id is made from it (hashing the content per object would be quadratic).
  const key = brief.id !== undefined ? `id:${brief.id}` : `content:${uuidv5(json(canonical(brief)), namespace)}`;
  const id = (type: string, name: string) => `${type}--${uuidv5(name, namespace)}`;

  const created = timestamp(brief.date);
  const modified = brief.updated ? timestamp(brief.updated) : created;
  const marking = brief.tlp && { object_marking_refs: [TLP2_IDS[brief.tlp]] };
  const common = (type: string, objectId: string) => ({
    type,
    spec_version: '2.1',
    id: objectId,
    created,
    modified,
  });

  const reportId = id('report', key);
  const author =
    brief.author === undefined
      ? undefined
      : {
          ...common('identity', id('identity', `author:${json(canonical(brief.author))}`)),
          ...authorIdentity(brief.author),
          ...marking,
          x_intel_brief: { author: brief.author },
        };
  const notes = [
    ...(brief.keyJudgments ?? []).map((judgment, i) => ({
      ...common('note', id('note', `${key}/judgment/${i}`)),
      ...keyJudgmentNote(judgment),
      object_refs: [reportId],
      ...marking,
      x_intel_brief: { keyJudgment: judgment },
    })),
    ...(brief.sections ?? []).map((section, i) => ({
      ...common('note', id('note', `${key}/section/${i}`)),
      ...sectionNote(section),
      object_refs: [reportId],
      ...marking,
      x_intel_brief: { section },
    })),
  ];
  // The same name twice in a list is two objects.
  const counts = new Map<string, number>();
  const nth = (name: string) => {
    const n = (counts.get(name) ?? 0) + 1;
    counts.set(name, n);
    return n > 1 ? `${name}#${n}` : name;
  };
  const who = (brief.who ?? []).map((name) => ({
    ...common('identity', id('identity', nth(`who:${name}`))),
    name: plainText(name),
    identity_class: 'unknown',
    ...marking,
    x_intel_brief: { name },
  }));
  const where = (brief.where ?? []).map((name) => {
    const place = plainText(name);
    const country = countryCode(place);
    return {
      ...common('location', id('location', nth(`where:${name}`))),
      name: place,
      // A location names a country, a region or coordinates: a place that is no country is a region (an open vocabulary).
      ...(country
        ? { country }
        : {
            region:
              place
                .toLowerCase()
                .replace(/[^\p{L}\p{N}]+/gu, '-')
                .replace(/^-|-$/g, '') || place,
          }),
      ...marking,
      x_intel_brief: { name },
    };
  });
  const fragment: ReportFragment = {
    ...(brief.id !== undefined && { id: brief.id }),
    ...(brief.kind !== undefined && { kind: brief.kind }),
    title: brief.title,
    ...(brief.summary !== undefined && { summary: brief.summary }),
    date: brief.date,
    ...(brief.updated !== undefined && { updated: brief.updated }),
    ...(brief.tags && { tags: brief.tags }),
    ...(brief.lang !== undefined && { lang: brief.lang }),
    ...(brief.views !== undefined && { views: brief.views }),
    ...(brief.sources && { sources: brief.sources }),
    ...(brief.pdf && { pdf: brief.pdf }),
  };
  const refs = [...who, ...where, ...notes].map((object) => object.id);
  const report = {
    ...common('report', reportId),
    ...(author && { created_by_ref: author.id }),
    ...reportProperties(fragment),
    report_types: ['threat-report'],
    // A report refers to at least one object: with nothing else, the identity that wrote the bundle.
    object_refs: refs.length ? refs : [id('identity', `writer:${key}`)],
    ...marking,
    x_intel_brief: { report: fragment },
  };
  const writer = !refs.length
    ? [
        {
          ...common('identity', report.object_refs[0]),
          name: 'intel-brief',
          identity_class: 'system',
          ...marking,
          x_intel_brief: { writer: true },
        },
      ]
    : [];
  const objects = [report, ...(author ? [author] : []), ...writer, ...who, ...where, ...notes];
  if (brief.tlp) objects.push(tlp2Definition(brief.tlp) as never);
  return { type: 'bundle', id: id('bundle', key), objects: objects.map(withoutUndefined) as StixObject[] };
}

/** Drops keys whose value is undefined (JSON would anyway; schemas and comparisons should not see them). */
const withoutUndefined = (object: object) =>
  Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));

// ---------------------------------------------------------------------------
// fromStix

/** Section headings for the objects of each type, in the order the sections come. */
const GROUPS: Readonly<Record<string, string>> = {
  actor: 'Actors',
  malware: 'Malware',
  tool: 'Tools',
  'attack-pattern': 'Attack patterns',
  vulnerability: 'Vulnerabilities',
  indicator: 'Indicators',
  infrastructure: 'Infrastructure',
  'course-of-action': 'Courses of action',
  'malware-analysis': 'Malware analyses',
  incident: 'Incidents',
  grouping: 'Groupings',
  report: 'Related reports',
  'observed-data': 'Observed data',
  observable: 'Observables',
  opinion: 'Opinions',
  relationship: 'Relationships',
  other: 'Other objects',
};
const WHO = new Set(['identity', 'threat-actor', 'intrusion-set', 'campaign']);
/** Types that are not about the report's subject: what they would add has no place in a brief. */
const NO_PLACE = new Set(['marking-definition', 'language-content', 'extension-definition', 'bundle']);
/** Cyber-observable types and the property that says what each is. */
const OBSERVABLE_VALUE: Readonly<Record<string, string>> = {
  'autonomous-system': 'number',
  directory: 'path',
  'domain-name': 'value',
  'email-addr': 'value',
  'email-message': 'subject',
  file: 'name',
  'ipv4-addr': 'value',
  'ipv6-addr': 'value',
  'mac-addr': 'value',
  mutex: 'name',
  process: 'command_line',
  software: 'name',
  url: 'value',
  'user-account': 'account_login',
  'windows-registry-key': 'key',
  'x509-certificate': 'subject',
  artifact: 'url',
  'network-traffic': 'protocols',
};
/** External references whose id a reader uses: ATT&CK, CAPEC, CVE. */
const KNOWN_IDS = /^(mitre-attack|mitre-mobile-attack|mitre-ics-attack|mitre-pre-attack|capec|cve)$/i;
/** A URL that can stand in a link's destination as it is. */
const LINKABLE = /^https?:\/\/[^\s()<>\\[\]*]+$/;

/** Parses and checks the input: its STIX objects, and how many of its items are not STIX objects. */
function objectsOf(input: unknown): { objects: StixObject[]; others: number } {
  let value = input;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch (error) {
      throw new StixError([`not JSON: ${(error as Error).message}`]);
    }
  }
  let list: unknown[];
  if (isRecord(value) && value.type === 'bundle') {
    if (!Array.isArray(value.objects)) throw new StixError(['a STIX bundle with no list of objects']);
    list = value.objects;
  } else if (Array.isArray(value)) list = value;
  else if (isObject(value)) list = [value];
  else throw new StixError(['not STIX: expected a bundle, a list of STIX objects or a report']);
  const objects = list.filter(isObject);
  if (list.length && !objects.length)
    throw new StixError(['not STIX: none of the objects has the type and id STIX objects have']);
  return { objects, others: list.length - objects.length };
}

/** A name for a report in a message: its id and name. */
const reportLabel = (report: StixObject) =>
  `${report.id}${typeof report.name === 'string' ? ` ${json(report.name.slice(0, 200))}` : ''}`;

/**
 * One report of a STIX 2.1 (or 2.0) bundle, list of objects or lone report,
 * as a brief. Throws a `StixError` when the input is not STIX, holds no report,
 * holds several and `report` names none of them, or carries a marking that
 * cannot be read and `tlp` is not given.
 */
export function fromStix(input: unknown, options: FromStixOptions = {}): FromStixResult {
  const { objects, others } = objectsOf(input);
  const byId = new Map<string, StixObject>();
  const definitions = new Map<string, unknown>();
  const reports: StixObject[] = [];
  const notesAbout = new Map<string, StixObject[]>();
  for (const object of objects) {
    const known = byId.get(object.id);
    // Several versions of an object: the latest (one with no time it was modified counts as the oldest).
    if (known && !(time(object.modified) > time(known.modified))) continue;
    byId.set(object.id, object);
  }
  for (const object of byId.values()) {
    if (object.type === 'report') reports.push(object);
    else if (object.type === 'marking-definition') definitions.set(object.id, object);
    else if ((object.type === 'note' || object.type === 'opinion') && Array.isArray(object.object_refs)) {
      for (const ref of object.object_refs) {
        if (typeof ref === 'string' && ref.startsWith('report--')) {
          let list = notesAbout.get(ref);
          if (!list) notesAbout.set(ref, (list = []));
          list.push(object);
        }
      }
    }
  }

  let tlpOption: TlpLevel | undefined;
  if (options.tlp !== undefined) {
    tlpOption = parseTlp(options.tlp);
    if (!tlpOption) throw new StixError([`tlp must be one of ${TLP_LEVELS.join(', ')}, not ${json(options.tlp)}`]);
  }

  let report: StixObject | undefined;
  if (options.report !== undefined) {
    report = reports.find((r) => r.id === options.report);
    if (!report)
      throw new StixError([
        `no report ${options.report} in the input; ${reports.length ? `its reports: ${reports.map(reportLabel).join(', ')}` : 'it holds no report'}`,
      ]);
  } else if (reports.length === 1) report = reports[0];
  else if (!reports.length) throw new StixError(['no report in the input: a brief is made from a STIX report']);
  else
    throw new StixError([
      `${reports.length} reports in the input: choose one with --report (the report option):`,
      ...reports.map((r) => `  ${reportLabel(r)}`),
    ]);

  const warnings: string[] = [];
  if (others)
    warnings.push(
      `${others} ${others === 1 ? 'item' : 'items'} of the input ${others === 1 ? 'is' : 'are'} not a STIX object (no type and id): left out`,
    );
  // Markings, over every object whose text enters the brief.
  let tlp: TlpLevel | undefined;
  const unreadable = new Map<string, string>();
  const statements = new Set<string>();
  const readRefs = new Map<unknown, ReturnType<typeof readMarkingRef>>();
  const marked = new Set<string>();
  const use = (object: StixObject) => {
    if (marked.has(object.id)) return;
    marked.add(object.id);
    for (const ref of markingRefs(object)) {
      let marking = readRefs.get(ref);
      if (!marking) readRefs.set(ref, (marking = readMarkingRef(ref, definitions)));
      if (marking.kind === 'tlp') tlp = stricter(tlp, marking.level);
      else if (marking.kind === 'statement') statements.add(marking.text);
      else unreadable.set(typeof ref === 'string' ? ref : (json(ref) ?? String(ref)), marking.reason);
    }
  };
  use(report);

  const lang = str(report.lang);
  const reportFragment = fragmentOf<ReportFragment>(report, 'report', reportProperties, REPORT_KEYS);
  const brief: Record<string, unknown> = {};
  const sections: Section[] = [];
  const keyJudgments: KeyJudgment[] = [];
  const who: string[] = [];
  const where: string[] = [];
  const groups = new Map<string, string[]>(Object.keys(GROUPS).map((group) => [group, []]));
  const bullet = (group: string, value: string | undefined) => value && groups.get(group)!.push(value);

  if (reportFragment) {
    const { sources, pdf, ...rest } = reportFragment;
    Object.assign(brief, rest, sources && { sources }, pdf && { pdf });
  } else {
    const title = text(report.name);
    if (!title) warnings.push(`${report.id} has no name: the brief's title is its id`);
    brief.title = title ?? report.id;
    const published = briefDate(report.published);
    const date = published ?? briefDate(report.created);
    if (!date) throw new StixError([`${report.id} has no publication date (published) that is a STIX timestamp`]);
    if (published === undefined)
      warnings.push(`${report.id} has no published timestamp: the brief's date is when it was created`);
    brief.date = date;
    // Revised after it was first made: `modified` later than `created`.
    const modified = briefDate(report.modified);
    if (modified && time(report.modified) > time(report.created)) brief.updated = modified;
    const [summary, ...more] = paragraphs(report.description);
    if (summary) brief.summary = summary;
    if (more.length) sections.push({ heading: 'Report', paragraphs: more });
    if (lang) brief.lang = lang;
    const tags = Array.isArray(report.labels) ? report.labels.map(text).filter(Boolean) : [];
    if (tags.length) brief.tags = tags;
    const sources = sourcesOf(report.external_references);
    if (sources.length) brief.sources = sources;
  }

  // The author.
  if (typeof report.created_by_ref === 'string') {
    const identity = byId.get(report.created_by_ref);
    if (!identity) warnings.push(`${report.id}: created_by_ref ${report.created_by_ref} is not in the input`);
    else {
      use(identity);
      const author = fragmentOf<NonNullable<Brief['author']>>(identity, 'author', authorIdentity, IDENTITY_KEYS);
      if (author) brief.author = author;
      else if (text(identity.name)) brief.author = text(identity.name);
    }
  }

  /** An object's name for a sentence, as brief text; the object's markings count. */
  const nameOf = (ref: unknown, from: StixObject) => {
    const object = typeof ref === 'string' ? byId.get(ref) : undefined;
    if (!object) {
      warnings.push(`${from.id} refers to ${typeof ref === 'string' ? ref : 'an object'}, which is not in the input`);
      return typeof ref === 'string' ? escapeInline(ref) : 'an object not in the input';
    }
    use(object);
    return text(object.name) ?? text(object.value) ?? escapeInline(object.id);
  };

  const seen = new Set<string>([report.id]);
  const refs: unknown[] = Array.isArray(report.object_refs) ? report.object_refs : [];
  const about = notesAbout.get(report.id) ?? [];
  for (const ref of [...refs, ...about.map((note) => note.id)]) {
    if (typeof ref !== 'string') {
      warnings.push(`${report.id}: object_refs holds ${json(ref)}, which is not an id`);
      continue;
    }
    if (seen.has(ref)) continue;
    seen.add(ref);
    const object = byId.get(ref);
    if (!object) {
      warnings.push(`${report.id} refers to ${ref}, which is not in the input`);
      continue;
    }
    const type = object.type;
    const name = text(object.name);
    if (NO_PLACE.has(type)) {
      warnings.push(`${ref} (${type}) has no place in a brief: left out`);
      continue;
    }
    if (object.revoked === true) {
      warnings.push(`${ref} (${type}) is revoked: left out`);
      continue;
    }
    if (type === 'location') {
      const fragment = fragmentOf<string>(object, 'name', (n) => ({ name: plainText(n) }), ['name']);
      const place =
        fragment ??
        name ??
        [
          text(object.city),
          text(object.administrative_area),
          text(countryName(object.country, lang)),
          text(words(str(object.region) ?? '')),
        ]
          .filter(Boolean)
          .join(', ');
      if (place) {
        use(object);
        where.push(place);
      } else if (typeof object.latitude === 'number' && typeof object.longitude === 'number') {
        use(object);
        where.push(`${object.latitude}, ${object.longitude}`);
      } else warnings.push(`${ref} (location) names no place: left out`);
      continue;
    }
    // The identity toStix names as the writer of a bundle that holds nothing else.
    if (type === 'identity' && isRecord(object.x_intel_brief) && object.x_intel_brief.writer === true) continue;
    if (WHO.has(type)) {
      const fragment = fragmentOf<string>(object, 'name', (n) => ({ name: plainText(n) }), ['name']);
      if (!fragment && !name) {
        warnings.push(`${ref} (${type}) has no name: left out`);
        continue;
      }
      use(object);
      who.push(fragment ?? name!);
      const aliases = Array.isArray(object.aliases) ? object.aliases.map(text).filter(Boolean) : [];
      const description = text(object.description);
      if (aliases.length || description)
        bullet(
          'actor',
          `**${name ?? fragment}** (${words(type)}${aliases.length ? `; also known as ${aliases.join(', ')}` : ''})${description ? `: ${description}` : ''}`,
        );
      continue;
    }
    if (type === 'note') {
      const judgment = fragmentOf<KeyJudgment>(object, 'keyJudgment', keyJudgmentNote, NOTE_KEYS);
      const section = fragmentOf<Section>(object, 'section', sectionNote, NOTE_KEYS);
      use(object);
      if (judgment) keyJudgments.push(judgment);
      else if (section) sections.push(section);
      else {
        const content = paragraphs(object.content);
        if (!content.length) {
          warnings.push(`${ref} (note) has no content: left out`);
        } else {
          const confidence = confidenceOf(object.confidence);
          if (confidence) content.push(`Confidence: ${confidence}.`);
          sections.push({ heading: text(object.abstract) ?? 'Note', paragraphs: content });
        }
      }
      continue;
    }
    if (type === 'opinion') {
      use(object);
      const authors = Array.isArray(object.authors) ? object.authors.map(text).filter(Boolean) : [];
      bullet(
        'opinion',
        `${typeof object.opinion === 'string' ? words(escapeInline(object.opinion)) : 'opinion'}${authors.length ? ` (${authors.join(', ')})` : ''}${text(object.explanation) ? `: ${text(object.explanation)}` : ''}`,
      );
      continue;
    }
    if (type === 'relationship') {
      use(object);
      const description = text(object.description);
      bullet(
        'relationship',
        `${nameOf(object.source_ref, object)} ${words(escapeInline(str(object.relationship_type) ?? 'related-to'))} ${nameOf(object.target_ref, object)}${description ? `: ${description}` : ''}`,
      );
      continue;
    }
    if (type === 'sighting') {
      use(object);
      const places = Array.isArray(object.where_sighted_refs)
        ? object.where_sighted_refs.map((r) => nameOf(r, object))
        : [];
      const count = typeof object.count === 'number' ? ` ${object.count} ${object.count === 1 ? 'time' : 'times'}` : '';
      bullet(
        'relationship',
        `${nameOf(object.sighting_of_ref, object)} sighted${count}${places.length ? ` by ${places.join(', ')}` : ''}`,
      );
      continue;
    }
    if (type === 'observed-data') {
      use(object);
      const things = Array.isArray(object.object_refs) ? object.object_refs.map((r) => nameOf(r, object)) : [];
      const times = [briefDate(object.first_observed), briefDate(object.last_observed)].filter(Boolean);
      bullet(
        'observed-data',
        `${things.length ? things.join(', ') : 'Observed'}${typeof object.number_observed === 'number' ? `, ${object.number_observed} ${object.number_observed === 1 ? 'time' : 'times'}` : ''}${times.length ? `, ${[...new Set(times)].join(' to ')}` : ''}`,
      );
      continue;
    }
    if (Object.hasOwn(OBSERVABLE_VALUE, type)) {
      const value = object[OBSERVABLE_VALUE[type]];
      const shown = text(Array.isArray(value) ? value.join(' ') : typeof value === 'number' ? String(value) : value);
      if (!shown) {
        warnings.push(`${ref} (${type}) has no value to show: left out`);
        continue;
      }
      use(object);
      bullet('observable', `${type}: ${shown}`);
      continue;
    }
    const group = Object.hasOwn(GROUPS, type) ? type : 'other';
    const description = text(object.description);
    if (!name && !description) {
      warnings.push(`${ref} (${type}) has neither name nor description: left out`);
      continue;
    }
    use(object);
    const details: string[] = [];
    if (group === 'other') details.push(words(escapeInline(type)));
    for (const reference of Array.isArray(object.external_references) ? object.external_references : []) {
      if (!isRecord(reference) || !KNOWN_IDS.test(String(reference.source_name))) continue;
      const externalId = text(reference.external_id);
      if (!externalId || externalId === name) continue;
      details.push(
        typeof reference.url === 'string' && LINKABLE.test(reference.url)
          ? `[${externalId}](${reference.url})`
          : externalId,
      );
    }
    for (const key of ['malware_types', 'tool_types', 'infrastructure_types', 'indicator_types'] as const) {
      if (Array.isArray(object[key]))
        details.push(
          ...(object[key] as unknown[])
            .map(text)
            .filter((t): t is string => Boolean(t))
            .map(words),
        );
    }
    if (object.is_family === true) details.push('family');
    const pattern = text(object.pattern);
    bullet(
      group,
      `**${name ?? escapeInline(words(type))}**${details.length ? ` (${details.join(', ')})` : ''}${pattern ? `: ${pattern}${str(object.pattern_type) && object.pattern_type !== 'stix' ? ` (${text(object.pattern_type)})` : ''}` : ''}${description ? `${pattern ? '. ' : ': '}${description}` : ''}`,
    );
  }

  for (const [group, bullets] of groups) if (bullets.length) sections.push({ heading: GROUPS[group], bullets });
  if (statements.size)
    sections.push({
      heading: 'Terms of use',
      paragraphs: [...statements].map(text).filter((t): t is string => Boolean(t)),
    });

  if (unreadable.size && !tlpOption)
    throw new StixError(
      [...unreadable].map(
        ([ref, reason]) =>
          `marking ${ref} cannot be read (${reason}): give the TLP level it stands for (--tlp, the tlp option) to convert`,
      ),
    );
  tlp = stricter(tlp, tlpOption);
  if (tlp) brief.tlp = tlp;
  if (keyJudgments.length) brief.keyJudgments = keyJudgments;
  if (where.length) brief.where = where;
  if (who.length) brief.who = who;
  if (sections.length) brief.sections = sections;

  // The fields in the order of the format's table.
  const ordered = Object.fromEntries(
    [
      'id',
      'kind',
      'title',
      'date',
      'updated',
      'summary',
      'tlp',
      'keyJudgments',
      'where',
      'who',
      'sections',
      'pdf',
      'sources',
      'tags',
      'author',
      'views',
      'lang',
    ]
      .filter((key) => brief[key] !== undefined)
      .map((key) => [key, brief[key]]),
  );
  // The values of a marked brief are not quoted in a message (it may go where its text may not).
  const validation = validateBrief(ordered, { quote: !tlp || tlp === 'CLEAR' });
  if (!validation.ok)
    throw new StixError(
      validation.issues.map((i) => `${report.id}: the brief would not be valid: ${i.path}: ${i.message}`),
    );
  return { brief: validation.brief, warnings };
}

/** A report's external references as the brief's sources. */
function sourcesOf(value: unknown): Source[] {
  const sources: Source[] = [];
  for (const reference of Array.isArray(value) ? value : []) {
    if (!isRecord(reference)) continue;
    const name = text(reference.source_name);
    const id = text(reference.external_id);
    const description = text(reference.description);
    const title = description ?? [name, id].filter(Boolean).join(' ');
    if (!title) continue;
    const href = str(reference.url);
    sources.push({
      title,
      ...(href && { url: href }),
      ...(description && name && name !== description && { publisher: name }),
    });
  }
  return sources;
}

/**
 * Whether a parsed JSON value is STIX, by its shape: a bundle, a list of
 * objects with a type and an id, or one such object. What `intel-brief convert`
 * and the Storybook playground go by when not told the form.
 */
export function isStix(value: unknown): boolean {
  // An object's id is `type--uuid`.
  const stixObject = (v: unknown) => isObject(v) && /^[a-z][a-z0-9-]*--/.test(v.id);
  if (Array.isArray(value)) return value.length > 0 && value.every(stixObject);
  return stixObject(value) || (isRecord(value) && value.type === 'bundle');
}
