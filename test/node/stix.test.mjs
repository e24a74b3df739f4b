// intel-brief/stix against the build (dist/stix/index.js, `npm run build`):
// OASIS's own example reports converted and rendered by the server renderer; a
// table of marking cases, one test each; toStix's bundles against the OASIS
// STIX 2.1 JSON Schemas (vendored in test/fixtures/stix/, with their licence),
// every reference resolving; the same bytes for the same brief; and the round
// trip fromStix(toStix(brief)) for the sample briefs and generated ones.
// Replay the generated ones with STIX_FUZZ_SEED=<n>.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { fromStix, toStix, StixError, TLP1_IDS, TLP2_IDS, TLP2_EXTENSION } from '../../dist/stix/index.js';
import { uuidv5 } from '../../dist/stix/uuid.js';
import { validateBrief } from '../../build/src/brief/validate.js';
import { LIKELIHOODS } from '../../build/src/brief/schema.js';
import { renderBrief } from '../../build/src/ssr/server.js';

const read = (path) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
const SEED = Number(process.env.STIX_FUZZ_SEED ?? 20261207);

// ---------------------------------------------------------------------------
// OASIS's example reports

for (const [file, title, date] of [
  ['apt1', "APT1: Exposing One of China's Cyber Espionage Units", '2013-02-19'],
  ['poisonivy', 'Poison Ivy: Assessing Damage and Extracting Intelligence', '2013-08-21'],
]) {
  test(`OASIS's ${file} report converts, with nothing in object_refs left out, and renders on the server`, async () => {
    const bundle = read(`test/fixtures/stix/${file}.json`);
    const { brief, warnings } = fromStix(bundle);
    assert.deepEqual(warnings, []);
    assert.equal(brief.title, title);
    assert.equal(brief.date, date);
    assert.equal(brief.tlp, undefined, 'the examples carry no marking');
    const report = bundle.objects.find((o) => o.type === 'report');
    // Every referenced object is somewhere in the brief: a name in who, or a bullet.
    const everything = JSON.stringify(brief);
    for (const ref of report.object_refs) {
      const object = bundle.objects.find((o) => o.id === ref);
      const shown = object.name ?? object.relationship_type.replaceAll('-', ' ');
      assert.ok(everything.includes(JSON.stringify(shown).slice(1, -1)), `${ref} (${shown}) is in the brief`);
    }
    const html = await renderBrief(brief);
    for (const heading of brief.sections.map((s) => s.heading)) assert.match(html, new RegExp(`>${heading}<`));
    assert.match(html, /Relationships/);
    assert.ok(html.includes(title.replace("'", '&#39;')) || html.includes(title), 'the title is shown');
  });
}

test('APT1: actors in who (intrusion set, threat actors, identities), attack patterns, tools, malware and indicators as sections', () => {
  const { brief } = fromStix(read('test/fixtures/stix/apt1.json'));
  assert.ok(brief.who.includes('APT1'));
  assert.ok(brief.who.includes('Ugly Gorilla'));
  assert.ok(brief.who.includes('Wang Dong'));
  const section = (heading) => brief.sections.find((s) => s.heading === heading);
  assert.ok(section('Actors').bullets.some((b) => b.startsWith('**APT1** (intrusion set; also known as Comment Crew')));
  assert.equal(section('Tools').bullets.length, 10);
  assert.equal(section('Malware').bullets.length, 6);
  assert.equal(section('Attack patterns').bullets.length, 7);
  // An indicator's pattern, its brackets escaped so that they show as written.
  assert.ok(section('Indicators').bullets.some((b) => b.includes("\\[ipv4-addr:value = '223.166.0.0/15'\\]")));
  assert.ok(section('Relationships').bullets.includes('Ugly Gorilla uses MANITSME'));
});

test('Poison Ivy: the author from created_by_ref, CVE ids and CAPEC ids, campaigns in who', () => {
  const { brief } = fromStix(read('test/fixtures/stix/poisonivy.json'));
  assert.equal(brief.author, 'FireEye, Inc.');
  assert.ok(brief.who.includes('admin@338'));
  const vulnerabilities = brief.sections.find((s) => s.heading === 'Vulnerabilities').bullets;
  assert.ok(vulnerabilities.some((b) => b.startsWith('**CVE-2012-0158**')));
  const patterns = brief.sections.find((s) => s.heading === 'Attack patterns').bullets;
  assert.ok(patterns.some((b) => b.includes('(CAPEC-163)')));
});

// ---------------------------------------------------------------------------
// A small report to mark

