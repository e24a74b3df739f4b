// Server-rendering benchmark: prints
//   1. server render time per brief in Node (the reference brief, full and card; median of many),
//   2. HTML bytes per brief (raw and gzipped; how much is the inline CSS and the inline JSON),
//   3. hydration time in Chromium against a client-side render of the same brief,
//   4. cumulative layout shift (Layout Instability API) of pages with server-rendered
//      briefs against the same pages embedding them with `src` and with inline JSON.
// Run after `npm run build`: node scripts/bench-ssr.mjs   (or npm run bench:ssr)
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS, findChromium } from './browsers.mjs';

const { renderBrief, renderBriefPage, plainText } = await import('../dist/ssr/server.js');
const read = (name) => JSON.parse(readFileSync(`briefs/${name}.json`, 'utf8'));
const reference = read('cyber-slavery-2024');
const names = ['cyber-slavery-2024', 'minimal', 'port-strike-tlp-green'];
const samples = names.map(read);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(2)} ms`;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

// 1. Server render time.
console.log('1. Server render time in Node (renderBrief, the reference brief)');
for (const layout of ['full', 'card']) {
  for (let i = 0; i < 50; i++) await renderBrief(reference, { layout }); // warm up
  const times = [];
  for (let i = 0; i < 500; i++) {
    const start = performance.now();
    await renderBrief(reference, { layout });
    times.push(performance.now() - start);
  }
  console.log(
    `   ${layout.padEnd(4)}: median ${ms(median(times))}, p90 ${ms(times.sort((a, b) => a - b)[Math.floor(times.length * 0.9)])} (500 runs)`,
  );
}

// 1b. Hostile text: a page (renderBriefPage, with JSON-LD) whose summary is 100 KB of
// inline-markup shapes, against 100 KB of plain prose. The summary is read for the brief,
// the meta and Open Graph descriptions and the JSON-LD, all through the one linear parser.
// Shapes whose markers match nothing cost what plain text costs; shapes that do match make
// that many elements (`*a* ` × 25,600 is 25,600 <em>), each rendered: linear, per element.
console.log('\n1b. A page whose summary is 100 KB of hostile text, against 100 KB of plain text (renderBriefPage)');
{
  const SIZE = 100 * 1024;
  const fill = (unit) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
  const shapes = {
    'plain text': fill('Lorem ipsum dolor sit amet, consectetur adipiscing elit. '),
    "'**a '": fill('**a '),
    "'*a '": fill('*a '),
    "'a* '": fill('a* '),
    "'[a'": fill('[a'),
    "'[a](b'": fill('[a](b'),
    "'[' then ']'": '['.repeat(SIZE / 2) + ']'.repeat(SIZE / 2),
    "'**' then '*'": '**a '.repeat(SIZE / 8) + 'b* '.repeat(SIZE / 6).slice(0, SIZE / 2),
    "'*a* ' (matches)": fill('*a* '),
    "'[a](b) ' (links)": fill('[a](b) '),
  };
  const pageTime = async (summary) => {
    const brief = { title: 'Hostile', date: '2024-04-04', summary };
    for (let i = 0; i < 3; i++) await renderBriefPage(brief, { jsonLd: true }); // warm up
    const times = [];
    for (let i = 0; i < 15; i++) {
      // A new string each round: nothing is served from the parser's cache of the last long text.
      const fresh = { ...brief, summary: `${i}${summary.slice(1)}` };
      const start = performance.now();
      await renderBriefPage(fresh, { jsonLd: true });
      times.push(performance.now() - start);
    }
    return median(times);
  };
  // plainText() alone (the page's title, descriptions and JSON-LD), on a fresh string each round.
  const plainTextTime = (text) => {
    const times = [];
    for (let i = 0; i < 15; i++) {
      const fresh = `${i}${text.slice(1)}`;
      const start = performance.now();
      plainText(fresh);
      times.push(performance.now() - start);
    }
    return median(times);
  };
  const plain = await pageTime(shapes['plain text']);
  console.log(
    `   ${'shape'.padEnd(20)} ${'page'.padStart(10)}  ${'vs plain'.padStart(8)}  ${'plainText()'.padStart(11)}`,
  );
  for (const [name, text] of Object.entries(shapes)) {
    const time = name === 'plain text' ? plain : await pageTime(text);
    console.log(
      `   ${name.padEnd(20)} ${ms(time).padStart(10)}  ${`${(time / plain).toFixed(2)}×`.padStart(8)}  ${ms(plainTextTime(text)).padStart(11)}`,
    );
  }
}

// 2. HTML bytes.
console.log('\n2. HTML per brief (the reference brief)');
const html = {};
for (const layout of ['full', 'card']) {
  const out = (html[layout] = await renderBrief(reference, { layout }));
  const css = /<style>[^]*?<\/style>/.exec(out)[0].length;
  const json = /<script type="application\/json">[^]*?<\/script>/.exec(out)[0].length;
  const markers = (out.match(/<!--\/?lit-[^>]*-->|<\?>/g) ?? []).join('').length;
  const bytes = Buffer.byteLength(out);
  console.log(
    `   ${layout.padEnd(4)}: ${kb(bytes)} (${bytes} bytes), ${kb(gzipSync(out, { level: 9 }).length)} gzipped; ` +
      `of which CSS ${kb(css)}, inline JSON ${kb(json)}, Lit's hydration markers ${kb(markers)}`,
  );
}
const jsonOnly = JSON.stringify(reference);
console.log(
  `   for comparison, the brief's JSON: ${kb(Buffer.byteLength(jsonOnly))}, ${kb(gzipSync(jsonOnly, { level: 9 }).length)} gzipped`,
);

