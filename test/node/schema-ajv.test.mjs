// The published brief.schema.json against validateBrief(), run on the build.
//
// Ajv (JSON Schema 2020-12, strict mode) and the validator must give the same
// verdict on every brief, except where they are documented to differ:
//   calendar      the schema's date pattern passes a day that does not exist (2024-02-30);
//   language tag  the schema's lang pattern passes a tag Intl.getCanonicalLocales() rejects;
//   unknown keys  the schema rejects a key it does not know, the validator only warns.
// Any other disagreement fails, naming the brief and both sides' errors. Every issue's
// path must also lead to the value it names, and its message end with that value.
// Replay with another seed: SCHEMA_FUZZ_SEED=<n> node --test test/node/schema-ajv.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { validateBrief, describeValue } from '../../build/src/brief/validate.js';
import { briefJsonSchema, isCalendarDay, LIKELIHOODS, TLP_LEVELS } from '../../build/src/brief/schema.js';

const read = (file) => JSON.parse(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'));
const committed = read('brief.schema.json');
const SEED = Number(process.env.SCHEMA_FUZZ_SEED ?? 20260311);
const RUNS = 24000;

/** Compiles a schema in strict mode; returns the validator and everything Ajv logged. */
function compileStrict(schema) {
  const logged = [];
  const logger = {
    log: (...a) => logged.push(a.join(' ')),
    warn: (...a) => logged.push(a.join(' ')),
    error: (...a) => logged.push(a.join(' ')),
  };
  const ajv = new Ajv2020({ strict: true, logger });
  return { validate: ajv.compile(schema), logged };
}

const { validate: ajvValidate, logged } = compileStrict(committed);
const schemaAccepts = (value) => ajvValidate(value) === true;

test('the committed brief.schema.json is the one schema.ts builds (npm run generate)', () => {
  assert.deepEqual(committed, JSON.parse(JSON.stringify(briefJsonSchema())));
});

test('brief.schema.json compiles in Ajv 2020 strict mode with no warnings', () => {
  assert.deepEqual(logged, []);
  // Strict mode is on: a keyword without its type is refused.
  assert.throws(() => compileStrict({ properties: { a: { minItems: 1 } } }), /strict mode/);
});

test('every node of the schema has a description (the messages and the editor hover text)', () => {
  const missing = [];
  const walk = (node, where) => {
    if (!node.description) missing.push(where);
    for (const [key, child] of Object.entries(node.properties ?? {})) walk(child, `${where}/properties/${key}`);
    if (node.items) walk(node.items, `${where}/items`);
    (node.anyOf ?? []).forEach((child, i) => walk(child, `${where}/anyOf/${i}`));
  };
  walk(committed, '#');
  assert.deepEqual(missing, []);
});

// Paths into a brief: `sections[2].bullets[0]`, `pdf[""]`, `sections[0]["a.b"]`.
const FIRST = /([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;
const NEXT = /\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;

/** Reads a path back into keys (strings) and indexes (numbers); throws if it is not one. */
function parsePath(path) {
  const keys = [];
  let at = 0;
  while (at < path.length) {
    const re = keys.length ? NEXT : FIRST;
    re.lastIndex = at;
    const m = re.exec(path);
    if (!m) throw new Error(`not a path: ${path} (at ${at})`);
    keys.push(m[1] ?? (m[2] !== undefined ? Number(m[2]) : JSON.parse(m[3])));
    at = re.lastIndex;
  }
  return keys;
}

const own = (value, key) =>
  typeof key === 'number'
    ? Array.isArray(value) && key < value.length
    : value !== null && typeof value === 'object' && !Array.isArray(value) && Object.hasOwn(value, key);

/** Follows keys through a value: numbers only into lists, strings only into objects. */
function resolve(value, keys) {
  for (const key of keys) {
    if (!own(value, key)) throw new Error(`no ${JSON.stringify(key)} in ${describeValue(value)}`);
    value = value[key];
  }
  return value;
}

/** What a person sees must point at the right place and say what is there. */
function checkReport(doc, { issues, warnings }) {
  for (const { path, message } of issues) {
    const keys = parsePath(path);
    const missing = /^required field "(.*)" is missing$/.exec(message);
    if (missing) {
      const parent = resolve(doc, keys.slice(0, -1));
      assert.equal(keys.at(-1), missing[1], path);
      assert.ok(!own(parent, missing[1]), `${path} is there`);
    } else {
      assert.match(message, /^expected (?!undefined\b).+, got /, message);
      // The brief itself is named by its kind, never quoted (JSON text encoded twice is a whole brief).
      assert.ok(message.endsWith(`, got ${describeValue(resolve(doc, keys), keys.length > 0)}`), `${path}: ${message}`);
    }
  }
  for (const { path, message } of warnings) {
    assert.equal(message, 'unknown field, ignored');
    const keys = parsePath(path);
    assert.equal(typeof keys.at(-1), 'string', path);
    resolve(doc, keys);
  }
}

const datePattern = new RegExp(committed.properties.date.pattern, 'u');
const langPattern = new RegExp(committed.properties.lang.pattern, 'u');
const knownToIntl = (tag) => {
  try {
    Intl.getCanonicalLocales(tag);
    return true;
  } catch {
    return false;
  }
};

/** The documented reason the validator rejects what the schema accepted, or undefined. */
function checkOnly(doc, { path, message }) {
  let value;
  try {
    value = resolve(doc, parsePath(path));
  } catch {
    return undefined;
  }
  if (typeof value !== 'string') return undefined;
  if (message === `expected a day that exists on the calendar, got ${describeValue(value)}`) {
    return datePattern.test(value) && !isCalendarDay(value) ? 'calendar' : undefined;
  }
  if (message === `expected a BCP 47 language tag like en-GB, got ${describeValue(value)}`) {
    return langPattern.test(value) && !knownToIntl(value) ? 'language tag' : undefined;
  }
  return undefined;
}

/** Compares the two verdicts on one JSON document: 'agree: …', a documented class, or throws. */
function compare(doc) {
  const schemaOk = schemaAccepts(doc);
  const result = validateBrief(doc);
  checkReport(doc, result);
  if (schemaOk === result.ok) return result.ok ? 'agree: both accept' : 'agree: both reject';
  const why = schemaOk
    ? [...new Set(result.issues.map((issue) => checkOnly(doc, issue)))].sort().join(' + ')
    : // The schema failed only on the keys the validator dropped with a warning.
      result.warnings.length && schemaAccepts(result.brief)
      ? 'unknown keys'
      : '';
  if (why && !why.includes('undefined')) return why;
  throw new Error(
    `undocumented disagreement: schema ${schemaOk ? 'accepts' : 'rejects'}, validator ${result.ok ? 'accepts' : 'rejects'}\n` +
      `  ajv: ${JSON.stringify(ajvValidate.errors)}\n  validator: ${JSON.stringify(result.issues)}`,
  );
}

// ---------------------------------------------------------------- generators

const pad = (n, width) => String(n).padStart(width, '0');
const oneCase = (text) =>
  fc
    .array(fc.boolean(), { minLength: text.length, maxLength: text.length })
    .map((upper) => [...text].map((c, i) => (upper[i] ? c.toUpperCase() : c.toLowerCase())).join(''));

const text = fc.oneof(
  { weight: 4, arbitrary: fc.string({ minLength: 1, maxLength: 12 }).filter((s) => /\S/u.test(s)) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 8 }).filter((s) => /\S/u.test(s)) },
  { weight: 1, arbitrary: fc.constantFrom('Port strike', ' padded ', 'é', '👩‍👩‍👧', 'a\nb') },
);
const texts = fc.array(text, { maxLength: 3 });

const day = fc
  .date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const time = fc
  .tuple(
    fc.integer({ min: 0, max: 23 }),
    fc.integer({ min: 0, max: 59 }),
    fc.option(fc.tuple(fc.integer({ min: 0, max: 59 }), fc.option(fc.integer({ min: 0, max: 999999999 })))),
    fc.oneof(
      fc.constant('Z'),
      fc
        .tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
        .map(([s, h, m]) => `${s}${pad(h, 2)}:${pad(m, 2)}`),
    ),
  )
  .map(
    ([h, m, sec, zone]) =>
      `T${pad(h, 2)}:${pad(m, 2)}${sec ? `:${pad(sec[0], 2)}${sec[1] === null ? '' : `.${sec[1]}`}` : ''}${zone}`,
  );
const validDate = fc.oneof(
  day,
  fc.tuple(day, time).map(([d, t]) => d + t),
  fc.constantFrom('0001-01-01', '2024-02-29', '9999-12-31'),
);

// Shaped like a date, digits anywhere: many are not days (class calendar), some are year 0000.
const dateLike = fc
  .tuple(
    fc.oneof(
      fc.integer({ min: 0, max: 9999 }).map((y) => pad(y, 4)),
      fc.constantFrom('0000', '0001', '1900', '2000', '2023', '2024', '2100'),
    ),
    fc.integer({ min: 0, max: 99 }).map((m) => pad(m, 2)),
    fc.integer({ min: 0, max: 99 }).map((d) => pad(d, 2)),
    fc.oneof(
      { weight: 3, arbitrary: fc.constant('') },
      { weight: 2, arbitrary: time },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          'T24:00Z',
          'T06:30',
          'T06:30:60Z',
          'T6:30Z',
          ' ',
          'Z',
          'T06:30+1:00',
          'T06:30:00.Z',
          'T06:30:00.1234567890Z',
        ),
      },
    ),
  )
  .map(([y, m, d, rest]) => `${y}-${m}-${d}${rest}`);