const ID = (type, n) => `${type}--${uuidv5(String(n), '6ba7b810-9dad-11d1-80b4-00c04fd430c8')}`;
const T = '2024-04-04T00:00:00.000Z';
const common = (type, n, extra = {}) => ({
  type,
  spec_version: '2.1',
  id: ID(type, n),
  created: T,
  modified: T,
  ...extra,
});
/** A report referring to a malware, an indicator and a location, each with its own extra properties. */
function sample({ report = {}, malware = {}, indicator = {}, location = {}, more = [] } = {}) {
  const objects = [
    common('malware', 1, { name: 'Evil', is_family: true, description: 'Bad software.', ...malware }),
    common('indicator', 2, {
      name: 'C2',
      pattern: "[ipv4-addr:value = '10.0.0.1']",
      pattern_type: 'stix',
      valid_from: T,
      ...indicator,
    }),
    common('location', 3, { country: 'FR', ...location }),
    ...more,
  ];
  const theReport = common('report', 0, {
    name: 'Sample report',
    published: T,
    description: 'What happened.',
    object_refs: objects.filter((o) => o.type !== 'marking-definition').map((o) => o.id),
    ...report,
  });
  return { type: 'bundle', id: ID('bundle', 0), objects: [theReport, ...objects] };
}

const TLP1_BY_LEVEL = Object.fromEntries(Object.entries(TLP1_IDS).map(([id, level]) => [level, id]));
/** A marking definition under an id of its own, as TLP 1.0 defines it. */
const tlp1Object = (word) =>
  common('marking-definition', `tlp1-${word}`, {
    name: `TLP:${word.toUpperCase()}`,
    definition_type: 'tlp',
    definition: { tlp: word },
    modified: undefined,
  });
/** A marking definition under an id of its own, with the TLP 2.0 extension. */
const tlp2Object = (word) =>
  common('marking-definition', `tlp2-${word}`, {
    name: `TLP:${word.toUpperCase()}`,
    extensions: { [TLP2_EXTENSION]: { extension_type: 'property-extension', tlp_2_0: word } },
    modified: undefined,
  });
const on = (...ids) => ({ object_marking_refs: ids });

const MARKING_CASES = [
  // [name, sample options, options, expected tlp or an error matching]
  ['no marking: no tlp', {}, {}, undefined],
  ...['CLEAR', 'GREEN', 'AMBER', 'RED'].map((level) => [
    `TLP 1.0 ${level === 'CLEAR' ? 'WHITE' : level} by its standard id, on the report`,
    { report: on(TLP1_BY_LEVEL[level]) },
    {},
    level,
  ]),
  ...['white', 'green', 'amber', 'red'].map((word) => {
    const definition = tlp1Object(word);
    return [
      `TLP 1.0 ${word} by a definition object (definition_type tlp) under its own id`,
      { report: on(definition.id), more: [definition] },
      {},
      word === 'white' ? 'CLEAR' : word.toUpperCase(),
    ];
  }),
  ...Object.entries(TLP2_IDS).map(([level, id]) => [
    `TLP 2.0 ${level} by its standard id, on the report`,
    { report: on(id) },
    {},
    level,
  ]),
  ...['clear', 'green', 'amber', 'amber+strict', 'red'].map((word) => {
    const definition = tlp2Object(word);
    return [
      `TLP 2.0 ${word} by a definition object with the TLP 2.0 extension under its own id`,
      { report: on(definition.id), more: [definition] },
      {},
      word.toUpperCase(),
    ];
  }),
  [
    'several markings: GREEN on the report, AMBER on an indicator it refers to → AMBER',
    { report: on(TLP2_IDS.GREEN), indicator: on(TLP2_IDS.AMBER) },
    {},
    'AMBER',
  ],
  [
    'several markings on one object: TLP 1.0 GREEN and TLP 2.0 AMBER+STRICT → AMBER+STRICT',
    { report: on(TLP1_BY_LEVEL.GREEN, TLP2_IDS['AMBER+STRICT']) },
    {},
    'AMBER+STRICT',
  ],
  ['a marking on a location (its name enters the brief) counts', { location: on(TLP2_IDS.RED) }, {}, 'RED'],
  [
    'granular marking on the report description → that level',
    { report: { granular_markings: [{ marking_ref: TLP2_IDS.RED, selectors: ['description'] }] } },
    {},
    'RED',
  ],
  [
    'granular marking on a referenced object, whatever it selects',
    {
      report: on(TLP2_IDS.CLEAR),
      malware: { granular_markings: [{ marking_ref: TLP1_BY_LEVEL.AMBER, selectors: ['name'] }] },
    },
    {},
    'AMBER',
  ],
  [
    'a granular language marking is no TLP marking',
    { report: { granular_markings: [{ lang: 'fr', selectors: ['name'] }] } },
    {},
    undefined,
  ],
  [
    'a granular marking with neither marking_ref nor lang refuses',
    { report: { granular_markings: [{ selectors: ['name'] }] } },
    {},
    /cannot be read \(a marking reference that is not an id\)/,
  ],
  [
    'an unknown marking id refuses, naming it',
    { report: on(ID('marking-definition', 'nobody')) },
    {},
    new RegExp(`marking ${ID('marking-definition', 'nobody')} cannot be read`),
  ],
  [
    'an unknown marking with tlp AMBER → AMBER',
    { report: on(ID('marking-definition', 'nobody')) },
    { tlp: 'amber' },
    'AMBER',
  ],
  [
    'an unknown marking with tlp GREEN beside a RED one read → RED (the most restrictive)',
    { report: on(ID('marking-definition', 'nobody')), malware: on(TLP2_IDS.RED) },
    { tlp: 'TLP:GREEN' },
    'RED',
  ],
  [
    'a marking definition of a type not known here refuses, naming it and the type',
    {
      report: on(ID('marking-definition', 'acme')),
      more: [
        common('marking-definition', 'acme', {
          definition_type: 'acme',
          definition: { level: 'secret' },
          modified: undefined,
        }),
      ],
    },
    {},
    /^marking marking-definition--\S+ cannot be read \(a marking of a type not known here, definition_type "acme"\): give the TLP level/,
  ],
  [
    'a TLP 2.0 extension naming no level refuses',
    {
      report: on(ID('marking-definition', 'odd')),
      more: [
        common('marking-definition', 'odd', {
          extensions: { [TLP2_EXTENSION]: { extension_type: 'property-extension', tlp_2_0: 'purple' } },
          modified: undefined,
        }),
      ],
    },
    {},
    /cannot be read \(a TLP 2\.0 definition naming no TLP level\)/,
  ],
  [
    'a standard TLP 1.0 id whose definition object in the input says RED → RED',
    {
      report: on(TLP1_BY_LEVEL.GREEN),
      more: [{ ...tlp1Object('red'), id: TLP1_BY_LEVEL.GREEN }],
    },
    {},
    'RED',
  ],
  [
    'a marking on an object the report does not refer to does not count',
    {
      more: [common('malware', 9, { name: 'Elsewhere', is_family: true, ...on(TLP2_IDS.RED) })],
      report: { object_refs: [] },
    },
    {},
    undefined,
  ],
];

