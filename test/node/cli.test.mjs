// The `intel-brief` command, run as users run it: `node bin/intel-brief.js …`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const cli = (args, input) => {
  const result = spawnSync(process.execPath, ['bin/intel-brief.js', ...args], { encoding: 'utf8', input });
  return { code: result.status, out: result.stdout, err: result.stderr };
};
const lines = (text) => text.split('\n').filter(Boolean);

const dir = mkdtempSync(join(tmpdir(), 'intel-brief-cli-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));
const file = (name, content) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};
const reference = JSON.parse(readFileSync('briefs/cyber-slavery-2024.json', 'utf8'));

/** No stack trace, no `Error:` dump: what a person reads. */
const clean = (text) => {
  assert.doesNotMatch(text, /\n\s+at |node:internal|Error: /);
};

test('validate: valid files exit 0 and print nothing', () => {
  const { code, out, err } = cli([
    'validate',
    'briefs/cyber-slavery-2024.json',
    'briefs/minimal.json',
    'briefs/port-strike-tlp-green.json',
  ]);
  assert.equal(code, 0, err);
  assert.equal(out, '');
  assert.equal(err, '');
});

test('validate: one line per problem, "file: path: message", exit 1', () => {
  const bad = file('bad.json', {
    title: '',
    date: '4/4/2024',
    sections: [{ heading: 'h' }],
    pdf: { href: 'a.pdf', size: -1 },
  });
  const good = file('good.json', { title: 'ok', date: '2024-04-04' });
  const { code, out, err } = cli(['validate', good, bad]);
  assert.equal(code, 1);
  assert.equal(err, '');
  assert.deepEqual(lines(out), [
    `${bad}: title: expected a non-empty string, got ""`,
    `${bad}: date: expected an ISO 8601 date like 2024-04-04, got "4/4/2024"`,
    `${bad}: sections[0]: expected a section with a heading and at least one paragraph or bullet, got an object`,
    `${bad}: pdf.size: expected a whole number of bytes, got -1`,
  ]);
});

test('validate: unknown fields are warnings, and alone do not fail', () => {
  const extra = file('extra.json', {
    title: 'x',
    date: '2024-04-04',
    draftNotes: 'internal',
    sections: [{ heading: 'h', paragraphs: ['p'], colour: 'red' }],
  });
  const { code, out } = cli(['validate', extra]);
  assert.equal(code, 0);
  assert.deepEqual(lines(out), [
    `${extra}: draftNotes: warning: unknown field, ignored`,
    `${extra}: sections[0].colour: warning: unknown field, ignored`,
  ]);
});

test('validate: missing files, directories, broken JSON and the wrong shape each get one line', () => {
  const broken = file('broken.json', '{ "title": ');
  const empty = file('empty.json', '  ');
  const html = file('page.json', '<!doctype html><title>404</title>');
  const { code, out, err } = cli([
    'validate',
    join(dir, 'nope.json'),
    dir,
    broken,
    empty,
    html,
    'test/fixtures/invalid-examples.json',
  ]);
  assert.equal(code, 1);
  assert.equal(err, '');
  const got = lines(out);
  assert.equal(got.length, 6, out);
  assert.equal(got[0], `${join(dir, 'nope.json')}: no such file`);
  assert.equal(got[1], `${dir}: is a directory, not a file`);
  assert.match(got[2], new RegExp(`^${broken}: not valid JSON: `));
  assert.equal(got[3], `${empty}: empty`);
  assert.match(got[4], /page.json: not valid JSON \(it looks like an HTML page\): /);
  assert.equal(
    got[5],
    'test/fixtures/invalid-examples.json: expected a brief: an object with a title and a date, got a list',
  );
  clean(out);
});

test('validate --json: the same, for machines', () => {
  const bad = file('bad2.json', { title: 'x', date: 'soon', extra: 1 });
  const { code, out } = cli(['validate', '--json', 'briefs/minimal.json', bad, join(dir, 'missing.json')]);
  assert.equal(code, 1);
  assert.deepEqual(JSON.parse(out), [
    { file: 'briefs/minimal.json', valid: true, issues: [], warnings: [] },
    {
      file: bad,
      valid: false,
      issues: [{ path: 'date', message: 'expected an ISO 8601 date like 2024-04-04, got "soon"' }],
      warnings: [{ path: 'extra', message: 'unknown field, ignored' }],
    },
    { file: join(dir, 'missing.json'), valid: false, issues: [{ path: '', message: 'no such file' }], warnings: [] },
  ]);
  assert.equal(cli(['validate', '--json', 'briefs/minimal.json']).code, 0);
});

test('validate -: reads standard input', () => {
  assert.deepEqual(cli(['validate', '-'], JSON.stringify(reference)), { code: 0, out: '', err: '' });
  const { code, out } = cli(['validate', '-'], '{"title":"x"}');
  assert.equal(code, 1);
  assert.equal(out, '<stdin>: date: required field "date" is missing\n');
});

test('render: server-rendered HTML of the brief on stdout', () => {
  const { code, out, err } = cli(['render', 'briefs/cyber-slavery-2024.json']);
  assert.equal(code, 0, err);
  assert.match(out, /^<intel-brief lang="en" layout="full"><template shadowroot="open" shadowrootmode="open"><style>/);
  assert.match(out, /250 Indian Citizens Rescued From “Cyber-Slavery”/);
  assert.match(out, /Download PDF • 2.69 MB/);
  assert.match(out, /<script type="application\/json">\{"id":"cyber-slavery-2024"/);
  assert.match(out, /<\/intel-brief>\n$/);
});

test('render: options reach the element', () => {
  const { code, out } = cli([
    'render',
    '--layout',
    'card',
    '--lang',
    'de',
    '--heading-level',
    '3',
    '--date-style',
    'long',
    '--tlp-max',
    'TLP:AMBER',
    'briefs/port-strike-tlp-green.json',
  ]);
  assert.equal(code, 0);
  assert.match(out, /^<intel-brief layout="card" lang="de" tlp-max="amber" heading-level="3" date-style="long">/);
  assert.match(out, /<h3 id="ib-title"/);
  assert.match(out, /11\. März 2026 \(UTC\)/);
  const noJson = cli(['render', '--no-json', 'briefs/minimal.json']);
  assert.doesNotMatch(noJson.out, /application\/json/);
});

test('render -: reads standard input', () => {
  const { code, out } = cli(['render', '-'], JSON.stringify({ title: 'From stdin', date: '2024-04-04' }));
  assert.equal(code, 0);
  assert.match(out, /From stdin/);
});

test('render: a brief above --tlp-max is refused, and nothing of it is printed', () => {
  for (const args of [
    ['briefs/port-strike-tlp-green.json'],
    ['--tlp-max', 'clear', 'briefs/port-strike-tlp-green.json'],
  ]) {
    const { code, out, err } = cli(['render', ...args]);
    assert.equal(code, 1);
    assert.equal(out, '');
    assert.equal(
      err,
      'intel-brief: briefs/port-strike-tlp-green.json: marked TLP:GREEN, above --tlp-max clear: not rendered\n',
    );
  }
});

test('render: bad input is one clear message and exit 1, never a stack trace', () => {
  const cases = [
    [[join(dir, 'none.json')], /^intel-brief: .*none.json: no such file\n$/],
    [[file('broken2.json', '{')], /^intel-brief: .*broken2.json: not valid JSON: /],
    [
      ['test/fixtures/invalid-examples.json'],
      /^intel-brief: test\/fixtures\/invalid-examples.json is not a valid brief:\ntest\/fixtures\/invalid-examples.json: expected a brief/,
    ],
    [
      [file('invalid.json', { title: 'x', date: 'soon' })],
      /is not a valid brief:\n.*invalid.json: date: expected an ISO 8601 date like 2024-04-04, got "soon"\n$/,
    ],
  ];
  for (const [args, message] of cases) {
    const { code, out, err } = cli(['render', ...args]);
    assert.equal(code, 1, args.join(' '));
    assert.equal(out, '');
    assert.match(err, message);
    clean(err);
  }
});

test('usage errors exit 2 with one message and a pointer to --help', () => {
  const cases = [
    [[], /no command/],
    [['frob'], /unknown command "frob"/],
    [['render', '--bogus', 'x.json'], /Unknown option '--bogus'/],
    [['render'], /render needs a file/],
    [['render', 'a.json', 'b.json'], /render takes one file/],
    [['render', '--layout', 'wide', 'briefs/minimal.json'], /--layout must be one of full, card, not "wide"/],
    [['render', '--tlp-max', 'purple', 'briefs/minimal.json'], /--tlp-max must be one of/],
    [['render', '--heading-level', '9', 'briefs/minimal.json'], /--heading-level must be 1 to 6/],
    [['render', '--lang', 'not a tag', 'briefs/minimal.json'], /--lang must be a language tag/],
    [['render', '--json-ld', 'briefs/minimal.json'], /--json-ld needs --page/],
    [['render', '--layout'], /--layout/],
    [['validate'], /validate needs at least one file/],
    [['validate', '--page', 'briefs/minimal.json'], /--page is not an option of validate/],
  ];
  for (const [args, message] of cases) {
    const { code, out, err } = cli(args);
    assert.equal(code, 2, `${args.join(' ')}: ${err}`);
    assert.equal(out, '');
    assert.match(err, message, args.join(' '));
    assert.match(err, /Run intel-brief --help for usage\.\n$/);
    assert.equal(lines(err).length, 2, err);
    clean(err);
  }
});

test('--help and --version', () => {
  const help = cli(['--help']);
  assert.equal(help.code, 0);
  assert.match(help.out, /^Usage: intel-brief <command> \[options\]/);
  for (const word of [
    'validate',
    'render',
    '--json',
    '--layout',
    '--lang',
    '--tlp-max',
    '--page',
    '--json-ld',
    '--hydrate',
    'Exit status',
  ])
    assert.ok(help.out.includes(word), word);
  assert.equal(cli(['-h']).out, help.out);
  assert.equal(cli(['--version']).out, `${JSON.parse(readFileSync('package.json', 'utf8')).version}\n`);
});

test('render --page: a standalone page with title, description, Open Graph, JSON-LD and the hydration script', () => {
  const brief = file('page-brief.json', {
    ...reference,
    summary: 'Rescued </script><script>alert(1)</script> from **cyber-slavery**.',
    tags: ['trafficking', 'cybercrime'],
    author: { name: 'Desk <Asia>', url: 'https://example.org/desk' },
    updated: '2024-04-05T10:00:00Z',
  });
  const { code, out, err } = cli([
    'render',
    '--page',
    '--json-ld',
    '--hydrate',
    '/js/intel-brief.ssr.bundle.js',
    '--url',
    'https://example.org/b/1.html',
    brief,
  ]);
  assert.equal(code, 0, err);
  assert.match(out, /^<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">/);
  assert.match(out, /<title>250 Indian Citizens Rescued From “Cyber-Slavery”<\/title>/);
  assert.match(
    out,
    /<meta name="description" content="Rescued &lt;\/script&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt; from cyber-slavery.">/,
  );
  assert.match(out, /<meta property="og:title" content="250 Indian Citizens Rescued From “Cyber-Slavery”">/);
  assert.match(out, /<meta property="og:type" content="article">/);
  assert.match(out, /<meta property="og:url" content="https:\/\/example.org\/b\/1.html">/);
  assert.match(out, /<meta property="article:tag" content="cybercrime">/);
  assert.match(out, /<script type="module" src="\/js\/intel-brief.ssr.bundle.js"><\/script>/);
  assert.equal(out.match(/<script>alert/g), null, 'no script from the data');
  const ld = JSON.parse(/<script type="application\/ld\+json">([^]*?)<\/script>/.exec(out)[1]);
  assert.equal(ld['@type'], 'Report');
  assert.equal(ld.headline, reference.title);
  assert.equal(ld.datePublished, '2024-04-04');
  assert.equal(ld.dateModified, '2024-04-05T10:00:00Z');
  assert.deepEqual(ld.author, { '@type': 'Person', name: 'Desk <Asia>', url: 'https://example.org/desk' });
  assert.equal(ld.keywords, 'trafficking, cybercrime');
  assert.equal(ld.inLanguage, 'en');
  assert.equal(ld.description, 'Rescued </script><script>alert(1)</script> from cyber-slavery.');
  assert.match(out, /<main>\n<intel-brief [^]*<\/intel-brief>\n<\/main>/);
  // Without --json-ld and --hydrate: neither.
  const plain = cli(['render', '--page', 'briefs/minimal.json']);
  assert.equal(plain.code, 0);
  assert.doesNotMatch(plain.out, /ld\+json|type="module"/);
  assert.match(plain.out, /<title>Border crossing reopened<\/title>/);
});

test('render --lang: the labels of a language the package has a module for, its dates and counts too', () => {
  const fr = cli(['render', 'briefs/cyber-slavery-2024.json', '--lang', 'fr-CA']);
  assert.equal(fr.code, 0, fr.err);
  for (const label of ['>Où<', '>Acteurs concernés<', '44 vues']) assert.ok(fr.out.includes(label), label);
  assert.ok(!fr.out.includes('>Where<'));
  // A brief in French renders with French labels without --lang.
  const french = file('french.json', { title: 'Note', date: '2024-04-04', where: ['Lyon'], lang: 'fr' });
  assert.ok(cli(['render', french]).out.includes('>Où<'));
  // A language with no module: English labels, Swedish dates.
  const sv = cli(['render', 'briefs/cyber-slavery-2024.json', '--lang', 'sv']);
  assert.equal(sv.code, 0, sv.err);
  assert.ok(sv.out.includes('>Where<'));
  assert.match(sv.out, /4 apr\. 2024/);
});
