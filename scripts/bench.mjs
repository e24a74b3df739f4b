// Render benchmark: prints how long <intel-brief> takes to render (and to
// re-render) compared with the same markup written by hand and set as HTML.
// Run after `npm run build`: node scripts/bench.mjs   (Chromium, headless)
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS, findChromium } from './browsers.mjs';

const PAGE = `<!doctype html><html lang="en-US"><head><meta charset="utf-8">
<script type="module" src="/dist/intel-brief.bundle.js"></script></head><body></body></html>`;
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
const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_FLAGS });
const page = await browser.newPage();
await page.goto(`http://127.0.0.1:${server.server.address().port}/__bench.html`, { waitUntil: 'load' });

const results = await page.evaluate(async () => {
  await customElements.whenDefined('intel-brief');
  const reference = await (await fetch('/briefs/cyber-slavery-2024.json')).json();
  const big = {
    ...reference,
    summary: 'A brief whose one section has 2,000 bullets; a card shows this summary and keeps the bullets behind its button.',
    sections: [{ heading: 'Everything', bullets: Array.from({ length: 2000 }, (_, i) => `Bullet ${i} with *emphasis* and a [link](https://example.org/${i}).`) }],
  };
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const time = async (fn, runs) => {
    const out = [];
    for (let i = 0; i < runs + 3; i++) {
      const t = await fn();
      if (i >= 3) out.push(t); // the first runs warm up
    }
    return median(out);
  };

  const renderBrief = (brief, layout = 'full') => async () => {
    const el = document.createElement('intel-brief');
    el.setAttribute('layout', layout);
    el.setAttribute('tlp-max', 'red');
    const start = performance.now();
    el.brief = brief;
    document.body.append(el);
    await el.updateComplete;
    void el.offsetHeight; // layout
    const t = performance.now() - start;
    el.remove();
    return t;
  };

  // The same DOM written by hand: the rendered shadow markup, set as HTML.
  const handWritten = (brief) => {
    const el = document.createElement('intel-brief');
    el.setAttribute('tlp-max', 'red');
    el.brief = brief;
    document.body.append(el);
    return el.updateComplete.then(() => {
      const markup = el.shadowRoot.innerHTML.replace(/<!--[^]*?-->/g, '');
      const sheets = el.shadowRoot.adoptedStyleSheets;
      el.remove();
      return async () => {
        const host = document.createElement('div');
        const start = performance.now();
        const root = host.attachShadow({ mode: 'open' });
        root.adoptedStyleSheets = sheets;
        root.innerHTML = markup;
        document.body.append(host);
        void host.offsetHeight;
        const t = performance.now() - start;
        host.remove();
        return t;
      };
    });
  };

  const rerender = (brief, change) => async () => {
    const el = document.createElement('intel-brief');
    el.setAttribute('layout', 'card');
    el.brief = brief;
    document.body.append(el);
    await el.updateComplete;
    void el.offsetHeight; // the first layout is not part of what is measured
    const start = performance.now();
    change(el);
    await el.updateComplete;
    void el.offsetHeight;
    const t = performance.now() - start;
    el.remove();
    return t;
  };
  const toggle = (el) => el.shadowRoot.querySelector('button').click();
  const unrelated = (el) => { el.timeout = el.timeout + 1; };

  return {
    referenceElement: await time(renderBrief(reference), 30),
    referenceHand: await time(await handWritten(reference), 30),
    bigElement: await time(renderBrief(big), 10),
    bigHand: await time(await handWritten(big), 10),
    toggleSmall: await time(rerender(reference, toggle), 30),
    toggleBig: await time(rerender(big, toggle), 10),
    unrelatedSmall: await time(rerender(reference, unrelated), 30),
    unrelatedBig: await time(rerender(big, unrelated), 10),
  };
});

await browser.close();
await server.stop();
const ms = (x) => `${x.toFixed(2)} ms`;
console.log('Median times in headless Chromium (render = set data, append, update, layout):');
console.log(`  reference brief:        <intel-brief> ${ms(results.referenceElement)}   hand-written HTML ${ms(results.referenceHand)}`);
console.log(`  2,000-bullet brief:     <intel-brief> ${ms(results.bigElement)}   hand-written HTML ${ms(results.bigHand)}`);
console.log(`  expand a card:          reference ${ms(results.toggleSmall)}   2,000 bullets ${ms(results.toggleBig)} (2,000 bullets laid out)`);
console.log(`  re-render, no change:   reference ${ms(results.unrelatedSmall)}   2,000 bullets ${ms(results.unrelatedBig)}`);