const badDate = fc.oneof(
  dateLike,
  fc.constantFrom(
    '4/4/2024',
    '2024-1-1',
    '24-04-04',
    '+002024-04-04',
    '-0001-01-01',
    '2024-04-04 ',
    '2024/04/04',
    'today',
    '',
  ),
);

const validTlp = fc
  .tuple(fc.constantFrom('', 'TLP:', 'tlp:', 'Tlp:', 'tLP:'), fc.constantFrom(...TLP_LEVELS, 'WHITE').chain(oneCase))
  .map(([prefix, level]) => prefix + level);
const tlpLike = fc.oneof(
  validTlp,
  fc.constantFrom(
    ' amber',
    'amber ',
    'TLP: AMBER',
    'TLP-AMBER',
    'AMBER STRICT',
    'amber+ſtrict',
    'TLP:TLP:RED',
    'TLP:',
    'PURPLE',
    'whıte',
    'AMBER+',
    '+STRICT',
    'RED\n',
  ),
  fc.string({
    unit: fc.constantFrom(...'TLPtlp:+AMBERamberSTRICTstrictWHITEwhiteCLEARclearGREENgreenREDred '),
    maxLength: 16,
  }),
);

const LANGS = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/;
const validLang = fc.constantFrom(
  'en',
  'en-GB',
  'fr',
  'ar',
  'he-IL',
  'zh-Hant-TW',
  'sr-Latn-RS',
  'de-CH-1996',
  'pt-BR',
  'EN-gb',
);
const langLike = fc.oneof(
  validLang,
  fc.stringMatching(LANGS),
  fc.constantFrom('en_GB', 'x-private', 'e', '', 'en-', 'not a tag!', 'i-klingon'),
);

