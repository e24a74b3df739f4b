/**
 * The brief format, version 1, in one place: this file builds the JSON Schema
 * (published as `brief.schema.json`, so editors check briefs as authors type),
 * the TypeScript types are inferred from the same builders, and `validate.ts`
 * checks values against the same objects.
 *
 * Why not a schema library: even a small one, with this schema and its
 * messages, weighs a large share of the single-file bundle. The builders below
 * emit plain JSON Schema (no `eval`, so strict CSP is fine), carry their types
 * at compile time only, and the checker in `validate.ts` is the small subset of
 * JSON Schema used here.
 *
 * Each node's `description` says what a valid value is; it is both the hover
 * text in editors and the first half of a validation message
 * (`expected an ISO 8601 date like 2024-04-04, got "4/4/2024"`).
 *
 * The published schema and `validateBrief()` accept the same briefs, except:
 * a date must also be a day on the calendar and `lang` a tag `Intl` knows
 * (checks JSON Schema cannot express), and an unknown key fails the schema
 * (it catches typos in editors) but is only a warning for the elements
 * (forward compatible). `test/node/schema-ajv.test.mjs` checks this with Ajv.
 */
import { languageTag } from './format.js';
import { parseTlp, TLP_LEVELS, type TlpLevel, type TlpMarking } from './tlp.js';

export { parseTlp, TLP_LEVELS, type TlpLevel, type TlpMarking };

/** A JSON Schema node of the subset the checker understands. */
export interface SchemaNode {
  type?: 'string' | 'integer' | 'array' | 'object';
  description?: string;
  pattern?: string;
  enum?: readonly (string | number)[];
  minimum?: number;
  items?: SchemaNode;
  properties?: Record<string, SchemaNode>;
  required?: readonly string[];
  additionalProperties?: boolean;
  anyOf?: readonly SchemaNode[];
  minItems?: number;
  /**
   * Not serialised: a check JSON Schema cannot express (a real calendar day),
   * run on a string before `pattern`. Returns what the value should have been
   * when it fails (the message then names the problem precisely), else nothing.
   */
  readonly check?: (value: string) => string | undefined;
  /** Not serialised: turns the accepted spelling of a valid string into the canonical one. */
  readonly map?: (value: string) => unknown;
}

/**
 * A node that also carries, for the compiler only, the type of the value it
 * accepts as input (`I`) and the type `validateBrief()` returns for it (`T`).
 */
export type Schema<T, I = T> = SchemaNode & { readonly __type?: T; readonly __input?: I };
export type Infer<S> = S extends { readonly __type?: infer T } ? T : never;
export type InferInput<S> = S extends { readonly __input?: infer I } ? I : never;

/** Attaches a value to a node without it reaching the published JSON. */
const hook = <T extends SchemaNode>(node: T, name: 'check' | 'map', value: SchemaNode[typeof name]): T =>
  Object.defineProperty(node, name, { value });

// Nodes used as they are, shared by every field of their kind (the JSON repeats them in place).
const text: Schema<string> = { type: 'string', pattern: '\\S', description: 'a non-empty string' };
const list = <T>(items: Schema<T>, description = 'a list'): Schema<T[]> => ({ type: 'array', items, description });
const int = (unit: string, minimum = 0): Schema<number> => ({
  type: 'integer',
  minimum,
  description: `a whole number of ${unit}`,
});
const oneOf = <const T extends readonly (string | number)[]>(values: T, description?: string): Schema<T[number]> => ({
  enum: values,
  description: description ?? `one of ${values.join(', ')}`,
});
const object = <P extends Record<string, SchemaNode>, R extends keyof P & string = never>(
  description: string,
  properties: P,
  required: readonly R[] = [],
): Schema<
  { [K in R]: Infer<P[K]> } & { [K in Exclude<keyof P, R>]?: Infer<P[K]> },
  { [K in R]: InferInput<P[K]> } & { [K in Exclude<keyof P, R>]?: InferInput<P[K]> }
> => ({
  type: 'object',
  description,
  properties,
  required,
  additionalProperties: false,
});

/**
 * `YYYY-MM-DD` from year 0001 (0000 is 1 BC in ISO 8601), optionally followed by
 * a time and a UTC offset (or `Z`). No lookahead, so every JSON Schema tool reads it.
 */
const ISO_DATE =
  '^(000[1-9]|00[1-9]\\d|0[1-9]\\d{2}|[1-9]\\d{3})-(\\d{2})-(\\d{2})(T([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d(\\.\\d{1,9})?)?(Z|[+-]([01]\\d|2[0-3]):[0-5]\\d))?$';