for (const [name, shape, options, expected] of MARKING_CASES) {
  test(`markings: ${name}`, () => {
    const bundle = sample(shape);
    if (shape.report?.object_refs) bundle.objects[0].object_refs = [bundle.objects[1].id];
    if (expected instanceof RegExp) {
      assert.throws(
        () => fromStix(bundle, options),
        (error) => {
          assert.ok(error instanceof StixError);
          assert.match(error.message, expected);
          return true;
        },
      );
    } else assert.equal(fromStix(bundle, options).brief.tlp, expected);
  });
}

test('markings: a statement (copyright) marking is no TLP: its text goes to the brief', () => {
  const statement = common('marking-definition', 'copyright', {
    definition_type: 'statement',
    definition: { statement: 'Copyright 2024, Example Corp' },
    modified: undefined,
  });
  const { brief } = fromStix(sample({ report: on(statement.id), more: [statement] }));
  assert.equal(brief.tlp, undefined);
  assert.deepEqual(brief.sections.at(-1), { heading: 'Terms of use', paragraphs: ['Copyright 2024, Example Corp'] });
});

test('markings: an invalid tlp option is refused', () => {
  assert.throws(
    () => fromStix(sample(), { tlp: 'black' }),
    /tlp must be one of CLEAR, GREEN, AMBER, AMBER\+STRICT, RED/,
  );
});

// ---------------------------------------------------------------------------
// Input that cannot be converted, and what has no place

test('input that is not STIX, or holds no report, is refused with one clear message', () => {
  const refuses = (input, message) =>
    assert.throws(
      () => fromStix(input),
      (error) => error instanceof StixError && message.test(error.message) && error.problems.length === 1,
    );
  refuses('{"type": "bundle", ', /^not JSON: /);
  refuses({ title: 'A brief', date: '2024-04-04' }, /^not STIX/);
  refuses([{ title: 'A brief' }], /^not STIX/);
  refuses(42, /^not STIX/);
  refuses({ type: 'bundle', id: ID('bundle', 1) }, /no list of objects/);
  refuses(
    { type: 'bundle', id: ID('bundle', 1), objects: [common('malware', 1, { name: 'x' })] },
    /^no report in the input/,
  );
});

test('several reports and no report option: refused, listing each report by id and name; the option chooses', () => {
  const one = sample();
  const other = common('report', 'other', { name: 'Other report', published: T, object_refs: [one.objects[1].id] });
  one.objects.push(other);
  assert.throws(
    () => fromStix(one),
    (error) => {
      assert.deepEqual(error.problems, [
        '2 reports in the input: choose one with --report (the report option):',
        `  ${one.objects[0].id} "Sample report"`,
        `  ${other.id} "Other report"`,
      ]);
      return true;
    },
  );
  assert.equal(fromStix(one, { report: other.id }).brief.title, 'Other report');
  assert.throws(() => fromStix(one, { report: 'report--nope' }), /no report report--nope in the input; its reports: /);
});

