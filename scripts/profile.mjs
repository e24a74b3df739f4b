// Where <intel-brief>'s render time goes (issue 12). Loads the unminified ESM
// build (dist/index.js, Lit resolved from node_modules by the dev server),
// renders the reference brief over and over (1 and 100 briefs, full and card)
// under the DevTools protocol's sampling profiler (Profiler, 50 µs), and prints:
//   - main-thread CPU time per render, split into style, layout and the rest
//     (Performance.getMetrics), for the element, the floor and React alike;
//   - the top functions by self time, and the inclusive time of the
//     functions that matter (formatting, validation, inline parsing, the view,
//     Lit's template preparation and commit). Lit's production build is
//     minified: its functions are named through its source maps.
// Each render is followed by the removal of what it added, inside what is
// measured (the same for the three). Sampled and getMetrics times are wall
// clock: their shares are applied to the main thread's CPU time (ThreadTime),
// which holds when other processes share the cores.
// Run after `npm run build`: node scripts/profile.mjs [--top 15] [--json build/profile.json]
//   [--only card/10,card/100]  (layout/count; default full/1, card/1, full/100, card/100)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { bundleReact, launch, serve } from './bench/server.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const TOP = Number(opt('--top', 15));
const JSON_OUT = opt('--json', undefined);
const INTERVAL = 50; // µs

const react = await bundleReact();
const PAGE = `<!doctype html><html lang="en-US"><head><meta charset="utf-8"><title>profile</title>
<script type="module" src="/dist/index.js"></script></head><body></body></html>`;
// Lit's production build (the dev server would pick its `development` build, with dev-mode checks).
const server = await serve({ '/__profile.html': PAGE }, { nodeResolve: { exportConditions: ['browser'] } });
const browser = await launch();
const page = await browser.newPage();
page.on('pageerror', (error) => console.error('page error:', error.message));
await page.goto(`${server.origin}/__profile.html`, { waitUntil: 'load' });
await page.evaluate(async (react) => {
  const { setup } = await import('/scripts/bench/page.mjs');
  await setup({ reactModule: react, briefUrls: { reference: '/briefs/cyber-slavery-2024.json' } });
  /** Renders and removes `times` times, no GC in between (the collector's share is part of the profile). */
  window.bench.loop = async (variant, layout, n, times) => {
    for (let i = 0; i < times; i++) {
      await window.bench.run(variant, layout, n);
      window.bench.removeKept();
    }
  };
}, react);

const cdp = await page.createCDPSession();
await cdp.send('Performance.enable');
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: INTERVAL });
const metrics = async () =>
  Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value * 1000]));