const hex = fc.stringMatching(/^[0-9a-fA-F]{64}$/);
const shaLike = fc.oneof(
  hex,
  hex.map((h) => h.slice(1)),
  hex.map((h) => `${h}0`),
  hex.map((h) => `g${h.slice(1)}`),
  hex.map((h) => ` ${h}`),
);
const count = (min) => fc.oneof(fc.integer({ min, max: 1e7 }), fc.constantFrom(min, 2 ** 53 - 1, 1e21));
const countLike = fc.oneof(
  count(0),
  fc.integer({ min: -5, max: 5 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(-0, 0.5, 1.0, 1e300, '1', null, true),
);

const section = fc
  .record({ heading: text, id: text, paragraphs: texts, bullets: texts }, { requiredKeys: ['heading'] })
  .filter((s) => s.paragraphs?.length || s.bullets?.length);
const pdf = fc.record(
  { href: text, name: text, size: count(0), pages: count(1), sha256: hex },
  { requiredKeys: ['href'] },
);
const source = fc.record(
  {
    title: text,
    url: text,
    publisher: text,
    date: validDate,
    reliability: fc.constantFrom(...'ABCDEF'),
    credibility: fc.integer({ min: 1, max: 6 }),
  },
  { requiredKeys: ['title'] },
);
const judgment = fc.record(
  {
    text,
    likelihood: fc.constantFrom(...Object.keys(LIKELIHOODS)),
    confidence: fc.constantFrom('low', 'moderate', 'high'),
  },
  { requiredKeys: ['text'] },
);
const validBrief = fc.record(
  {
    $schema: fc.constantFrom('https://example.org/brief.schema.json', '', './brief.schema.json'),
    title: text,
    date: validDate,
    kind: text,
    id: text,
    updated: validDate,
    summary: text,
    tlp: validTlp,
    keyJudgments: fc.array(judgment, { maxLength: 3 }),
    where: texts,
    who: texts,
    sections: fc.array(section, { maxLength: 3 }),
    pdf,
    sources: fc.array(source, { maxLength: 2 }),
    tags: texts,
    author: fc.oneof(text, fc.record({ name: text, url: text }, { requiredKeys: ['name'] })),
    views: count(0),
    lang: validLang,
  },
  { requiredKeys: ['title', 'date'] },
);

function pathsOf(value, prefix = []) {
  const out = [prefix];
  if (Array.isArray(value)) value.forEach((item, i) => out.push(...pathsOf(item, [...prefix, i])));
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) out.push(...pathsOf(item, [...prefix, key]));
  return out;
}
const clone = (value) => JSON.parse(JSON.stringify(value));
/** Changes a copy of `value` at `path`: `change(parent, key)`. */
function changeAt(value, path, change) {
  const copy = clone(value);
  if (!path.length) return change(null, null, copy);
  const parent = path.slice(0, -1).reduce((v, key) => v[key], copy);
  change(parent, path.at(-1), copy);
  return copy;
}

const ODD_KEYS = [
  '',
  ' ',
  'a.b',
  'my key',
  '0',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'titel',
  'Title',
  '$ref',
  'title ',
  '"',
  '[0]',
  'é',
];
const badValue = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.string({ maxLength: 8 }),
  fc.constantFrom('', ' ', '\u00a0', '\u200b', [], {}, [''], [{}]),
  fc.dictionary(fc.string({ maxLength: 4 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 2 }),
  fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 2 }),
  badDate,
  tlpLike,
  langLike,
  shaLike,
  countLike,
  fc.constantFrom('PURPLE', 'Likely', 'probably', 'G', 'a', 'Low', 7, 0, 'B2'),
);

