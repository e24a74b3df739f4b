// Inline-text benchmark: renders 100 KB paragraphs of hostile shapes (unmatched
// or deeply nested `*`, unclosed `[`, broken links…) in a <brief-section> and
// prints each one's time next to plain text of the same length, and next to the
// same DOM parsed by the browser from HTML (the floor for shapes that make elements).
// Run after `npm run build`: node scripts/bench-inline.mjs [KB]   (Chromium, headless)
// `npm run bench:inline` builds first. The argument is the size (100 KB);
// BENCH_BUNDLE=build/old.js measures another copy of the bundle (under the repo).
import { launch, serve } from './bench/server.mjs';

const SIZE = Number(process.argv[2] ?? 100) * 1024;
const BUNDLE = process.env.BENCH_BUNDLE ?? 'dist/intel-brief.bundle.js';
const PAGE = `<!doctype html><html lang="en-US"><head><meta charset="utf-8">
<script type="module" src="/${BUNDLE}"></script></head><body></body></html>`;

// Each shape is the text of one paragraph, SIZE characters long.
const fill = (unit) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
const half = (SIZE - 1) / 2;
const SHAPES = {
  'plain text': fill('Lorem ipsum dolor sit amet, consectetur adipiscing elit. '),
  "'**a '": fill('**a '),
  "'*a '": fill('*a '),
  "'a* '": fill('a* '),
  "'[a'": fill('[a'),
  "'[a](b '": fill('[a](b '),
  "'[a](b'": fill('[a](b'),
  "'[a](b('": fill('[a](b('),
  "'[' then ']'": '['.repeat(SIZE / 2) + ']'.repeat(SIZE / 2),
  "'*' × n, 'a', '*' × n": '*'.repeat(Math.floor(half)) + 'a' + '*'.repeat(Math.ceil(half)),
  "'**' then '*'": '**a '.repeat(SIZE / 8) + 'b* '.repeat(SIZE / 6).slice(0, SIZE / 2),
  "' **b' then ' a*b'": ' **b'.repeat(SIZE / 8) + ' a*b'.repeat(SIZE / 8),
  "'a**b'": fill('a**b'),
  "'*a **b** c* '": fill('*a **b** c* '),
  "'[a *b*](c) '": fill('[a *b*](https://example.org/c) '),
};

const server = await serve({ '/__bench.html': PAGE });
const browser = await launch();
const page = await browser.newPage();
page.setDefaultTimeout(120_000);
await page.goto(`${server.origin}/__bench.html`, { waitUntil: 'load' });

await page.evaluate(async () => {
  await customElements.whenDefined('brief-section');
  window.renderOnce = async (text) => {
    const el = document.createElement('brief-section');
    el.heading = 'Bench';
    window.gc();
    const start = performance.now();
    el.paragraphs = [text];
    document.body.append(el);
    await el.updateComplete;
    void el.offsetHeight; // layout
    const t = performance.now() - start;
    const elements = el.shadowRoot.querySelectorAll('p *').length;
    // The floor: the same DOM (the rendered paragraph, Lit's comments left out)
    // parsed by the browser from HTML into a plain <p>, and laid out.
    const html = el.shadowRoot.querySelector('p').innerHTML.replace(/<!--[^]*?-->/g, '');
    el.remove();
    return [t, elements, await window.floor(html)];
  };
  window.floor = async (html) => {
    const p = document.createElement('p');
    p.style.cssText = 'max-inline-size: 70ch; overflow-wrap: anywhere; margin: 0';
    window.gc();
    const start = performance.now();
    p.innerHTML = html;
    document.body.append(p);
    void p.offsetHeight;
    const t = performance.now() - start;
    p.remove();
    return t;
  };
});
const times = Object.fromEntries(Object.keys(SHAPES).map((name) => [name, []]));
const floors = Object.fromEntries(Object.keys(SHAPES).map((name) => [name, []]));
const elements = {};
for (let round = 0; round < 9; round++) {
  for (const [name, text] of Object.entries(SHAPES)) {
    const [t, n, a] = await page.evaluate((x) => window.renderOnce(x), text);
    if (round >= 2) {
      times[name].push(t);
      floors[name].push(a);
    }
    elements[name] = n;
  }
  if (process.env.BENCH_PROGRESS) console.error(`round ${round + 1} of 9`);
}
const results = Object.fromEntries(
  Object.entries(times).map(([name, ts]) => {
    ts.sort((a, b) => a - b);
    return [
      name,
      { min: ts[0], median: ts[ts.length >> 1], elements: elements[name], floor: Math.min(...floors[name]) },
    ];
  }),
);

await browser.close();
await server.stop();

// The ratio uses the fastest round of each shape: on a busy machine, other
// work only ever adds time. The median is shown too.
const plain = results['plain text'].min;
const ms = (x) => `${x.toFixed(1)} ms`;
console.log(`One ${Math.round(SIZE / 1024)} KB paragraph in <brief-section>, headless Chromium, ${BUNDLE}`);
console.log('(set the text, append, update, layout; 7 rounds after 2 warm-ups, garbage collected before each).');
console.log('"floor": the same DOM parsed by the browser from HTML into a plain <p> and laid out (fastest).\n');
const cols = ['fastest', 'median', '× plain', 'floor', '× floor', 'elements'];
console.log('shape'.padEnd(26) + cols.map((c) => c.padStart(10)).join(''));
let worst = 0;
let worstFloor = 0;
for (const [name, { min, median, elements, floor }] of Object.entries(results)) {
  const ratio = min / plain;
  if (name !== 'plain text' && !elements) {
    worst = Math.max(worst, ratio);
    worstFloor = Math.max(worstFloor, min / floor);
  }
  const row = [ms(min), ms(median), ratio.toFixed(2), ms(floor), (min / floor).toFixed(2), String(elements)];
  console.log(name.padEnd(26) + row.map((c) => c.padStart(10)).join(''));
}
console.log(`\nWorst shape that renders as text only (no elements): ${worst.toFixed(2)}× plain text,`);
console.log(`${worstFloor.toFixed(2)}× the same text parsed from HTML and laid out (target: 2×).`);
console.log('Shapes that make elements also pay for rendering those elements (Lit templates).');
