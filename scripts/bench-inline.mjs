// Inline-text benchmark: renders 100 KB paragraphs of hostile shapes (unmatched
// or deeply nested `*`, unclosed `[`, broken links…) in a <brief-section> and
// prints each one's time next to plain text of the same length.
// Run after `npm run build`: node scripts/bench-inline.mjs [KB]   (Chromium, headless)
// `npm run bench:inline` builds first. The argument is the size (100 KB);
// BENCH_BUNDLE=build/old.js measures another copy of the bundle (under the repo).
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS, findChromium } from './browsers.mjs';

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

const server = await startDevServer({
  config: {
    rootDir: '.',
    port: 0,
    hostname: '127.0.0.1',
    watch: false,
    middleware: [(ctx, next) => (ctx.path === '/__bench.html' ? ((ctx.type = 'html'), (ctx.body = PAGE)) : next())],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
// A shape that took minutes (a regression) fails the bench instead of hanging it.
// gc() before each render: the garbage of the shape before is not timed.
const browser = await puppeteer.launch({
  executablePath: findChromium(),
  headless: true,
  args: [...CHROMIUM_FLAGS, '--js-flags=--expose-gc'],
  protocolTimeout: 120_000,
});
const page = await browser.newPage();
await page.goto(`http://127.0.0.1:${server.server.address().port}/__bench.html`, { waitUntil: 'load' });

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
    el.remove();
    return [t, elements];
  };
});
// Round after round, every shape once, so that a change in the machine's load
// shows in all shapes alike: 7 rounds after 2 warm-up rounds.
const times = Object.fromEntries(Object.keys(SHAPES).map((name) => [name, []]));
const elements = {};
for (let round = 0; round < 9; round++) {
  for (const [name, text] of Object.entries(SHAPES)) {
    const [t, n] = await page.evaluate((x) => window.renderOnce(x), text);
    if (round >= 2) times[name].push(t);
    elements[name] = n;
  }
  if (process.env.BENCH_PROGRESS) console.error(`round ${round + 1} of 9`);
}
const results = Object.fromEntries(
  Object.entries(times).map(([name, ts]) => {
    ts.sort((a, b) => a - b);
    return [name, { min: ts[0], median: ts[ts.length >> 1], elements: elements[name] }];
  }),
);

await browser.close();
await server.stop();

// The ratio uses the fastest round of each shape: on a busy machine, other
// work only ever adds time. The median is shown too.
const plain = results['plain text'].min;
const ms = (x) => `${x.toFixed(1)} ms`;
console.log(`One ${Math.round(SIZE / 1024)} KB paragraph in <brief-section>, headless Chromium, ${BUNDLE}`);
console.log('(set the text, append, update, layout; 7 rounds after 2 warm-ups, garbage collected before each):\n');
console.log(`${'shape'.padEnd(26)}${'fastest'.padStart(11)}${'median'.padStart(11)}${'× plain'.padStart(9)}${'elements'.padStart(10)}`);
let worst = 0;
for (const [name, { min, median, elements }] of Object.entries(results)) {
  const ratio = min / plain;
  if (name !== 'plain text' && !elements) worst = Math.max(worst, ratio);
  console.log(`${name.padEnd(26)}${ms(min).padStart(11)}${ms(median).padStart(11)}${ratio.toFixed(2).padStart(9)}${String(elements).padStart(10)}`);
}
console.log(`\nWorst shape that renders as text only (no elements): ${worst.toFixed(2)}× plain text (target: 2×).`);
console.log('Shapes that make elements also pay for rendering those elements (Lit templates).');