test('a lone report object and a plain list of objects are read as well as a bundle', () => {
  const bundle = sample();
  assert.equal(fromStix(bundle.objects).brief.title, 'Sample report');
  const { brief, warnings } = fromStix(bundle.objects[0]);
  assert.equal(brief.title, 'Sample report');
  assert.equal(warnings.length, 3, 'each referenced object is missing');
});

test('STIX 2.0 (no spec_version, report types in labels) is read too', () => {
  const report = {
    type: 'report',
    id: ID('report', 20),
    created: T,
    modified: T,
    name: 'Old',
    published: T,
    labels: ['threat-report'],
    object_refs: [ID('malware', 20)],
  };
  const malware = {
    type: 'malware',
    id: ID('malware', 20),
    created: T,
    modified: T,
    name: 'Old malware',
    labels: ['trojan'],
    object_marking_refs: [TLP1_BY_LEVEL.AMBER],
  };
  const { brief } = fromStix({ type: 'bundle', id: ID('bundle', 20), spec_version: '2.0', objects: [report, malware] });
  assert.equal(brief.tlp, 'AMBER');
  assert.deepEqual(brief.tags, ['threat-report']);
  assert.deepEqual(brief.sections, [{ heading: 'Malware', bullets: ['**Old malware**'] }]);
});

test('a dangling reference and objects with no place are warnings, each named, never a silent drop', () => {
  const bundle = sample({
    more: [
      common('language-content', 5, {
        object_ref: ID('report', 0),
        object_modified: T,
        contents: { fr: { name: 'Rapport' } },
      }),
      common('x-acme-thing', 6, {}),
    ],
  });
  bundle.objects[0].object_refs.push(ID('tool', 404));
  const { warnings } = fromStix(bundle);
  assert.deepEqual(warnings, [
    `${ID('language-content', 5)} (language-content) has no place in a brief: left out`,
    `${ID('x-acme-thing', 6)} (x-acme-thing) has neither name nor description: left out`,
    `${ID('report', 0)} refers to ${ID('tool', 404)}, which is not in the input`,
  ]);
});

test('items of the input that are not STIX objects are counted in a warning', () => {
  const bundle = sample();
  bundle.objects.push(42, { name: 'no type' });
  assert.deepEqual(fromStix(bundle).warnings, [
    '2 items of the input are not a STIX object (no type and id): left out',
  ]);
});

test('a location becomes a place in where: its country code a country name, in the report language', () => {
  assert.deepEqual(fromStix(sample()).brief.where, ['France']);
  assert.deepEqual(fromStix(sample({ report: { lang: 'de' } })).brief.where, ['Frankreich']);
  assert.deepEqual(fromStix(sample({ location: { name: 'Lyon' } })).brief.where, ['Lyon']);
  assert.deepEqual(fromStix(sample({ location: { country: undefined, region: 'eastern-europe' } })).brief.where, [
    'eastern europe',
  ]);
});

test('attack patterns show their ATT&CK ids, linked to ATT&CK; vulnerabilities their CVE ids; revoked objects are left out, saying so', async () => {
  const pattern = common('attack-pattern', 11, {
    name: 'Phishing',
    external_references: [
      { source_name: 'mitre-attack', external_id: 'T1566', url: 'https://attack.mitre.org/techniques/T1566' },
    ],
  });
  const cve = common('vulnerability', 12, {
    name: 'Office flaw',
    external_references: [{ source_name: 'cve', external_id: 'CVE-2012-0158' }],
  });
  const revoked = common('tool', 13, { name: 'Old tool', revoked: true });
  const { brief, warnings } = fromStix(sample({ more: [pattern, cve, revoked] }));
  assert.deepEqual(brief.sections.find((s) => s.heading === 'Attack patterns').bullets, [
    '**Phishing** ([T1566](https://attack.mitre.org/techniques/T1566))',
  ]);
  assert.deepEqual(brief.sections.find((s) => s.heading === 'Vulnerabilities').bullets, [
    '**Office flaw** (CVE-2012-0158)',
  ]);
  assert.deepEqual(warnings, [`${revoked.id} (tool) is revoked: left out`]);
  // Lit's comment markers left out: the link and its text.
  const html = (await renderBrief(brief)).replace(/<!--[^>]*-->/g, '');
  assert.match(html, /<a part="link" href="https:\/\/attack.mitre.org\/techniques\/T1566">T1566<\/a>/);
});

test('notes and opinions about the report become sections, even when the report does not list them', () => {
  const note = common('note', 7, {
    abstract: 'Analyst note',
    content: 'First.\n\nSecond.',
    object_refs: [ID('report', 0)],
  });
  const opinion = common('opinion', 8, {
    opinion: 'strongly-agree',
    explanation: 'Seen it too.',
    object_refs: [ID('report', 0)],
  });
  const bundle = sample({ more: [note, opinion] });
  bundle.objects[0].object_refs = bundle.objects[0].object_refs.filter(
    (id) => !id.startsWith('note') && !id.startsWith('opinion'),
  );
  const { brief, warnings } = fromStix(bundle);
  assert.deepEqual(warnings, []);
  assert.deepEqual(
    brief.sections.find((s) => s.heading === 'Analyst note'),
    { heading: 'Analyst note', paragraphs: ['First.', 'Second.'] },
  );
  assert.deepEqual(brief.sections.find((s) => s.heading === 'Opinions').bullets, ['strongly agree: Seen it too.']);
});

