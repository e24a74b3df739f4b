// `intel-brief convert`, run as users run it (`node bin/intel-brief.js convert …`, against the build):
// exit 0 done, 1 input that cannot be converted (each problem on standard error, nothing on standard
// output, no file written), 2 a usage error; warnings on standard error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const cli = (args, input) => {
  const result = spawnSync(process.execPath, ['bin/intel-brief.js', 'convert', ...args], { encoding: 'utf8', input });
  return { code: result.status, out: result.stdout, err: result.stderr };
};
const lines = (text) => text.split('\n').filter(Boolean);
const dir = mkdtempSync(join(tmpdir(), 'intel-brief-convert-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));
const file = (name, content) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};
const APT1 = 'test/fixtures/stix/apt1.json';
const apt1 = JSON.parse(readFileSync(APT1, 'utf8'));
const report = apt1.objects.find((o) => o.type === 'report');

/** A failure: the status, nothing on standard output, no stack trace. */
const fails = ({ code, out, err }, status) => {
  assert.equal(code, status, err);
  assert.equal(out, '');
  assert.doesNotMatch(err, /\n\s+at |node:internal|Error: /);
};

test('a STIX bundle, known from its content, becomes brief JSON on standard output', () => {
  const { code, out, err } = cli([APT1]);
  assert.equal(code, 0, err);
  assert.equal(err, '');
  const brief = JSON.parse(out);
  assert.equal(brief.title, "APT1: Exposing One of China's Cyber Espionage Units");
  assert.match(out, /^\{\n {2}"title"/, 'indented');
  assert.equal(cli(['-'], JSON.stringify(apt1)).out, out, 'standard input too');
  assert.equal(cli(['--from', 'stix', '-'], JSON.stringify(apt1.objects)).out, out, 'a list of objects too');
  assert.equal(cli(['-'], `\ufeff${JSON.stringify(apt1)}`).out, out, 'after a byte order mark too');
});

test('--to stix: a bundle, the same bytes each time; converted back, the same brief', () => {
  const first = cli(['briefs/port-strike-tlp-green.json', '--to', 'stix']);
  assert.equal(first.code, 0, first.err);
  assert.equal(JSON.parse(first.out).type, 'bundle');
  assert.equal(cli(['briefs/port-strike-tlp-green.json', '--to', 'stix']).out, first.out);
  const back = cli(['-'], first.out);
  assert.equal(back.code, 0, back.err);
  const { $schema, ...expected } = JSON.parse(readFileSync('briefs/port-strike-tlp-green.json', 'utf8'));
  assert.deepEqual(JSON.parse(back.out), expected);
});

test('-o writes the file, and nothing on standard output; on failure no file is written', () => {
  const out = join(dir, 'out.json');
  const ok = cli([APT1, '-o', out]);
  assert.equal(ok.code, 0, ok.err);
  assert.equal(ok.out, '');
  assert.equal(JSON.parse(readFileSync(out, 'utf8')).date, '2013-02-19');
  const missing = join(dir, 'never.json');
  fails(cli([file('broken.json', '{"type": "bundle"'), '--output', missing]), 1);
  assert.equal(existsSync(missing), false);
  const several = file('several.json', {
    ...apt1,
    objects: [...apt1.objects, { ...report, id: report.id.replace(/.$/, '0') }],
  });
  fails(cli([several, '-o', missing]), 1);
  assert.equal(existsSync(missing), false);
});

test('several reports: exit 1, each listed by id and name; --report chooses', () => {
  const other = { ...report, id: 'report--00000000-0000-4000-8000-000000000001', name: 'Another report' };
  const several = file('several2.json', { ...apt1, objects: [...apt1.objects, other] });
  const result = cli([several]);
  fails(result, 1);
  assert.deepEqual(lines(result.err), [
    `${several}: 2 reports in the input: choose one with --report (the report option):`,
    `  ${report.id} "APT1: Exposing One of China's Cyber Espionage Units"`,
    `  ${other.id} "Another report"`,
  ]);
  const chosen = cli([several, '--report', other.id]);
  assert.equal(chosen.code, 0, chosen.err);
  assert.equal(JSON.parse(chosen.out).title, 'Another report');
});

test('a marking that cannot be read: exit 1 naming it; --tlp names its level', () => {
  const marked = file('marked.json', {
    ...apt1,
    objects: apt1.objects.map((o) =>
      o.type === 'report'
        ? { ...o, object_marking_refs: ['marking-definition--00000000-0000-4000-8000-00000000beef'] }
        : o,
    ),
  });
  const refused = cli([marked]);
  fails(refused, 1);
  assert.deepEqual(lines(refused.err), [
    `${marked}: marking marking-definition--00000000-0000-4000-8000-00000000beef cannot be read (neither a TLP marking nor defined in the input): give the TLP level it stands for (--tlp, the tlp option) to convert`,
  ]);
  const given = cli([marked, '--tlp', 'TLP:AMBER+STRICT']);
  assert.equal(given.code, 0, given.err);
  assert.equal(JSON.parse(given.out).tlp, 'AMBER+STRICT');
});

test('warnings go to standard error, one a line, and the conversion succeeds', () => {
  const dangling = file('dangling.json', {
    ...apt1,
    objects: apt1.objects.map((o) =>
      o.type === 'report' ? { ...o, object_refs: [...o.object_refs, 'tool--00000000-0000-4000-8000-000000000404'] } : o,
    ),
  });
  const { code, out, err } = cli([dangling]);
  assert.equal(code, 0);
  assert.ok(JSON.parse(out).title);
  assert.deepEqual(lines(err), [
    `${dangling}: warning: ${report.id} refers to tool--00000000-0000-4000-8000-000000000404, which is not in the input`,
  ]);
});

test('brief input: unknown fields are warnings, "file: path: warning: message", and the brief converts', () => {
  const extra = file('extra.json', { title: 'x', date: '2024-04-04', draftNotes: 'internal' });
  const { code, out, err } = cli([extra, '--to', 'stix']);
  assert.equal(code, 0);
  assert.equal(JSON.parse(out).type, 'bundle');
  assert.deepEqual(lines(err), [`${extra}: draftNotes: warning: unknown field, ignored`]);
});

test('input that cannot be converted: exit 1, one line per problem', () => {
  const notJson = cli([file('not.json', 'hello')]);
  fails(notJson, 1);
  assert.match(notJson.err, /not valid JSON/);
  assert.equal(lines(notJson.err).length, 1);
  const notStix = cli(['--from', 'stix', 'briefs/minimal.json']);
  fails(notStix, 1);
  assert.deepEqual(lines(notStix.err), [
    'briefs/minimal.json: not STIX: expected a bundle, a list of STIX objects or a report',
  ]);
  const noReport = cli([file('noreport.json', { ...apt1, objects: apt1.objects.filter((o) => o.type !== 'report') })]);
  fails(noReport, 1);
  assert.match(noReport.err, /no report in the input/);
  const invalid = file('invalid.json', { title: '', date: '4/4/2024' });
  const bad = cli([invalid, '--to', 'stix']);
  fails(bad, 1);
  assert.deepEqual(lines(bad.err), [
    `${invalid}: title: expected a non-empty string, got ""`,
    `${invalid}: date: expected an ISO 8601 date like 2024-04-04, got "4/4/2024"`,
  ]);
  // The values of a marked brief are never quoted in a message.
  const secret = file('secret.json', { title: 'Secret plan', date: 'Operation Nightfall', tlp: 'RED' });
  const quiet = cli([secret]);
  fails(quiet, 1);
  assert.doesNotMatch(quiet.err, /Nightfall/);
  fails(cli([join(dir, 'nope.json')]), 1);
});

test('Markdown, known from the extension: the reference brief written in Markdown is the reference brief', () => {
  const { code, out, err } = cli(['test/fixtures/markdown/cyber-slavery-2024.md']);
  assert.equal(code, 0, err);
  assert.deepEqual(JSON.parse(out), JSON.parse(readFileSync('briefs/cyber-slavery-2024.json', 'utf8')));
  // From standard input, the form is named.
  const piped = cli(['--from', 'markdown', '-'], readFileSync('test/fixtures/markdown/cyber-slavery-2024.md', 'utf8'));
  assert.deepEqual(JSON.parse(piped.out), JSON.parse(out));
});

test('--to markdown, and back: the same brief, for every sample brief', () => {
  for (const name of ['cyber-slavery-2024', 'port-strike-tlp-green', 'minimal']) {
    const markdown = cli([`briefs/${name}.json`, '--to', 'markdown']);
    assert.equal(markdown.code, 0, markdown.err);
    assert.match(markdown.out, /^---\n/, 'front matter first');
    const back = cli(['--from', 'markdown', '-'], markdown.out);
    assert.equal(back.code, 0, back.err);
    assert.deepEqual(JSON.parse(back.out), JSON.parse(readFileSync(`briefs/${name}.json`, 'utf8')), name);
  }
});

test('Markdown that cannot be converted: exit 1, each problem as FILE:LINE:COLUMN: message', () => {
  const path = file('bad.md', '---\ndate: 4/4/2024\n---\n\n# Title\n\n## Section\n\n![image](x.png)\n');
  const result = cli([path]);
  fails(result, 1);
  assert.deepEqual(lines(result.err), [
    `${path}:2:7: date: expected an ISO 8601 date like 2024-04-04, got "4/4/2024"`,
    `${path}:9:1: an image: a brief has no images (write \\! to show a ! before a link)`,
  ]);
});

test('usage errors: exit 2', () => {
  for (const [args, message] of [
    [['--to', 'xml', 'briefs/minimal.json'], /--to must be one of brief, markdown, stix, not "xml"/],
    [['--tlp', 'purple', APT1], /--tlp must be one of clear, green, amber, amber\+strict, red, not "purple"/],
    [['--report', 'report--x', 'briefs/minimal.json'], /--report is for STIX input, and briefs\/minimal.json is brief/],
    [['a.json', 'b.json'], /convert takes one file/],
    [[], /convert needs a file/],
    [['--layout', 'card', APT1], /--layout is not an option of convert/],
  ]) {
    const result = cli(args);
    fails(result, 2);
    assert.match(result.err, message, args.join(' '));
    assert.match(result.err, /Run intel-brief --help for usage/);
  }
});
