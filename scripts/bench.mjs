// Render benchmark (issue 12): the reference brief rendered three ways in one
// headless Chromium page, in paired rounds (each round runs every variant, in
// an order that changes from round to round), medians printed as ratios:
//   element  <intel-brief> (the shipped bundle, dist/intel-brief.bundle.js);
//   floor    the same DOM parsed by the browser from HTML, shadow roots
//            declarative with their CSS inline, nothing upgraded;
//   React    a React 19 component writing the same markup (scripts/bench/react-brief.jsx).
// Then 1,000 cards: time per card at 10, 100 and 1,000, and the heap each card
// keeps (after a full GC, through the DevTools protocol); then re-renders.
// Time = from the first DOM call to the end of the forced layout (paint not included).
//
// Run after `npm run build`: node scripts/bench.mjs [--rounds 31] [--quick] [--only card/10,card/100]
//   --quick  7 rounds (1,000 cards: 3), memory read once, 3 cold starts, no re-renders.
//   --only   these scenarios (layout/briefs) alone: no linearity, memory, cold start or re-renders;
//            `src` among them runs the cold `src` embed too (--only src: that alone).
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { bundleReact, launch, serve } from './bench/server.mjs';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const flag = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const ROUNDS = flag('--rounds', quick ? 7 : 31);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1].split(',') : undefined;
const BIG_ROUNDS = quick ? 3 : 11; // 1,000 cards
const WARMUP = 3;
const VARIANTS = ['element', 'floor', 'react'];
/** Every order of the three variants: round r runs ORDERS[r % 6], so each runs first, second and last equally. */
const ORDERS = [
  [0, 1, 2],
  [2, 1, 0],
  [1, 2, 0],
  [0, 2, 1],
  [2, 0, 1],
  [1, 0, 2],
].map((o) => o.map((i) => VARIANTS[i]));

const react = await bundleReact();
const PAGE = `<!doctype html><html lang="en-US"><head><meta charset="utf-8"><title>bench</title>
<script type="module" src="/dist/intel-brief.bundle.js"></script></head><body></body></html>`;
const server = await serve({
  '/__bench.html': PAGE,
  '/__slow-brief.json': () => ({
    body: readFileSync('briefs/cyber-slavery-2024.json', 'utf8'),
    type: 'json',
    delay: 100,
  }),
});
const browser = await launch();
const page = await browser.newPage();
page.on('pageerror', (error) => console.error('page error:', error.message));
await page.goto(`${server.origin}/__bench.html`, { waitUntil: 'load' });
await page.evaluate(async (react) => {
  const { setup } = await import('/scripts/bench/page.mjs');
  await setup({
    reactModule: react,
    briefUrls: { reference: '/briefs/cyber-slavery-2024.json', tlp: '/briefs/port-strike-tlp-green.json' },
  });
}, react);
const isolated = await page.evaluate(() => window.bench.crossOriginIsolated);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