test('STIX text is plain text: markup characters show as written, a javascript: link is text', async () => {
  const { brief } = fromStix(
    sample({
      report: { name: '**not bold**', description: 'Click [x](javascript:alert(1)) \\o/ *now*', labels: ['[tag]'] },
      malware: { name: 'Evil_*_', description: '**really** bad' },
    }),
  );
  assert.equal(brief.title, '\\*\\*not bold\\*\\*');
  assert.equal(brief.summary, 'Click \\[x\\](javascript:alert(1)) \\\\o/ \\*now\\*');
  const html = await renderBrief(brief);
  assert.ok(html.includes('**not bold**'));
  assert.ok(html.includes('Click [x](javascript:alert(1)) \\o/ *now*'));
  assert.ok(html.includes('[tag]'));
  assert.ok(html.includes('Evil_*_'));
  assert.ok(html.includes('**really** bad'));
  assert.doesNotMatch(html, /<(strong|em)>(not bold|now|really)/);
  assert.doesNotMatch(html, /href="javascript/i);
});

// ---------------------------------------------------------------------------
// toStix: valid, resolving, deterministic

const SCHEMAS = 'test/fixtures/stix/schemas';
const BASE = 'http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/';
// The OASIS schemas are not written for Ajv's strict mode (unknown keywords,
// `\-` in patterns that are not Unicode-mode regular expressions): read as written.
const ajv = new Ajv2020({ strict: false, allErrors: true, unicodeRegExp: false });
ajv.addFormat('uri', (value) => URL.canParse(value));
for (const format of ['email', 'idn-hostname', 'idn-email', 'hostname', 'ipv4', 'ipv6', 'date-time', 'binary'])
  ajv.addFormat(format, true);
for (const folder of readdirSync(SCHEMAS))
  for (const file of readdirSync(`${SCHEMAS}/${folder}`)) ajv.addSchema(read(`${SCHEMAS}/${folder}/${file}`));
const schemaOf = (type) =>
  ajv.getSchema(
    `${BASE}${type === 'marking-definition' ? 'common' : type === 'relationship' || type === 'sighting' ? 'sros' : 'sdos'}/${type}.json`,
  );
// The bundle schema lists no location, note or opinion schema (upstream's omission):
// the envelope is checked against it with the objects of the types it lists.
const bundleSchema = ajv.getSchema(`${BASE}common/bundle.json`);
const LISTED = new Set(['report', 'identity', 'marking-definition']);

/** Problems of a bundle: objects against their types' schemas, the envelope, references that do not resolve. */
function checkBundle(bundle) {
  const problems = [];
  const ids = new Set(bundle.objects.map((o) => o.id));
  assert.equal(ids.size, bundle.objects.length, 'ids are unique');
  const envelope = { ...bundle, objects: bundle.objects.filter((o) => LISTED.has(o.type)) };
  if (!bundleSchema(envelope)) problems.push(`bundle: ${ajv.errorsText(bundleSchema.errors)}`);
  for (const object of bundle.objects) {
    const validate = schemaOf(object.type);
    if (!validate) problems.push(`${object.id}: no schema for ${object.type}`);
    else if (!validate(object)) problems.push(`${object.id}: ${ajv.errorsText(validate.errors)}`);
    for (const [key, value] of Object.entries(object)) {
      const refs = key.endsWith('_ref') ? [value] : key.endsWith('_refs') ? value : [];
      for (const ref of refs) if (!ids.has(ref)) problems.push(`${object.id}: ${key} ${ref} does not resolve`);
    }
  }
  return problems;
}

const SAMPLES = readdirSync(new URL('../../briefs/', import.meta.url))
  .filter((file) => file.endsWith('.json') && file !== 'invalid-examples.json')
  .map((file) => [file, read(`briefs/${file}`)]);

test('the vendored schemas accept OASIS examples and reject a broken object (the check can fail)', () => {
  assert.deepEqual(
    checkBundle(read('test/fixtures/stix/apt1.json')).filter((p) => !p.includes('does not resolve')),
    [],
  );
  const bundle = toStix(SAMPLES[0][1]);
  bundle.objects[0].published = '2024-04-04';
  bundle.objects[0].object_refs.push('identity--00000000-0000-4000-8000-000000000000');
  const problems = checkBundle(bundle);
  assert.ok(problems.some((p) => p.includes('published')));
  assert.ok(problems.some((p) => p.includes('does not resolve')));
});

for (const [file, brief] of SAMPLES) {
  test(`toStix(${file}): valid against the OASIS STIX 2.1 schemas, every reference resolving`, () => {
    const bundle = toStix(brief);
    assert.deepEqual(checkBundle(bundle), []);
    const report = bundle.objects.find((o) => o.type === 'report');
    assert.equal(report.name, brief.title.replace(/\*/g, ''));
    if (brief.tlp) {
      const marking = bundle.objects.find((o) => o.type === 'marking-definition');
      assert.equal(marking.id, TLP2_IDS[validateBrief(brief).brief.tlp]);
      assert.equal(marking.extensions[TLP2_EXTENSION].extension_type, 'property-extension');
      for (const object of bundle.objects.filter((o) => o.type !== 'marking-definition'))
        assert.deepEqual(object.object_marking_refs, [marking.id], object.id);
    }
  });

  test(`toStix(${file}): the same bytes every time, whatever the clock or the order of its keys`, () => {
    const once = JSON.stringify(toStix(brief));
    const shuffled = Object.fromEntries(Object.entries(brief).reverse());
    assert.equal(JSON.stringify(toStix(shuffled)), once);
    assert.equal(JSON.stringify(toStix(structuredClone(brief))), once);
    assert.doesNotMatch(once, new RegExp(new Date().toISOString().slice(0, 10)));
  });

  test(`round trip: fromStix(toStix(${file})) gives the brief back`, () => {
    const { $schema, ...expected } = validateBrief(brief).brief;
    const { brief: back, warnings } = fromStix(toStix(brief));
    assert.deepEqual(warnings, []);
    assert.deepEqual(back, expected);
  });
}

test('ids come from the brief id when it has one, else from its content', () => {
  const a = toStix({ title: 'A', date: '2024-04-04', id: 'x' });
  assert.equal(toStix({ title: 'B', date: '2024-05-05', id: 'x' }).id, a.id);
  assert.notEqual(toStix({ title: 'A', date: '2024-04-04', id: 'y' }).id, a.id);
  assert.notEqual(toStix({ title: 'A', date: '2024-04-04' }).id, toStix({ title: 'A', date: '2024-04-05' }).id);
  assert.match(a.id, /^bundle--[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  // RFC 9562's example of a version 5 UUID.
  assert.equal(
    uuidv5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8'),
    '2ed6657d-e927-568b-95e1-2665a8aea6a2',
  );
});

test('a brief with nothing but an author: the report refers to the identity that wrote the bundle, not to the author', () => {
  const brief = { title: 'a', date: '1900-01-01', author: { name: 'a' } };
  const bundle = toStix(brief);
  assert.deepEqual(checkBundle(bundle), []);
  assert.notEqual(bundle.objects[0].object_refs[0], bundle.objects[0].created_by_ref);
  assert.deepEqual(fromStix(bundle), { brief, warnings: [] });
});

test('toStix writes only http:, https: and mailto: URLs into STIX; a relative one stays in the brief text alone', () => {
  const brief = {
    title: 'a',
    date: '2024-04-04',
    sources: [
      { title: 'bad', url: 'javascript:alert(1)' },
      { title: 'relative', url: 'report.pdf' },
      { title: 'good', url: 'https://example.org/' },
    ],
  };
  const bundle = toStix(brief);
  assert.deepEqual(
    bundle.objects[0].external_references.map((r) => r.url),
    [undefined, undefined, 'https://example.org/'],
  );
  assert.deepEqual(fromStix(bundle).brief.sources, brief.sources);
});

test('a bundle whose x_intel_brief text would make an invalid brief is refused, quoting no value of a marked report', () => {
  const bundle = toStix({ title: 'Secret', date: '2024-04-04', tlp: 'RED' });
  const report = bundle.objects.find((o) => o.type === 'report');
  // Edited alike in both places: the fragment is read, and its summary is blank.
  report.x_intel_brief.report.summary = '   ';
  report.description = '   ';
  assert.throws(
    () => fromStix(bundle),
    (error) => {
      assert.ok(error instanceof StixError);
      assert.deepEqual(error.problems, [
        `${report.id}: the brief would not be valid: summary: expected a non-empty string, got a string`,
      ]);
      return true;
    },
  );
});

test("the TLP 2.0 marking toStix writes is OASIS's object, as its example publishes it", () => {
  // oasis-open/cti-stix-common-objects, extension-definition-specifications/tlp-2.0/examples/tlp-amber+strict.json
  const oasis = {
    type: 'marking-definition',
    spec_version: '2.1',
    id: 'marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003',
    created: '2022-10-01T00:00:00.000Z',
    name: 'TLP:AMBER+STRICT',
    extensions: {
      'extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d': {
        extension_type: 'property-extension',
        tlp_2_0: 'amber+strict',
      },
    },
  };
  const bundle = toStix({ title: 'a', date: '2024-04-04', tlp: 'amber+strict' });
  assert.deepEqual(
    bundle.objects.find((o) => o.type === 'marking-definition'),
    oasis,
  );
});

test('published is the date (midnight UTC a calendar day); modified, when later than created, is updated', () => {
  const at = (report) => fromStix(sample({ report })).brief;
  assert.equal(at({}).date, '2024-04-04');
  assert.equal(at({}).updated, undefined, 'modified as created: never revised');
  assert.equal(at({ published: '2024-04-04T09:30:00.123Z' }).date, '2024-04-04T09:30:00.123Z');
  assert.equal(
    at({ created: '2024-04-04T00:00:00Z', modified: '2024-04-04T00:00:00.5Z' }).updated,
    '2024-04-04T00:00:00.5Z',
  );
  assert.equal(at({ created: '2024-04-04T00:00:00.5Z', modified: '2024-04-04T00:00:00Z' }).updated, undefined);
  assert.throws(() => at({ published: 'yesterday', created: 'then' }), /has no publication date/);
});

test('of several versions of an object, the latest is read', () => {
  const bundle = sample();
  bundle.objects.push({ ...bundle.objects[1], name: 'Evil v2', modified: '2024-05-01T00:00:00.000Z' });
  bundle.objects.push({ ...bundle.objects[1], name: 'Evil v0', modified: '2024-01-01T00:00:00.000Z' });
  assert.deepEqual(fromStix(bundle).brief.sections.find((s) => s.heading === 'Malware').bullets, [
    '**Evil v2** (family): Bad software.',
  ]);
});

test('toStix refuses a brief that is not valid, naming each problem', () => {
  assert.throws(
    () => toStix({ title: '', date: '4/4/2024' }),
    (error) => {
      assert.deepEqual(error.problems, [
        'title: expected a non-empty string, got ""',
        'date: expected an ISO 8601 date like 2024-04-04, got "4/4/2024"',
      ]);
      return true;
    },
  );
});

test('what any STIX consumer reads: plain text; an object edited on a platform is read from its STIX properties', () => {
  const brief = {
    title: 'A **bold** claim',
    date: '2024-04-04',
    summary: 'See [the notice](https://example.org/n).',
    sections: [{ heading: 'Facts', paragraphs: ['One.'], bullets: ['*a*', 'b'] }],
    keyJudgments: [{ text: 'It will rain.', likelihood: 'likely', confidence: 'moderate' }],
  };
  const bundle = toStix(brief);
  const report = bundle.objects[0];
  assert.equal(report.name, 'A bold claim');
  assert.equal(report.description, 'See the notice.');
  const notes = bundle.objects.filter((o) => o.type === 'note');
  assert.deepEqual(
    notes.map((n) => [n.abstract, n.content, n.confidence]),
    [
      ['Key judgment', 'Likely (55–80%), moderate confidence: It will rain.', 50],
      ['Facts', 'One.\n\n- a\n- b', undefined],
    ],
  );
  // Edited on a platform: the x_intel_brief text no longer matches, the STIX text is read (escaped).
  report.name = 'A *revised* claim';
  notes[1].content = 'Rewritten.';
  const { brief: back } = fromStix(bundle);
  assert.equal(back.title, 'A \\*revised\\* claim');
  assert.equal(back.summary, 'See the notice.', 'the edited report is read from its properties, all of them');
  assert.deepEqual(back.sections, [{ heading: 'Facts', paragraphs: ['Rewritten.'] }]);
  assert.deepEqual(back.keyJudgments, brief.keyJudgments, 'an unedited note keeps its text');
});

// ---------------------------------------------------------------------------
// Generated briefs

const word = fc.constantFrom(
  'a',
  'intel',
  'Ünïcode',
  '東京',
  '*',
  '**',
  '[',
  ']',
  '(x)',
  '\\',
  '_',
  '`',
  '<b>',
  '&amp;',
  '😀',
  '-',
);
const phrase = fc
  .array(word, { minLength: 1, maxLength: 6 })
  .map((words) => words.join(' '))
  .filter((s) => /\S/.test(s));
const day = fc
  .record({
    y: fc.integer({ min: 1900, max: 2100 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
const date = fc.oneof(
  day,
  fc
    .tuple(day, fc.integer({ min: 0, max: 23 }), fc.constantFrom('Z', '+01:00', '-05:30'))
    .map(([d, h, zone]) => `${d}T${String(h).padStart(2, '0')}:15:00${zone}`),
);
const list = (arb) => fc.array(arb, { minLength: 1, maxLength: 3 });
const generatedBrief = fc.record(
  {
    title: phrase,
    date,
    id: fc.string({ minLength: 1 }).filter((s) => /\S/.test(s)),
    kind: phrase,
    updated: date,
    summary: phrase,
    tlp: fc.constantFrom('CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED'),
    keyJudgments: list(
      fc.record(
        {
          text: phrase,
          likelihood: fc.constantFrom(...Object.keys(LIKELIHOODS)),
          confidence: fc.constantFrom('low', 'moderate', 'high'),
        },
        { requiredKeys: ['text'] },
      ),
    ),
    where: list(fc.oneof(phrase, fc.constantFrom('France', 'India', 'Cambodia'))),
    who: list(phrase),
    sections: list(
      fc.oneof(
        fc.record({ heading: phrase, paragraphs: list(phrase) }),
        fc.record({ heading: phrase, bullets: list(phrase) }),
        fc.record({ heading: phrase, id: phrase, paragraphs: list(phrase), bullets: list(phrase) }),
      ),
    ),
    sources: list(
      fc.record(
        { title: phrase, url: fc.constantFrom('https://example.org/a', 'report.pdf'), publisher: phrase },
        { requiredKeys: ['title'] },
      ),
    ),
    tags: list(phrase),
    author: fc.oneof(
      phrase,
      fc.record({ name: phrase, url: fc.constant('https://example.org/me') }, { requiredKeys: ['name'] }),
    ),
    views: fc.nat(),
    lang: fc.constantFrom('en', 'fr-CA', 'ja'),
  },
  { requiredKeys: ['title', 'date'] },
);

test(`round trip and schema validity for generated briefs (seed ${SEED})`, () => {
  fc.assert(
    fc.property(generatedBrief, (input) => {
      const expected = validateBrief(input);
      assert.ok(expected.ok, JSON.stringify(expected.issues));
      const bundle = toStix(input);
      assert.deepEqual(checkBundle(bundle), []);
      const { brief, warnings } = fromStix(JSON.parse(JSON.stringify(bundle)));
      assert.deepEqual(warnings, []);
      assert.deepEqual(brief, expected.brief);
    }),
    { seed: SEED, numRuns: 300 },
  );
});

test(`bad input never breaks fromStix: it returns a valid brief or throws a StixError (seed ${SEED})`, (t) => {
  let converted = 0;
  const types = fc.constantFrom(
    'report',
    'malware',
    'identity',
    'location',
    'note',
    'opinion',
    'relationship',
    'sighting',
    'observed-data',
    'indicator',
    'marking-definition',
    'ipv4-addr',
    'x-custom',
  );
  const ids = fc.constantFrom(
    ...['report', 'malware', 'identity', 'location', 'note', 'marking-definition'].map((t) => ID(t, 1)),
  );
  const value = fc.oneof(
    fc.anything({ maxDepth: 2 }),
    ids,
    fc.array(ids, { maxLength: 3 }),
    fc.constantFrom(T, '2024-02-30T00:00:00Z', 'white', 'tlp', TLP2_IDS.RED, '**x**', ''),
  );
  const object = fc.record(
    {
      type: types,
      id: fc.oneof(ids, fc.string()),
      name: value,
      description: value,
      published: value,
      modified: value,
      created: value,
      object_refs: value,
      object_marking_refs: value,
      granular_markings: value,
      created_by_ref: value,
      definition_type: value,
      definition: value,
      extensions: value,
      source_ref: value,
      target_ref: value,
      country: value,
      x_intel_brief: value,
      external_references: value,
    },
    { requiredKeys: ['type', 'id'] },
  );
  // A report that mostly converts, among objects that may be anything.
  const report = fc.record(
    {
      type: fc.constant('report'),
      id: fc.constant(ID('report', 1)),
      name: fc.oneof(fc.string(), value),
      published: fc.oneof(fc.constant(T), value),
      object_refs: fc.array(ids, { maxLength: 6 }),
      object_marking_refs: fc.oneof(fc.constant([TLP2_IDS.GREEN]), value),
      description: fc.oneof(fc.string(), value),
      labels: value,
      lang: value,
    },
    { requiredKeys: ['type', 'id', 'object_refs'] },
  );
  const input = fc.oneof(
    fc.anything(),
    fc.array(object, { maxLength: 8 }),
    fc.tuple(report, fc.array(object, { maxLength: 8 })).map(([r, others]) => [r, ...others]),
    fc.tuple(report, fc.array(object, { maxLength: 8 })).map(([r, others]) => [r, ...others]),
    fc.record({ type: fc.constant('bundle'), id: fc.string(), objects: fc.array(object, { maxLength: 8 }) }),
  );
  fc.assert(
    fc.property(input, fc.option(fc.constantFrom('amber', 'red')), (stix, tlp) => {
      try {
        const { brief, warnings } = fromStix(stix, { tlp: tlp ?? undefined });
        assert.ok(validateBrief(brief).ok);
        assert.ok(warnings.every((w) => typeof w === 'string'));
        converted++;
      } catch (error) {
        if (!(error instanceof StixError)) throw error;
        assert.ok(error.problems.length > 0);
      }
    }),
    { seed: SEED, numRuns: 3000 },
  );
  t.diagnostic(`${converted} of 3000 converted, the others refused`);
  assert.ok(converted > 100, 'the generator reaches conversions');
});
