// Printing, checked on real PDFs: pages of briefs (the single-file bundle and
// intel-brief/print-marking.js) printed by Chromium
// (`page.pdf()`), their words and boxes read back with poppler's
// `pdftotext -bbox`. On every page the top and the bottom word must be the
// most restrictive TLP marking among the briefs on the page (TLP 2.0: header
// and footer of every page), at 12 pt or more, with no word under it; a page
// of unmarked briefs, or one whose marked brief was removed, prints none.
// Needs the build (`npm run build`) and `pdftotext` (Debian's poppler-utils):
// without it, the tests are skipped and say so.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from '../../scripts/browsers.mjs';
import { assertMarkedEveryPage, readPdfPages } from './pdf-pages.mjs';
import { serveAndLaunch } from './static-server.mjs';

const pdftotext = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' });
const skip = pdftotext.error
  ? 'pdftotext is not installed (on Debian: apt-get install poppler-utils)'
  : !findChromium() && 'Chromium is not installed';

const read = (name) => readFileSync(`briefs/${name}.json`, 'utf8');
const reference = JSON.parse(read('cyber-slavery-2024'));
const green = JSON.parse(read('port-strike-tlp-green'));
const minimal = JSON.parse(read('minimal'));
// A brief long enough for several pages.
const long = {
  ...green,
  tlp: 'amber+strict',
  sections: Array.from({ length: 6 }, (_, i) => ({
    ...reference.sections[i % reference.sections.length],
    id: `s${i}`,
  })),
};

const HOST = `<h1>A host page</h1><p>${'Host text that must not be covered. '.repeat(30)}</p>`;
/** A page holding the host's text and the briefs `setup` (a module script's body) creates. */
const page = (setup) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>print</title>
<script type="module" src="/dist/intel-brief.bundle.js"></script>
<script type="module" src="/dist/print-marking.js"></script></head>
<body>${HOST}
<script type="module">
  const add = (brief, attrs = {}) => {
    const el = document.createElement('intel-brief');
    el.setAttribute('tlp-max', 'red');
    for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
    el.brief = brief;
    document.body.append(el);
    return el;
  };
  ${setup}