// One change to a valid brief: a value replaced, a key added, a key removed.
const mutated = validBrief.chain((brief) =>
  fc.oneof(
    fc
      .tuple(fc.constantFrom(...pathsOf(brief)), badValue)
      .map(([path, bad]) => changeAt(brief, path, (parent, key) => (parent ? (parent[key] = bad) : bad))),
    fc
      .tuple(
        fc.constantFrom(
          ...pathsOf(brief).filter((p) => {
            const v = p.reduce((x, k) => x[k], brief);
            return v && typeof v === 'object' && !Array.isArray(v);
          }),
        ),
        fc.oneof(fc.constantFrom(...ODD_KEYS), fc.string({ maxLength: 6 })),
        fc.jsonValue({ maxDepth: 1 }),
      )
      .map(([path, key, extra]) =>
        changeAt(brief, [...path, key], (parent, k) =>
          Object.defineProperty(parent, k, { value: extra, enumerable: true, writable: true, configurable: true }),
        ),
      ),
    fc
      .constantFrom(...pathsOf(brief).filter((p) => typeof p.at(-1) === 'string'))
      .map((path) => changeAt(brief, path, (parent, key) => delete parent[key])),
  ),
);

// A valid brief with one field given a value from that field's own near-miss set.
const FIELDS = {
  date: badDate,
  updated: fc.oneof(badDate, validDate),
  tlp: tlpLike,
  lang: langLike,
  views: countLike,
  'pdf.size': countLike,
  'pdf.pages': countLike,
  'pdf.sha256': shaLike,
  'sources.0.date': fc.oneof(badDate, validDate),
};
const fieldFuzzed = fc
  .tuple(
    validBrief,
    fc.constantFrom(...Object.keys(FIELDS)).chain((field) => fc.tuple(fc.constant(field), FIELDS[field])),
  )
  .map(([brief, [field, value]]) => {
    const copy = clone(brief);
    const keys = field.split('.');
    if (keys[0] === 'pdf') copy.pdf ??= { href: 'a.pdf' };
    if (keys[0] === 'sources') copy.sources = [{ title: 's' }];
    keys.slice(0, -1).reduce((v, key) => v[key], copy)[keys.at(-1)] = value;
    return copy;
  });

const KEYS = [...Object.keys(committed.properties), 'colour'];
const briefShaped = fc.dictionary(fc.constantFrom(...KEYS), fc.oneof(fc.jsonValue({ maxDepth: 2 }), badValue), {
  minKeys: 1,
  maxKeys: 6,
});
const almostValid = fc.tuple(validBrief, briefShaped).map(([brief, extra]) => ({ ...brief, ...extra }));