// CPU time of the page's main thread (DevTools protocol, Performance.getMetrics
// ThreadTime): unlike the wall clock, it does not count the time the renderer
// waits for a core, so it holds when other processes load the machine.
const cdp = await page.createCDPSession();
await cdp.send('Performance.enable');
const threadTime = async () =>
  (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime').value * 1000;

/**
 * Renders n briefs one way, keeps them for the heap to be read (`keep`) or
 * removes them; returns { wall: ms to the end of layout, cpu: main-thread ms
 * to the end of the next paint, protocol overhead included }.
 */
async function measure(variant, layout, n, { brief = 'reference', keep = false } = {}) {
  await page.evaluate(() => window.bench.prepare());
  const before = await threadTime();
  const wall = await page.evaluate((...a) => window.bench.run(...a), variant, layout, n, { brief, paint: true });
  const cpu = (await threadTime()) - before;
  if (!keep) await page.evaluate(() => window.bench.removeKept());
  return { wall, cpu };
}

/**
 * Paired rounds of every variant for one scenario: { variant: { wall: [ms], cpu: [ms] } },
 * CPU times less the median of a round's empty run (the protocol's own cost).
 */
async function paired(layout, n, rounds, brief = 'reference') {
  const times = Object.fromEntries(VARIANTS.map((v) => [v, { wall: [], cpu: [] }]));
  const empty = [];
  for (let r = -WARMUP; r < rounds; r++) {
    for (const variant of ORDERS[(r + WARMUP) % ORDERS.length]) {
      const t = await measure(variant, layout, n, { brief });
      if (r >= 0) {
        times[variant].wall.push(t.wall);
        times[variant].cpu.push(t.cpu);
      }
    }
    const t = await measure('noop', layout, n);
    if (r >= 0) empty.push(t.cpu);
  }
  const overhead = median(empty);
  for (const v of VARIANTS) times[v].cpu = times[v].cpu.map((t) => Math.max(t - overhead, 0.001));
  times.overhead = overhead;
  return times;
}

/** Median of the per-round ratios a/b (paired), with the interquartile range. */
const ratio = (a, b) => {
  const rs = a.map((x, i) => x / b[i]).sort((x, y) => x - y);
  return { median: median(rs), q1: rs[Math.floor(rs.length / 4)], q3: rs[Math.floor((rs.length * 3) / 4)] };
};

// 1. The three renderings must show the same thing.
const load = () => `load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores`;
console.log(
  `Chromium ${await browser.version()}, cross-origin isolated: ${isolated} (timer ${isolated ? '5 µs' : '100 µs'}), ${load()}`,
);
let same = true;
for (const brief of ['reference', 'tlp']) {
  for (const layout of ['full', 'card']) {
    const described = {};
    for (const v of VARIANTS)
      described[v] = await page.evaluate((...a) => window.bench.describe(...a), v, layout, brief);
    for (const other of ['floor', 'react']) {
      const a = described.element;
      const b = described[other];
      const problems = [];
      if (a.tags.length !== b.tags.length || a.tags.some((t, i) => t !== b.tags[i])) {
        const i = a.tags.findIndex((t, j) => t !== b.tags[j]);
        problems.push(
          `elements: ${a.tags.length} vs ${b.tags.length}, first difference at #${i}: ${a.tags.slice(i, i + 3)} vs ${b.tags.slice(i, i + 3)}`,
        );
      }
      if (a.text !== b.text) {
        const i = [...a.text].findIndex((c, j) => c !== b.text[j]);
        problems.push(`text differs at ${i}: "${a.text.slice(i, i + 40)}" vs "${b.text.slice(i, i + 40)}"`);
      }
      if (a.visible !== b.visible) {
        const i = [...a.visible].findIndex((c, j) => c !== b.visible[j]);
        problems.push(
          `visible text differs at ${i}: ${JSON.stringify(a.visible.slice(i - 10, i + 40))} vs ${JSON.stringify(b.visible.slice(i - 10, i + 40))}`,
        );
      }
      if (problems.length) {
        same = false;
        console.warn(
          `WARNING: ${other} does not show what <intel-brief> shows (${brief}, ${layout}):\n  ${problems.join('\n  ')}`,
        );
      }
    }
    if (brief === 'reference') {
      console.log(
        `  ${brief} brief, ${layout}: ${described.element.tags.length} elements, ${described.element.text.length} characters of text, the same in all three: ${same ? 'yes' : 'NO'}`,
      );
    }
  }
}
if (same) console.log('  (the all-fields sample port-strike-tlp-green.json also renders the same in all three)');

// 2. Paired rounds: 1 and 100 briefs, full and card; 10 and 1,000 cards for the linearity lines.
const ms = (x) => (x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0)).padStart(7);
const x = (r) => `${r.median.toFixed(2)}× (${r.q1.toFixed(2)}–${r.q3.toFixed(2)})`;
const results = {};
const scenarios = [
  ['full', 1],
  ['full', 100],
  ['card', 1],
  ['card', 10],
  ['card', 100],
  ['card', 1000],
].filter(([layout, n]) => !only || only.includes(`${layout}/${n}`));
for (const [layout, n] of scenarios)
  results[`${layout}/${n}`] = await paired(layout, n, n === 1000 ? BIG_ROUNDS : ROUNDS);
const label = (layout, n) => `${layout}, ${n.toLocaleString('en-US')} ${n === 1 ? 'brief' : 'briefs'}`;
for (const [clock, what] of [
  ['cpu', 'main-thread CPU time, from the first DOM call to the end of the paint that follows'],
  ['wall', 'wall-clock time, from the first DOM call to the end of layout'],
]) {
  console.log(
    `\nRender, ${what}; median of ${ROUNDS} paired rounds (1,000 cards: ${BIG_ROUNDS}), ${WARMUP} more to warm up;`,
  );
  console.log('ratios are medians of the per-round ratios (interquartile range):');
  console.log(
    `  ${'scenario'.padEnd(20)}${'element'.padStart(10)}${'floor'.padStart(10)}${'React'.padStart(10)}   element/floor        element/React`,
  );
  for (const [layout, n] of scenarios) {
    const t = results[`${layout}/${n}`];
    const [e, f, r] = VARIANTS.map((v) => t[v][clock]);
    console.log(
      `  ${label(layout, n).padEnd(20)}${ms(median(e))} ms${ms(median(f))} ms${ms(median(r))} ms   ${x(ratio(e, f)).padEnd(21)}${x(ratio(e, r))}`,
    );
  }
}
const [first] = Object.values(results);
if (first)
  console.log(
    `  (CPU times are less the protocol's cost, an empty run's median: ${first.overhead.toFixed(2)} ms for ${scenarios[0].join(' / ')})`,
  );