</script>
<p>${'Host text after the briefs. '.repeat(10)}</p>
</body></html>`;

const pages = {
  mixed: page(
    `add(${JSON.stringify({ ...reference, tlp: 'RED' })}, { layout: 'card' }); add(${JSON.stringify(green)});`,
  ),
  unmarked: page(`add(${JSON.stringify(reference)}); add(${JSON.stringify(minimal)}, { layout: 'card' });`),
  long: page(`add(${JSON.stringify(long)}); add(${JSON.stringify(minimal)});`),
  // A RED brief shown, then removed before printing: the GREEN one is left.
  removed: page(`const red = add(${JSON.stringify({ ...reference, tlp: 'red' })}); add(${JSON.stringify(green)});
    await red.updateComplete; red.remove();`),
};

let browser;
let base;
let close;
let dir;

before(async () => {
  if (skip) return;
  dir = mkdtempSync(join(tmpdir(), 'intel-brief-print-'));
  ({ base, browser, close } = await serveAndLaunch({ pages }));
});

after(async () => {
  await close?.();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Prints a page to PDF (A4, Chromium's defaults) and reads back each page's words with their boxes, in points. */
async function print(name, expectedBriefs) {
  const tab = await browser.newPage();
  const problems = [];
  tab.on('pageerror', (error) => problems.push(error.message));
  await tab.goto(`${base}/page/${name}.html`, { waitUntil: 'load' });
  await tab.waitForFunction(
    (n) => {
      const briefs = [...document.querySelectorAll('intel-brief')];
      return briefs.length === n && briefs.every((el) => el.shadowRoot?.querySelector('article'));
    },
    { timeout: 60_000 },
    expectedBriefs,
  );
  // A reader's print fires beforeprint (page.pdf() does not): closed cards render their rest,
  // and the page's marking counts out the briefs removed since their last event.
  const sheets = await tab.evaluate(() => {
    dispatchEvent(new Event('beforeprint'));
    return document.adoptedStyleSheets.map((s) => [...s.cssRules].map((r) => r.cssText).join(''));
  });
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, await tab.pdf({ format: 'A4', timeout: 120_000 }));
  await tab.close();
  assert.deepEqual(problems, []);
  return { pages: readPdfPages(file), sheets };
}

describe('printing: the TLP marking on every page', () => {
  test(
    'a TLP:RED card and a TLP:GREEN brief print TLP:RED at the top and bottom of every page, over no text',
    { skip },
    async (t) => {
      const { pages, sheets } = await print('mixed', 2);
      t.diagnostic(`${pages.length} pages checked`);
      assert.ok(pages.length >= 2, `only ${pages.length} page`);
      assert.equal(sheets.filter((s) => s.includes('@page')).length, 1, 'one @page sheet');
      assertMarkedEveryPage(pages, 'TLP:RED');
      // Each brief keeps its own marking at its start and end: RED twice, GREEN twice, in the text.
      const inText = pages
        .flatMap(({ words }) => words.slice(1, -1))
        .filter((w) => w.text.startsWith('TLP:'))
        .map((w) => w.text);
      assert.deepEqual(inText, ['TLP:RED', 'TLP:RED', 'TLP:GREEN', 'TLP:GREEN']);
      // Under each brief's top marking, its handling line, and its reference in the date line:
      // the card's too, though a closed card shows neither on screen.
      const text = pages.flatMap(({ words }) => words.slice(1, -1).map((w) => w.text)).join(' ');
      assert.ok(
        text.includes('TLP:RED For its recipients only: do not share further. INTEL BRIEF'),
        'the RED card’s handling line',
      );
      assert.ok(
        text.includes('TLP:GREEN Share within your community, not publicly. FLASH'),
        'the GREEN brief’s handling line',
      );
      assert.ok(
        text.includes('Reference: cyber-slavery-2024 ·') && text.includes('Reference: ib-2026-0311 ·'),
        'the references',
      );
      // The closed card prints whole: its PDF tile (in the rest its button hides, which printing renders)
      // prints, its URL on a line of its own under the tile's text, not as a column beside it.
      const words = pages.flatMap(({ words }, page) => words.map((w) => ({ ...w, page })));
      const url = words.find((w) => w.text === '(Indian-Government-Rescues-250-Citizens.pdf)');
      const name = words.find((w) => w.text === 'Indian' && words[words.indexOf(w) + 1]?.text === 'Government');
      const action = words.find((w) => w.text === 'Download' && w.page === url?.page);
      assert.ok(url && name && action, 'the tile prints its name, action and URL');
      assert.ok(url.y0 >= action.y1 && url.x0 < name.x0, `the URL at (${url.x0}, ${url.y0}), beside the tile's text`);
      // Nothing prints TLP:GREEN in a page's margins.
      assert.ok(!pages.some(({ words }) => [words[0], words.at(-1)].some((w) => w.text === 'TLP:GREEN')));
    },
  );

  test(
    'a long brief marked TLP:AMBER+STRICT prints its marking at the top and bottom of each of its pages',
    { skip },
    async (t) => {
      const { pages } = await print('long', 2);
      t.diagnostic(`${pages.length} pages checked`);
      assert.ok(pages.length >= 3, `only ${pages.length} pages`);
      assertMarkedEveryPage(pages, 'TLP:AMBER+STRICT');
    },
  );

  test('a page of unmarked briefs prints no marking', { skip }, async (t) => {
    const { pages, sheets } = await print('unmarked', 2);
    t.diagnostic(`${pages.length} pages checked`);
    assert.deepEqual(sheets, [], 'a document-level sheet');
    for (const [i, { words }] of pages.entries()) {
      assert.deepEqual(
        words.filter((w) => w.text.startsWith('TLP')).map((w) => w.text),
        [],
        `page ${i + 1}`,
      );
    }
    assert.match(pages[0].words.map((w) => w.text).join(' '), /^A host page Host text/);
  });

  test(
    'a TLP:RED brief removed before printing leaves no TLP:RED: the page prints the GREEN left',
    { skip },
    async (t) => {
      const { pages } = await print('removed', 1);
      t.diagnostic(`${pages.length} pages checked`);
      assert.ok(!pages.some(({ words }) => words.some((w) => w.text === 'TLP:RED')), 'TLP:RED printed');
      assertMarkedEveryPage(pages, 'TLP:GREEN');
    },
  );
});
