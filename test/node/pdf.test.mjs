// `intel-brief/pdf`: briefs printed to PDF by headless Chromium, read back
// with poppler (`pdfinfo`, `pdftotext -bbox`): the metadata, the marking and
// the page number on every page, links and bookmarks, refusals that print
// nothing, and no page that holds only the brief's footer. Needs the build,
// Chromium and poppler-utils: without them the tests are skipped and say so.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from '../../scripts/browsers.mjs';
import { assertMarkedEveryPage, readPdfPages } from './pdf-pages.mjs';

const skip = spawnSync('pdfinfo', ['-v']).error
  ? 'pdfinfo is not installed (on Debian: apt-get install poppler-utils)'
  : !findChromium() && 'Chromium is not installed';

const read = (name) => JSON.parse(readFileSync(`briefs/${name}.json`, 'utf8'));
const reference = read('cyber-slavery-2024');
const green = read('port-strike-tlp-green');

let printer;
let dir;
let BriefPdfError;

before(async () => {
  if (skip) return;
  const pdf = await import('../../dist/pdf/index.js');
  BriefPdfError = pdf.BriefPdfError;
  printer = await pdf.openPdfPrinter({ executablePath: findChromium() });
  dir = mkdtempSync(join(tmpdir(), 'intel-brief-pdf-'));
});