if (only) {
  if (only.includes('src')) await coldSrc();
  await browser.close();
  await server.stop();
  if (!same) process.exitCode = 1;
  process.exit();
}

// 3. Linearity and memory.
console.log('\nCards, CPU time per card (ms), median: linear when the three columns match');
console.log(`  ${''.padEnd(10)}${'10'.padStart(9)}${'100'.padStart(9)}${'1,000'.padStart(9)}   1,000 vs 10`);
for (const v of VARIANTS) {
  const per = [10, 100, 1000].map((n) => median(results[`card/${n}`][v].cpu) / n);
  console.log(
    `  ${v.padEnd(10)}${per.map((p) => p.toFixed(3).padStart(9)).join('')}   ${(per[2] / per[0]).toFixed(2)}×`,
  );
}

const heap = async () => {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  return { js: usage.usedSize, dom: usage.embedderHeapUsedSize ?? 0 };
};
const repeats = quick ? 1 : 3;
console.log(
  `\nCards, heap kept per card after a full GC (KiB; JS: V8's heap; DOM: Blink's heap of nodes, styles, layout), median of ${repeats}:`,
);
console.log(
  `  ${''.padEnd(10)}${'JS at 10'.padStart(10)}${'100'.padStart(8)}${'1,000'.padStart(8)}${'DOM at 10'.padStart(12)}${'100'.padStart(8)}${'1,000'.padStart(8)}`,
);
for (const v of VARIANTS) {
  const js = [];
  const dom = [];
  for (const n of [10, 100, 1000]) {
    const deltas = [];
    for (let i = 0; i < repeats; i++) {
      const before = await heap();
      await measure(v, 'card', n, { keep: true });
      const after = await heap();
      await page.evaluate(() => window.bench.removeKept());
      deltas.push({ js: (after.js - before.js) / n, dom: (after.dom - before.dom) / n });
    }
    js.push(median(deltas.map((d) => d.js)) / 1024);
    dom.push(median(deltas.map((d) => d.dom)) / 1024);
  }
  const f = (k) => k.toFixed(1);
  console.log(
    `  ${v.padEnd(10)}${js.map((k, i) => f(k).padStart(i ? 8 : 10)).join('')}${dom.map((k, i) => f(k).padStart(i ? 8 : 12)).join('')}`,
  );
}