// A local server for the browser measurements: the repo's files, pages from `pages`,
// and, when `slow` is on, the bundles and the brief JSON after a delay that stands for the network.
const pages = {};
const DELAY = 300;
let slow = false;
const server = createServer((request, response) => {
  const url = new URL(request.url, 'http://localhost');
  const name = /^\/page\/(\w+)\.html$/.exec(url.pathname)?.[1];
  if (name) {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    return response.end(pages[name]);
  }
  const send = () => {
    try {
      const body = readFileSync(`.${url.pathname.replace(/\.\./g, '')}`);
      response.writeHead(200, {
        'content-type':
          { '.js': 'text/javascript', '.json': 'application/json' }[extname(url.pathname)] ??
          'application/octet-stream',
      });
      response.end(body);
    } catch {
      response.writeHead(url.pathname === '/favicon.ico' ? 204 : 404);
      response.end();
    }
  };
  if (slow && /^\/(briefs|dist)\//.test(url.pathname)) setTimeout(send, DELAY);
  else send();
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_FLAGS });

// 3. Hydration time against a client-side render, in the page, same bundle for both.
console.log(
  '\n3. Hydration in Chromium against a client-side render (the reference brief; dist/intel-brief.ssr.bundle.js for both)',
);
pages.empty =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><script type="module" src="/dist/intel-brief.ssr.bundle.js"></script></head><body><div id="c"></div></body></html>';
{
  const tab = await browser.newPage();
  await tab.goto(`${base}/page/empty.html`, { waitUntil: 'load' });
  await tab.waitForFunction(() => customElements.get('intel-brief'));
  const inline = (brief, layout) =>
    `<intel-brief layout="${layout}"><script type="application/json">${JSON.stringify(brief).replace(/</g, '\\u003c')}</script></intel-brief>`;
  for (const layout of ['full', 'card']) {
    const result = await tab.evaluate(
      async (server, client) => {
        const container = document.getElementById('c');
        const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
        const run = async (markup) => {
          container.replaceChildren();
          const start = performance.now();
          container.setHTMLUnsafe(markup); // parses the declarative shadow root, upgrades the element
          const el = container.firstElementChild;
          await el.updateComplete;
          void el.offsetHeight;
          const first = performance.now() - start; // interactive: events bound, the brief shown
          while (!(await el.updateComplete)); // the reader's dates (hydration only)
          void el.offsetHeight;
          return [first, performance.now() - start, el.shadowRoot.querySelectorAll('article').length];
        };
        const times = { hydrate: [], hydrateAll: [], client: [] };
        for (let i = 0; i < 110; i++) {
          const [h, hAll, n1] = await run(server);
          const [c, , n2] = await run(client);
          if (n1 !== 1 || n2 !== 1) throw new Error('not one article');
          if (i < 10) continue; // warm up
          times.hydrate.push(h);
          times.hydrateAll.push(hAll);
          times.client.push(c);
        }
        return { hydrate: median(times.hydrate), hydrateAll: median(times.hydrateAll), client: median(times.client) };
      },
      html[layout],
      inline(reference, layout),
    );
    console.log(
      `   ${layout.padEnd(4)}: hydrate ${ms(result.hydrate)} (${ms(result.hydrateAll)} with the dates re-rendered in the reader's zone), ` +
        `client-side render ${ms(result.client)} (median of 100; parse, upgrade, update, layout)`,
    );
  }
  await tab.close();
}

// 4. Cumulative layout shift.
console.log(
  `\n4. Cumulative layout shift (Layout Instability API; the bundle and the brief JSON each served after ${DELAY} ms)`,
);
slow = true;
const shell = (body, script) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<style>body{margin:0;padding:1rem;font-family:sans-serif}main{max-width:46rem;margin:auto}footer{padding:2rem 0}</style>
<script>window.__cls = 0; new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; }).observe({ type: 'layout-shift', buffered: true });</script>
<script type="module" src="${script}"></script></head>
<body><header><h1>Intelligence briefs</h1><p>What the page says before the briefs.</p></header><main>${body}</main><footer>What the page says after the briefs.</footer></body></html>`;
const scenarios = {
  // One full brief: a tall viewport, so that what follows it is on screen.
  full: {
    viewport: { width: 1280, height: 2600 },
    ssr: shell(html.full, '/dist/intel-brief.ssr.bundle.js'),
    src: shell('<intel-brief src="/briefs/cyber-slavery-2024.json"></intel-brief>', '/dist/intel-brief.bundle.js'),
    inline: shell(
      `<intel-brief><script type="application/json">${JSON.stringify(reference)}</script></intel-brief>`,
      '/dist/intel-brief.bundle.js',
    ),
  },
  // A list of three cards, as on a home page.
  cards: {
    viewport: { width: 1280, height: 1200 },
    ssr: shell(
      (await Promise.all(samples.map((b) => renderBrief(b, { layout: 'card', tlpMax: 'green' })))).join(''),
      '/dist/intel-brief.ssr.bundle.js',
    ),
    src: shell(
      names.map((n) => `<intel-brief layout="card" tlp-max="green" src="/briefs/${n}.json"></intel-brief>`).join(''),
      '/dist/intel-brief.bundle.js',
    ),
    inline: shell(
      samples
        .map(
          (b) =>
            `<intel-brief layout="card" tlp-max="green"><script type="application/json">${JSON.stringify(b)}</script></intel-brief>`,
        )
        .join(''),
      '/dist/intel-brief.bundle.js',
    ),
  },
};
for (const [name, scenario] of Object.entries(scenarios)) {
  const cls = {};
  for (const kind of ['ssr', 'src', 'inline']) {
    pages[`${name}_${kind}`] = scenario[kind];
    const values = [];
    for (let i = 0; i < 5; i++) {
      const tab = await browser.newPage();
      await tab.setViewport(scenario.viewport);
      await tab.goto(`${base}/page/${name}_${kind}.html`, { waitUntil: 'load' });
      await tab.waitForFunction(() =>
        [...document.querySelectorAll('intel-brief')].every((el) => el.shadowRoot?.querySelector('article')),
      );
      await new Promise((resolve) => setTimeout(resolve, 500));
      values.push(await tab.evaluate(() => window.__cls));
      await tab.close();
    }
    cls[kind] = median(values);
  }
  console.log(
    `   ${name.padEnd(5)}: server-rendered ${cls.ssr.toFixed(3)}, src embed ${cls.src.toFixed(3)}, inline JSON embed ${cls.inline.toFixed(3)} (median of 5 loads)`,
  );
}

await browser.close();
server.close();
