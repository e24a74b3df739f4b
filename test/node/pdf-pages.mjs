// Reading printed PDFs back, for the printing and PDF tests: each page's words
// with their boxes (poppler's `pdftotext -bbox`, in points), and the check
// that every page carries the TLP marking at its top and bottom.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (text) => text.replace(/&(\w+);/g, (entity, name) => ENTITIES[name] ?? entity);

/** The pages of a PDF file: `{ width, height, words: [{ x0, y0, x1, y1, text }] }`, in reading order. */
export function readPdfPages(file) {
  const run = spawnSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  assert.equal(run.status, 0, run.stderr);
  return [...run.stdout.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([^]*?)<\/page>/g)].map(
    ([, width, height, body]) => ({
      width: Number(width),
      height: Number(height),
      words: [
        ...body.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g),
      ].map(([, x0, y0, x1, y1, text]) => ({ x0: +x0, y0: +y0, x1: +x1, y1: +y1, text: decode(text) })),
    }),
  );
}

const overlaps = (a, b) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Each page's top and bottom words are `marking`, at 12 pt or more, in the
 * page's margins, and no other word lies under either.
 */
export function assertMarkedEveryPage(pages, marking) {
  pages.forEach(({ words, height }, i) => {
    const where = `page ${i + 1} of ${pages.length}`;
    assert.ok(words.length > 2, `${where} is empty`);
    const top = words.reduce((a, b) => (b.y0 < a.y0 ? b : a));
    const bottom = words.reduce((a, b) => (b.y1 > a.y1 ? b : a));
    assert.equal(top.text, marking, `${where}: the top word`);
    assert.equal(bottom.text, marking, `${where}: the bottom word`);
    for (const box of [top, bottom]) {
      // pdftotext's box spans the font's ascent and descent: about 1.36 times its size.
      assert.ok(
        box.y1 - box.y0 >= 12 * 1.3,
        `${where}: the marking is ${((box.y1 - box.y0) / 1.36).toFixed(1)} pt, under 12 pt`,
      );
      const under = words.filter((word) => word !== box && overlaps(word, box));
      assert.deepEqual(
        under.map((w) => w.text),
        [],
        `${where}: words under the marking at ${box === top ? 'the top' : 'the bottom'}`,
      );
    }
    assert.ok(top.y1 < 20 * 2.835 && bottom.y0 > height - 20 * 2.835, `${where}: the markings are in the margins`);
    // The page's text lies between them, clear of both.
    const body = words.filter((w) => w !== top && w !== bottom);
    assert.ok(
      body.every((w) => w.y0 >= top.y1 && w.y1 <= bottom.y0),
      `${where}: text above the top marking or below the bottom one`,
    );
  });
}