const anyBrief = fc.oneof(
  { weight: 5, arbitrary: validBrief },
  { weight: 6, arbitrary: mutated },
  { weight: 5, arbitrary: fieldFuzzed },
  { weight: 2, arbitrary: almostValid },
  { weight: 1, arbitrary: briefShaped },
  { weight: 1, arbitrary: fc.jsonValue() },
);

// ---------------------------------------------------------------- the comparison

test(`Ajv and validateBrief() agree on ${RUNS} generated briefs, except in the documented classes`, (t) => {
  const counts = new Map();
  fc.assert(
    fc.property(anyBrief, (value) => {
      const verdict = compare(clone(value)); // exactly the JSON an author could write
      counts.set(verdict, (counts.get(verdict) ?? 0) + 1);
    }),
    { seed: SEED, numRuns: RUNS, includeErrorInReport: true },
  );
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  t.diagnostic(`seed ${SEED}: ${total} briefs`);
  for (const [verdict, n] of [...counts].sort((a, b) => b[1] - a[1])) t.diagnostic(`  ${verdict}: ${n}`);
  assert.equal(total, RUNS);
  // The mix means something: plenty of each verdict, and every documented class seen.
  for (const agree of ['agree: both accept', 'agree: both reject']) assert.ok(counts.get(agree) > RUNS * 0.25, agree);
  for (const kind of ['calendar', 'language tag', 'unknown keys'])
    assert.ok(counts.get(kind) > 50, `${kind}: ${counts.get(kind)}`);
});

test('each documented disagreement, and the rules both sides share, on known briefs', () => {
  const base = { title: 'x', date: '2024-04-04' };
  assert.equal(compare(base), 'agree: both accept');
  assert.equal(compare({ ...base, date: '2024-02-30' }), 'calendar');
  assert.equal(compare({ ...base, sources: [{ title: 's', date: '2023-02-29' }] }), 'calendar');
  assert.equal(compare({ ...base, lang: 'abcd' }), 'language tag');
  assert.equal(compare({ ...base, updated: '2024-04-31', lang: 'abcd' }), 'calendar + language tag');
  assert.equal(compare({ ...base, colour: 'red', pdf: { href: 'a.pdf', '': 1 } }), 'unknown keys');
  assert.equal(compare({ ...base, author: { name: 'n', 'my key': 1 } }), 'unknown keys');
  for (const tlp of ['amber', 'tlp:Amber+Strict', 'white', 'TLP:RED', 'Clear']) {
    assert.equal(schemaAccepts({ ...base, tlp }), true, tlp);
    assert.equal(compare({ ...base, tlp }), 'agree: both accept', tlp);
  }
  for (const tlp of ['PURPLE', ' amber', 'TLP: AMBER', 'amber+ſtrict', 'TLP:TLP:RED', 'AMBER STRICT']) {
    assert.equal(schemaAccepts({ ...base, tlp }), false, tlp);
    assert.equal(compare({ ...base, tlp }), 'agree: both reject', tlp);
  }
  for (const date of ['0000-01-01', '0000-02-29', '0000-01-01T00:00Z']) {
    assert.equal(schemaAccepts({ ...base, date }), false, date);
    assert.equal(compare({ ...base, date }), 'agree: both reject', date);
  }
  for (const date of ['0001-01-01', '0099-12-31', '9999-12-31'])
    assert.equal(compare({ ...base, date }), 'agree: both accept', date);
  assert.equal(schemaAccepts({ ...base, sections: [{ heading: 'h', paragraphs: [], bullets: [] }] }), false);
  assert.equal(schemaAccepts({ ...base, sections: [{ heading: 'h', paragraphs: [], bullets: ['b'] }] }), true);
});

test('Ajv and validateBrief() agree on every sample brief and every invalid example', () => {
  for (const name of ['cyber-slavery-2024', 'minimal', 'port-strike-tlp-green']) {
    const brief = read(`briefs/${name}.json`);
    assert.equal(compare(brief), 'agree: both accept', `${name}: ${JSON.stringify(ajvValidate.errors)}`);
  }
  const examples = read('test/fixtures/invalid-examples.json');
  assert.ok(examples.length >= 5);
  for (const { why, brief } of examples) {
    assert.equal(compare(brief), 'agree: both reject', why);
  }
});