after(async () => {
  await printer?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

let files = 0;
/** Prints a brief and reads it back: its `pdfinfo` fields, its pages' words, and its bytes. */
async function print(brief, options) {
  const bytes = await printer.print(brief, options);
  const file = join(dir, `${++files}.pdf`);
  writeFileSync(file, bytes);
  const run = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const info = Object.fromEntries([...run.stdout.matchAll(/^([\w ]+):\s*(.*)$/gm)].map(([, k, v]) => [k, v]));
  return { info, pages: readPdfPages(file), bytes: Buffer.from(bytes).toString('latin1') };
}

/** Takes each page's number (`2 / 5`, three words at the bottom right) off its words, checking it. */
function takePageNumbers(pages) {
  return pages.map((page, i) => {
    const where = `page ${i + 1} of ${pages.length}`;
    const corner = page.words.filter((w) => w.x0 > page.width * 0.75 && w.y0 > page.height - 20 * 2.835);
    assert.equal(corner.map((w) => w.text).join(' '), `${i + 1} / ${pages.length}`, `${where}: its number`);
    return { ...page, words: page.words.filter((w) => !corner.includes(w)) };
  });
}

const text = (pages) => pages.flatMap((p) => p.words.map((w) => w.text)).join(' ');

describe('intel-brief/pdf', () => {
  test(
    'the document information: title, author, subject (the summary), keywords (the tags); tagged',
    { skip },
    async () => {
      const { info } = await print(green, { tlpMax: 'green' });
      assert.equal(info.Title, green.title);
      assert.equal(info.Author, green.author.name ?? green.author);
      assert.equal(info.Subject, green.summary);
      assert.equal(info.Keywords, green.tags.join(', '));
      assert.equal(info.Tagged, 'yes');
      assert.match(info['Page size'], /\(A4\)/);
    },
  );

  test('letter paper when asked', { skip }, async () => {
    const { info } = await print(green, { tlpMax: 'green', paper: 'letter' });
    assert.match(info['Page size'], /\(letter\)/);
  });

  test('metadata in any script: an author with accents, quotes, parentheses and an emoji', { skip }, async () => {
    const author = 'Zoë (desk) “Q” \\ 😀 محلل';
    const { info } = await print({ ...reference, author }, {});
    assert.equal(info.Author, author);
  });

  test('a marked brief: the marking at the top and bottom of every page, and the page number', { skip }, async (t) => {
    const long = { ...green, sections: Array.from({ length: 8 }, () => green.sections).flat() };
    const { pages } = await print(long, { tlpMax: 'green' });
    t.diagnostic(`${pages.length} pages`);
    assert.ok(pages.length >= 2, 'several pages');
    assertMarkedEveryPage(takePageNumbers(pages), 'TLP:GREEN');
    // Under the first marking in the text, the handling line that TLP 2.0 asks for.
    assert.match(text(pages), /^TLP:GREEN TLP:GREEN Share within your community, not publicly\. /);
  });

  test('the reference brief: its text in reading order, bookmarks from its headings', { skip }, async () => {
    const { pages, bytes } = await print(reference, {});
    const words = text(takePageNumbers(pages));
    const at = reference.sections.map((s) => words.indexOf(s.heading));
    assert.ok(
      at.every((i) => i >= 0),
      'every heading is in the text',
    );
    assert.deepEqual(
      [...at].sort((a, b) => a - b),
      at,
      'in the order of the brief',
    );
    assert.match(bytes, /\/Outlines\s+\d+ 0 R/, 'an outline');
    assert.equal(bytes.match(/\/Parent\s+\d+ 0 R/g)?.length >= reference.sections.length, true, 'an entry per heading');
  });

  test("links that work: each source's URL", { skip }, async () => {
    const { bytes } = await print(green, { tlpMax: 'green' });
    for (const source of green.sources.filter((s) => s.url))
      assert.ok(bytes.includes(`/URI (${source.url})`), source.url);
  });

  test('a brief above tlpMax is refused, with nothing of it in the error', { skip }, async () => {
    await assert.rejects(printer.print(green), (error) => {
      assert.ok(error instanceof BriefPdfError);
      assert.equal(error.reason, 'tlp');
      assert.ok(!error.message.includes(green.title.split(' ')[0]), error.message);
      return true;
    });
  });

  test('an invalid brief is refused, naming the problem', { skip }, async () => {
    await assert.rejects(
      printer.print({ title: 'No date' }),
      (error) => error.reason === 'invalid' && /date/.test(error.message),
    );
  });

  test(
    'no page holds only the footer: the end of the brief moved over two page breaks, bullet by bullet',
    { skip },
    async (t) => {
      const counts = new Set();
      const lonely = [];
      for (let n = 12; n <= 64; n++) {
        const brief = {
          title: 'The footer stays with the text',
          date: '2024-04-04',
          tlp: 'GREEN',
          tags: ['alpha', 'beta'],
          sections: [{ heading: 'Body', bullets: Array.from({ length: n }, (_, i) => `Bullet ${i + 1} of the list.`) }],
        };
        const { pages } = await print(brief, { tlpMax: 'green' });
        counts.add(pages.length);
        const last = pages.at(-1).words.map((w) => w.text);
        if (!last.some((word) => word === 'Bullet'))
          lonely.push(`${n} bullets: the last page reads "${last.join(' ')}"`);
      }
      t.diagnostic(`page counts seen: ${[...counts].join(', ')}`);
      assert.ok(counts.size >= 3, 'the end of the brief crossed at least two page breaks');
      assert.deepEqual(lonely, []);
    },
  );
});

describe('intel-brief pdf', () => {
  const run = (...args) => spawnSync(process.execPath, ['bin/intel-brief.js', 'pdf', ...args], { encoding: 'utf8' });
  const out = () => join(dir, `cli-${++files}.pdf`);

  test('prints a brief JSON file to the PDF named by -o, in the paper asked for', { skip }, () => {
    const file = out();
    const result = run('briefs/port-strike-tlp-green.json', '-o', file, '--tlp-max', 'green', '--paper', 'letter');
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout, '');
    const info = spawnSync('pdfinfo', [file], { encoding: 'utf8' }).stdout;
    assert.match(info, new RegExp(`^Title:\\s+${green.title}$`, 'm'));
    assert.match(info, /\(letter\)/);
  });

  test('reads what convert reads: a STIX bundle from standard input', { skip }, () => {
    const stix = spawnSync(
      process.execPath,
      ['bin/intel-brief.js', 'convert', 'briefs/cyber-slavery-2024.json', '--to', 'stix'],
      {
        encoding: 'utf8',
      },
    );
    assert.equal(stix.status, 0, stix.stderr);
    const file = out();
    const result = spawnSync(process.execPath, ['bin/intel-brief.js', 'pdf', '-', '-o', file], {
      encoding: 'utf8',
      input: stix.stdout,
    });
    assert.equal(result.status, 0, result.stderr);
    assert.match(spawnSync('pdfinfo', [file], { encoding: 'utf8' }).stdout, /^Title:\s+250 Indian Citizens/m);
  });

  test('a brief above --tlp-max: exit 1, the marking named, no file written', { skip }, () => {
    const file = out();
    const result = run('briefs/port-strike-tlp-green.json', '-o', file);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /TLP:GREEN, above what may be shown \(tlp-max clear\)/);
    assert.ok(!result.stderr.includes('Dock'), 'nothing of the brief in the message');
    assert.ok(!existsSync(file), 'no file');
  });

  test('usage errors: exit 2 (no -o, a paper size that does not exist)', () => {
    assert.equal(run('briefs/minimal.json').status, 2);
    assert.equal(run('briefs/minimal.json', '-o', join(tmpdir(), 'never.pdf'), '--paper', 'a3').status, 2);
  });
});