// Source maps, to name the functions of minified files (Lit's production build).
const maps = new Map();
const mapFor = (url) => {
  if (maps.has(url)) return maps.get(url);
  let map = null;
  try {
    const path = new URL(url).pathname.slice(1);
    const file = path.replace(/^__wds-outside-root__\/\d+\//, '');
    if (existsSync(`${file}.map`) && /node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(file)) {
      map = new TraceMap(readFileSync(`${file}.map`, 'utf8'));
    }
  } catch {
    map = null;
  }
  maps.set(url, map);
  return map;
};
const short = (url) =>
  url
    .replace(/^https?:\/\/[^/]+\//, '')
    .replace(/^__wds-outside-root__\/\d+\//, '')
    .replace(/^node_modules\//, '')
    .replace(/\?.*$/, '');
/** A readable key for a profile node's function: `name (file:line)`. */
const nameOf = ({ functionName, url, lineNumber, columnNumber }) => {
  if (!url) return functionName || '(anonymous)';
  let name = functionName || '(anonymous)';
  const map = mapFor(url);
  if (map) {
    const pos = originalPositionFor(map, { line: lineNumber + 1, column: Math.max(columnNumber, 0) });
    if (pos.source) {
      // The identifier at the function's start is often its name; else keep the minified one, located.
      name = `${pos.name && pos.name.length > 2 ? pos.name : name} [${pos.source.replace(/^(.*\/)?src\//, '')}:${pos.line}]`;
    }
  }
  // The harness's own functions: their self time is the style and layout that its offsetHeight forces.
  if (/scripts\/bench\/page\.mjs/.test(url) && /^(element|floor|react)$/.test(name))
    return '(style and layout, forced by offsetHeight)';
  return `${name} (${short(url)}:${lineNumber + 1})`;
};

/** Inclusive time of the groups of work the proposals are about: [label, test on a function's key]. */
const GROUPS = [
  ['formatDate (a new Intl.DateTimeFormat per date)', (k) => k.startsWith('formatDate ')],
  ['formatSize (a new Intl.NumberFormat per size)', (k) => k.startsWith('formatSize ')],
  ['formatCount (new Intl.PluralRules and NumberFormat per count)', (k) => k.startsWith('formatCount ')],
  ['pickLocale, directionOf, langOf', (k) => /^(pickLocale|directionOf|langOf) /.test(k)],
  ['validateBrief (the whole check)', (k) => k.startsWith('validateBrief ')],
  ['labelsFor (labels merged on every render)', (k) => k.startsWith('labelsFor ')],
  ['inline (parse and render the inline subset)', (k) => /^(inline|parseInline|renderInline) /.test(k)],
  ['safeUrl (a URL parsed per link)', (k) => k.startsWith('safeUrl ')],
  ["briefPieces (the brief's templates made, no DOM)", (k) => k.startsWith('briefPieces ')],
  ['briefArticle (the article around them)', (k) => k.startsWith('briefArticle ')],
  ['#locale and #labels (locale picked, labels merged)', (k) => /^(#locale|#labels) /.test(k)],
  ['the loader (sync: the brief accepted, validated once)', (k) => /^(sync|_accept|_show|_set) .*brief-loader/.test(k)],
  ['emit (brief-load event)', (k) => k.startsWith('emit ')],
  ['createRenderRoot (attachShadow, adopted styles)', (k) => /^createRenderRoot\b/.test(k)],
  ['connectedCallback (controllers, observer)', (k) => /^connectedCallback\b/.test(k)],
  ['Lit: render into the DOM (TemplateInstance, parts, commit)', (k) => /\[lit-html\.ts:/.test(k)],
  [
    'Lit: template preparation (_$getTemplate, Template)',
    (k) => /^(_\$getTemplate|Template|getTemplateHtml)\b.*\[lit-html\.ts/.test(k),
  ],
  [
    'Lit: the whole update cycle (everything under ReactiveElement/LitElement: render, _buildView, commit)',
    (k) => /\[(reactive-element|lit-element|css-tag)\.ts:/.test(k),
  ],
  ['(garbage collector)', (k) => k === '(garbage collector)'],
  ['(style and layout, forced by offsetHeight)', (k) => k.startsWith('(style and layout')],
  ['(program): native work outside any JS function', (k) => k === '(program)'],
];

/** Self time per function, and inclusive time per function and per group (ms), from a CPU profile. */
function summarise(profile) {
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const keyOf = new Map(profile.nodes.map((n) => [n.id, nameOf(n.callFrame)]));
  const self = new Map();
  const total = new Map();
  const groups = new Map(GROUPS.map(([label]) => [label, 0]));
  let all = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i + 1] ?? INTERVAL) / 1000;
    const key = keyOf.get(id);
    if (key === '(idle)') return;
    all += dt;
    self.set(key, (self.get(key) ?? 0) + dt);
    const stack = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) stack.add(keyOf.get(cur));
    for (const k of stack) total.set(k, (total.get(k) ?? 0) + dt);
    for (const [label, test] of GROUPS) if ([...stack].some(test)) groups.set(label, groups.get(label) + dt);
  });
  return { self, total, groups, all };
}

// [layout, briefs, renders]: about 400 briefs rendered per scenario, at least 4 renders.
const scenarios = opt('--only', 'full/1,card/1,full/100,card/100')
  .split(',')
  .map((s) => s.split('/'))
  .map(([layout, n]) => [layout, Number(n), Math.max(4, Math.round(400 / Number(n)))]);
const report = {};
const pct = (x, all) => `${((100 * x) / all).toFixed(1).padStart(5)}%`;
const f = (x) => x.toFixed(1).padStart(8);

console.log(`Profile of <intel-brief> (unminified ESM build), reference brief; sampling every ${INTERVAL} µs.`);
for (const [layout, n, times] of scenarios) {
  // Warm up (templates prepared, code optimised), then measure.
  await page.evaluate((...a) => window.bench.loop(...a), 'element', layout, n, Math.max(3, times / 10));
  const split = {};
  for (const variant of ['element', 'floor', 'react']) {
    await page.evaluate(() => window.bench.prepare());
    const before = await metrics();
    if (variant === 'element') await cdp.send('Profiler.start');
    await page.evaluate((...a) => window.bench.loop(...a), variant, layout, n, times);
    const profile = variant === 'element' ? (await cdp.send('Profiler.stop')).profile : undefined;
    const after = await metrics();
    const d = (k) => (after[k] - before[k]) / times;
    // The durations are wall clock (inflated when other processes share the cores): their shares of
    // the tasks' time are applied to the main thread's CPU time (ThreadTime).
    const task = d('TaskDuration');
    const cpu = d('ThreadTime');
    const part = (k) => (d(k) / task) * cpu;
    split[variant] = { cpu, style: part('RecalcStyleDuration'), layout: part('LayoutDuration') };
    if (profile) split.profile = summarise(profile);
  }
  const { self, groups, all } = split.profile;
  console.log(`\n== ${layout}, ${n} ${n === 1 ? 'brief' : 'briefs'} (${times} renders) ==`);
  console.log(
    'Main-thread CPU time per render (ms), split in the proportions of Performance.getMetrics: style, layout,',
  );
  console.log("and the rest (script, DOM calls, HTML parsing, paint, GC; the protocol's own cost too):");
  console.log(
    `  ${''.padEnd(9)}${'style'.padStart(8)}${'layout'.padStart(8)}${'rest'.padStart(8)}${'CPU'.padStart(8)}`,
  );
  for (const v of ['element', 'floor', 'react']) {
    const s = split[v];
    console.log(`  ${v.padEnd(9)}${f(s.style)}${f(s.layout)}${f(s.cpu - s.style - s.layout)}${f(s.cpu)}`);
  }
  // Sampled time is wall clock too: shares are applied to the element's CPU time per render.
  const per = (ms) => ((ms / all) * split.element.cpu).toFixed(3).padStart(8);
  console.log(
    `Top ${TOP} functions by self time (element; ${Math.round(all / (INTERVAL / 1000))} samples; ms = share × ${split.element.cpu.toFixed(2)} ms CPU per render):`,
  );
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, TOP);
  for (const [key, ms] of top) console.log(`  ${pct(ms, all)} ${per(ms)} ms  ${key}`);
  console.log('Inclusive time of groups of work (each sample counted once per group; groups overlap):');
  for (const [label, ms] of groups) console.log(`  ${pct(ms, all)} ${per(ms)} ms  ${label}`);
  report[`${layout}/${n}`] = {
    split: { element: split.element, floor: split.floor, react: split.react },
    top: top.map(([fn, ms]) => ({ fn, ms: (ms / all) * split.element.cpu, share: ms / all })),
    groups: [...groups].map(([label, ms]) => ({ label, ms: (ms / all) * split.element.cpu, share: ms / all })),
  };
}

if (JSON_OUT) writeFileSync(JSON_OUT, JSON.stringify(report, null, 2));
await browser.close();
await server.stop();