// 4. A cold start: the first brief a fresh page renders (code loaded, nothing rendered yet).
{
  const floor = await page.evaluate(() => window.bench.floor);
  const rounds = quick ? 3 : 9;
  const cold = Object.fromEntries(VARIANTS.map((v) => [v, { wall: [], cpu: [] }]));
  for (let r = 0; r < rounds; r++) {
    for (const variant of ORDERS[r % ORDERS.length]) {
      const fresh = await browser.newPage();
      await fresh.goto(`${server.origin}/__bench.html`, { waitUntil: 'load' });
      await fresh.evaluate(
        async (react, floor) => {
          const { setup } = await import('/scripts/bench/page.mjs');
          await setup({ reactModule: react, briefUrls: { reference: '/briefs/cyber-slavery-2024.json' }, floor });
          await window.bench.prepare();
        },
        react,
        floor,
      );
      const session = await fresh.createCDPSession();
      await session.send('Performance.enable');
      const now = async () =>
        (await session.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime').value * 1000;
      const before = await now();
      const wall = await fresh.evaluate((v) => window.bench.run(v, 'full', 1, { paint: true }), variant);
      cold[variant].cpu.push((await now()) - before - results['full/1'].overhead);
      cold[variant].wall.push(wall);
      await fresh.close();
    }
  }
  console.log(
    `\nCold start, full, 1 brief (a fresh page each time, code loaded, nothing rendered before), median of ${rounds} paired rounds:`,
  );
  console.log(
    `  ${'clock'.padEnd(20)}${'element'.padStart(10)}${'floor'.padStart(10)}${'React'.padStart(10)}   element/floor        element/React`,
  );
  for (const clock of ['cpu', 'wall']) {
    const [e, f, r] = VARIANTS.map((v) => cold[v][clock]);
    console.log(
      `  ${(clock === 'cpu' ? 'CPU' : 'wall clock').padEnd(20)}${ms(median(e))} ms${ms(median(f))} ms${ms(median(r))} ms   ${x(ratio(e, f)).padEnd(21)}${x(ratio(e, r))}`,
    );
  }
}

// 4b. A cold `src` embed: a fresh page whose first brief comes from `src`, the JSON answered
// after 100 ms. What the reader waits for once the answer is in: from its last byte
// (Resource Timing's responseEnd) to `brief-load` and the layout after it.
await coldSrc();

async function coldSrc() {
  const rounds = quick ? 3 : 9;
  const after = [];
  for (let r = 0; r < rounds; r++) {
    const fresh = await browser.newPage();
    await fresh.goto(`${server.origin}/__bench.html`, { waitUntil: 'load' });
    after.push(
      await fresh.evaluate(async (r) => {
        await customElements.whenDefined('intel-brief');
        const el = document.createElement('intel-brief');
        el.src = `/__slow-brief.json?round=${r}`;
        const loaded = new Promise((resolve) => el.addEventListener('brief-load', resolve, { once: true }));
        document.body.append(el);
        await loaded;
        void el.offsetHeight;
        const end = performance.now();
        const [entry] = performance.getEntriesByType('resource').filter((e) => e.name.includes('__slow-brief.json'));
        return end - entry.responseEnd;
      }, r),
    );
    await fresh.close();
  }
  console.log(`\nCold src embed (a fresh page, the brief's JSON answered after 100 ms), median of ${rounds}:`);
  console.log(`  from the answer's last byte to brief-load and layout: ${ms(median(after)).trim()} ms`);
}
if (only) {
  await browser.close();
  await server.stop();
  process.exit();
}

// 5. Re-renders and a long brief (the element only, as before).
if (!quick) {
  const times = await page.evaluate(async () => {
    const reference = await (await fetch('/briefs/cyber-slavery-2024.json')).json();
    const big = {
      ...reference,
      summary:
        'A brief whose one section has 2,000 bullets; a card shows this summary and keeps the bullets behind its button.',
      sections: [
        {
          heading: 'Everything',
          bullets: Array.from(
            { length: 2000 },
            (_, i) => `Bullet ${i} with *emphasis* and a [link](https://example.org/${i}).`,
          ),
        },
      ],
    };
    const med = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
    const time = async (fn, runs) => {
      const out = [];
      for (let i = 0; i < runs + 2; i++) {
        globalThis.gc?.();
        const t = await fn();
        if (i >= 2) out.push(t);
      }
      return med(out);
    };
    const render = (brief) => async () => {
      const el = document.createElement('intel-brief');
      const start = performance.now();
      el.brief = brief;
      document.body.append(el);
      await el.updateComplete;
      void el.offsetHeight;
      const t = performance.now() - start;
      el.remove();
      return t;
    };
    const rerender = (brief, change) => async () => {
      const el = document.createElement('intel-brief');
      el.setAttribute('layout', 'card');
      el.brief = brief;
      document.body.append(el);
      await el.updateComplete;
      void el.offsetHeight;
      const start = performance.now();
      change(el);
      await el.updateComplete;
      void el.offsetHeight;
      const t = performance.now() - start;
      el.remove();
      return t;
    };
    const toggle = (el) => el.shadowRoot.querySelector('button').click();
    const unrelated = (el) => {
      el.timeout += 1;
    };
    return {
      big: await time(render(big), 5),
      toggleSmall: await time(rerender(reference, toggle), 31),
      toggleBig: await time(rerender(big, toggle), 5),
      unrelatedSmall: await time(rerender(reference, unrelated), 31),
      unrelatedBig: await time(rerender(big, unrelated), 5),
    };
  });
  const t = (v) => `${v.toFixed(2)} ms`;
  console.log('\n<intel-brief> alone, median:');
  console.log(`  2,000-bullet brief, full:   ${t(times.big)}`);
  console.log(
    `  expand a card:              reference ${t(times.toggleSmall)}   2,000 bullets ${t(times.toggleBig)} (2,000 bullets laid out)`,
  );
  console.log(
    `  re-render, nothing changed: reference ${t(times.unrelatedSmall)}   2,000 bullets ${t(times.unrelatedBig)}`,
  );
}

console.log(
  `\nAt the end: ${load()}${loadavg()[0] > availableParallelism() ? ': other processes shared the cores, so trust the CPU times and ratios over the wall-clock times' : ''}.`,
);
await browser.close();
await server.stop();
if (!same) {
  console.warn('\nWARNING: the variants do not render the same DOM (see above): the ratios compare different work.');
  process.exitCode = 1;
}