/** True when the `YYYY-MM-DD` at the start of an ISO value is a day that exists (engines roll 30 February over, or refuse it). */
export function isCalendarDay(value: string): boolean {
  const [year, month, day] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
  // Day 0 of the next month is the last of this one (a year below 100 reads as 19xx: the same leap years).
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const isoDate: Schema<string> = hook(
  { type: 'string', pattern: ISO_DATE, description: 'an ISO 8601 date like 2024-04-04' },
  'check',
  (value) =>
    // Only values shaped like a date; the pattern describes the rest.
    !/^\d{4}-\d\d-\d\d/.test(value)
      ? undefined
      : value.startsWith('0000')
        ? 'a date from 0001-01-01 on'
        : isCalendarDay(value)
          ? undefined
          : 'a day that exists on the calendar',
);

/** `amber` → `[Aa][Mm][Bb][Ee][Rr]`: JSON Schema patterns take no flags. */
const anyCase = (text: string) => text.replace(/\w/g, (c) => `[${c}${c.toLowerCase()}]`).replace('+', '\\+');

// The ASCII spellings parseTlp() reads, without surrounding spaces; the validator maps them with it.
const tlp = hook(
  {
    type: 'string',
    pattern: `^(${anyCase('TLP:')})?(${[...TLP_LEVELS, 'WHITE'].map(anyCase).join('|')})$`,
    description: `a TLP marking: ${TLP_LEVELS.join(', ')} (any case, TLP: optional)`,
  },
  'map',
  parseTlp,
) as Schema<TlpLevel, TlpMarking>;

/** ICD 203 expressions of likelihood, with their ranges in percent. */
export const LIKELIHOODS = {
  'almost no chance': [1, 5],
  'very unlikely': [5, 20],
  unlikely: [20, 45],
  'roughly even chance': [45, 55],
  likely: [55, 80],
  'very likely': [80, 95],
  'almost certain': [95, 99],
} as const;
export type Likelihood = keyof typeof LIKELIHOODS;

const LIKELIHOOD_TERMS = Object.keys(LIKELIHOODS) as Likelihood[];

const LANGUAGE_TAG = 'a BCP 47 language tag like en-GB';

// Typed nodes of one field each: their types are what object() infers the brief's from.
const schemaUrl: Schema<string> = { type: 'string', description: "a URL of the brief's JSON Schema" };
const sha256: Schema<string> = { type: 'string', pattern: '^[0-9a-fA-F]{64}$', description: '64 hex digits' };
const author: Schema<string | { name: string; url?: string }> = {
  description: 'a name, or an object with a name',
  anyOf: [text, object('an author with a name', { name: text, url: text }, ['name'])],
};
const lang: Schema<string> = hook(
  { type: 'string', pattern: '^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$', description: LANGUAGE_TAG },
  'check',
  (tag) => (languageTag(tag) ? undefined : LANGUAGE_TAG),
);

const texts = list(text, 'a list of non-empty strings');

const section = object(
  'a section with a heading and at least one paragraph or bullet',
  { heading: text, id: text, paragraphs: texts, bullets: texts },
  ['heading'],
);
// At least one of paragraphs and bullets, non-empty.
section.anyOf = ['paragraphs', 'bullets'].map((key) => ({
  description: `a section with ${key}`,
  required: [key],
  properties: { [key]: { type: 'array', minItems: 1, description: 'a non-empty list' } },
}));

/** The brief format, version 1. */
export const BriefSchema = object(
  'a brief: an object with a title and a date',
  {
    $schema: schemaUrl,
    title: text,
    date: isoDate,
    kind: text,
    id: text,
    updated: isoDate,
    summary: text,
    tlp,
    keyJudgments: list(
      object(
        'a key judgment with a text',
        {
          text: text,
          likelihood: oneOf(LIKELIHOOD_TERMS, `an ICD 203 likelihood term: ${LIKELIHOOD_TERMS.join(', ')}`),
          confidence: oneOf(['low', 'moderate', 'high']),
        },
        ['text'],
      ),
    ),
    where: texts,
    who: texts,
    sections: list(section),
    pdf: object(
      'an attachment with an href',
      {
        href: text,
        name: text,
        size: int('bytes'),
        pages: int('pages', 1),
        sha256,
      },
      ['href'],
    ),
    sources: list(
      object(
        'a source with a title',
        {
          title: text,
          url: text,
          publisher: text,
          date: isoDate,
          reliability: oneOf(['A', 'B', 'C', 'D', 'E', 'F'], 'an Admiralty reliability grade, A to F'),
          credibility: oneOf([1, 2, 3, 4, 5, 6], 'an Admiralty credibility grade, 1 to 6'),
        },
        ['title'],
      ),
    ),
    tags: texts,
    author,
    views: int('views'),
    lang,
  },
  ['title', 'date'],
);

/** A valid brief, as `validateBrief()` returns it (TLP normalised, unknown keys dropped). */
export type Brief = Infer<typeof BriefSchema>;
/** A brief as authors may write it: the same as `Brief`, but `tlp` in any spelling `validateBrief()` reads. */
export type BriefInput = InferInput<typeof BriefSchema>;
export type Section = NonNullable<Brief['sections']>[number];
export type Attachment = NonNullable<Brief['pdf']>;
export type Source = NonNullable<Brief['sources']>[number];
export type KeyJudgment = NonNullable<Brief['keyJudgments']>[number];
export type Author = NonNullable<Brief['author']>;

/** The published JSON Schema document. */
export const briefJsonSchema = () => ({
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'Intel brief (format version 1)',
  ...BriefSchema,
});
