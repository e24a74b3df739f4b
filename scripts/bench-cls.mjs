// Layout shift (issue 12): a page with text below an <intel-brief src=…> whose
// response comes late. While loading, the element reserves a fixed height
// (--intel-brief-loading-height: 24rem, cards 14rem); when a longer brief
// arrives, everything below it moves. Prints the cumulative layout shift
// (Layout Instability API: the sum of `layout-shift` values without recent
// input) for the reference brief, full and card, on a desktop and a phone
// viewport, with no size hint and with the hints a page can give today:
//   loading-height  style="--intel-brief-loading-height: <the brief's height>"
//   min-height      style="display: block; min-height: <height>" on the element:
//                   holds before the element is defined too (an undefined
//                   element is inline, 0 px tall), and stays a floor after
//   ciz             style="contain-intrinsic-block-size: <height>; content-visibility: auto"
//   rough           loading-height rounded down to a multiple of 10rem (a guess)
//   +rule           loading-height, and in the page's CSS
//                   `intel-brief:not(:defined) { display: block; min-height: var(--intel-brief-loading-height, 24rem) }`
//                   so that the same knob also holds before the element is defined
// The sequence is made the same on every load, whatever the machine's load:
// the page paints, then the bundle is imported (the element upgrades and
// paints its skeleton), then the brief is answered DELAY ms after that paint.
// Run after `npm run build`: node scripts/bench-cls.mjs [--delay 300] [--runs 3] [--verbose]
import { launch, serve } from './bench/server.mjs';

const args = process.argv.slice(2);
const delayAt = args.indexOf('--delay');
const DELAY = delayAt >= 0 ? Number(args[delayAt + 1]) : 300;
const runsAt = args.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(args[runsAt + 1]) : 3;
const VERBOSE = args.includes('--verbose');

const below = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>Paragraph ${i + 1} of the host page, below the brief: it moves down when the brief turns out taller than the room kept for it while it loaded.</p>`,
).join('\n');
const page = (layout, style, css = '') => `<!doctype html><html lang="en-US"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>layout shift</title>
<script>
  window.shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) window.shifts.push({ value: e.value, at: e.startTime });
  }).observe({ type: 'layout-shift', buffered: true });
</script>
<style>body { max-width: 50rem; margin: 1rem auto; padding: 0 1rem; font: 16px/1.5 system-ui, sans-serif; }${css}</style>
</head><body>
<h1>Host page</h1>
<p>Some text above the brief.</p>
<intel-brief src="/__brief.json" layout="${layout}"${style ? ` style="${style}"` : ''}></intel-brief>
${below}
<script type="module">
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  // The page painted (first contentful paint), with <intel-brief> not yet defined: inline, empty.
  await new Promise((resolve) => new PerformanceObserver(resolve).observe({ type: 'paint', buffered: true }));
  await frame();
  window.defining = performance.now();
  await import('/dist/intel-brief.bundle.js');
  const el = document.querySelector('intel-brief');
  await el.updateComplete;
  await frame(); // the skeleton, painted
  window.reserved = el.getBoundingClientRect().height;
  window.requested = performance.now();
  fetch('/__painted');
</script>
</body></html>`;

const reference = await (await import('node:fs/promises')).readFile('briefs/cyber-slavery-2024.json', 'utf8');
let current = { layout: 'full', style: '', css: '', delay: DELAY };
let painted; // resolves when the page says its skeleton is painted
const server = await serve({
  '/__cls.html': () => {
    let resolve;
    painted = new Promise((r) => (resolve = r));
    painted.resolve = resolve;
    return { body: page(current.layout, current.style, current.css) };
  },
  '/__painted': () => (painted.resolve(), { body: '', type: 'text' }),
  '/__brief.json': async () => (await painted, { body: reference, type: 'json', delay: current.delay }),
});
const browser = await launch();

const VIEWPORTS = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };

/** Loads the page once; returns { cls, shifts, height (px of the rendered brief), reserved (px while loading) }. */
async function load(viewport, layout, style, css = '', delay = DELAY) {
  current = { layout, style, css, delay };
  const tab = await browser.newPage();
  await tab.setViewport(VIEWPORTS[viewport]);
  await tab.goto(`${server.origin}/__cls.html`, { waitUntil: 'domcontentloaded' });
  const result = await tab.evaluate(async () => {
    await customElements.whenDefined('intel-brief');
    const el = document.querySelector('intel-brief');
    await el.updateComplete;
    if (!el.shadowRoot.querySelector('article'))
      await new Promise((resolve) => el.addEventListener('brief-load', resolve, { once: true }));
    await el.updateComplete;
    // Two frames for the shift to be reported.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50))));
    const sum = (shifts) => shifts.reduce((total, s) => total + s.value, 0);
    return {
      cls: sum(window.shifts),
      upgrade: sum(window.shifts.filter((s) => s.at >= window.defining && s.at < window.requested)),
      arrival: sum(window.shifts.filter((s) => s.at >= window.requested)),
      shifts: window.shifts.map((s) => `${s.value.toFixed(3)} at ${Math.round(s.at)} ms`),
      height: el.getBoundingClientRect().height,
      reserved: window.reserved,
    };
  });
  await tab.close();
  return result;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
console.log(
  `Cumulative layout shift of a page whose <intel-brief src> answers after ${DELAY} ms (median of ${RUNS} loads; 0.1 is "good", 0.25 "poor" for a whole page):`,
);
for (const viewport of Object.keys(VIEWPORTS)) {
  for (const layout of ['full', 'card']) {
    const { height } = await load(viewport, layout, '', '', 0);
    const rem = Math.ceil(height / 16);
    const rough = Math.max(10, Math.floor(rem / 10) * 10);
    const hints = {
      none: '',
      'loading-height': `--intel-brief-loading-height: ${rem}rem`,
      'min-height': `display: block; min-height: ${rem}rem`,
      ciz: `contain-intrinsic-block-size: ${rem}rem; content-visibility: auto`,
      rough: `--intel-brief-loading-height: ${rough}rem`,
      '+rule': `--intel-brief-loading-height: ${rem}rem`,
      'rough +rule': `--intel-brief-loading-height: ${rough}rem`,
    };
    const RULE = 'intel-brief:not(:defined) { display: block; min-height: var(--intel-brief-loading-height, 24rem) }';
    console.log(
      `\n  ${viewport} ${VIEWPORTS[viewport].width}×${VIEWPORTS[viewport].height}, ${layout}: the brief is ${Math.round(height)} px (${(height / 16).toFixed(1)} rem) tall`,
    );
    for (const [name, style] of Object.entries(hints)) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await load(viewport, layout, style, name.endsWith('+rule') ? RULE : ''));
      const cls = median(runs.map((r) => r.cls));
      const typical = runs.find((r) => r.cls === cls);
      const [upgrade, arrival] = ['upgrade', 'arrival'].map((k) =>
        median(runs.map((r) => r[k]))
          .toFixed(3)
          .padStart(6),
      );
      if (VERBOSE) console.log(runs.map((r) => `${r.cls.toFixed(3)} [${r.shifts}] reserved ${r.reserved}`).join('\n'));
      console.log(
        `    ${name.padEnd(15)} CLS ${cls.toFixed(3).padStart(6)} = when defined ${upgrade} + when the brief arrives ${arrival}; room kept while loading ${String(Math.round(typical.reserved)).padStart(5)} px` +
          `   ${style ? `(${style})` : ''}${typical.shifts.length ? `\n${' '.repeat(20)}shifts: ${typical.shifts.join(', ')}` : ''}`,
      );
    }
  }
}
await browser.close();
await server.stop();
