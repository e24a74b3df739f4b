// The demo as `npm start` serves it (scripts/serve-demo.mjs, against the build):
// demo/index.html server-rendered and hydrated by the SSR bundle, showing each
// brief once; its cards open; demo/browser.html renders in the browser alone.
// Nothing the pages ask for leaves the demo server.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS, findChromium } from '../../scripts/browsers.mjs';

let server;
let base;
let browser;

before(async () => {
  server = spawn(process.execPath, ['scripts/serve-demo.mjs'], {
    env: { ...process.env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  server.stdout.setEncoding('utf8');
  let output = '';
  base = await new Promise((resolve, reject) => {
    server.stdout.on('data', (chunk) => {
      output += chunk;
      const url = /http:\/\/127\.0\.0\.1:\d+/.exec(output);
      if (url) resolve(url[0]);
    });
    server.once('exit', (code) => reject(new Error(`the demo server exited (${code}):\n${output}`)));
  });
  browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_FLAGS });
});

after(async () => {
  await browser?.close();
  if (server && server.exitCode === null) {
    server.kill();
    await once(server, 'exit');
  }
});

/** Opens a page, runs `beforeScripts` on the server's HTML, then lets the scripts run and waits for every element. */
async function load(path, beforeScripts = async () => undefined) {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 412, height: 823 });
  const problems = [];
  const requests = [];
  tab.on('console', (message) => {
    if (['error', 'warn', 'warning', 'assert'].includes(message.type()))
      problems.push(`console.${message.type()}: ${message.text()}`);
  });
  tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  tab.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  tab.on(
    'response',
    (response) => response.status() >= 400 && problems.push(`${response.status()}: ${response.url()}`),
  );
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await tab.setRequestInterception(true);
  tab.on('request', async (request) => {
    requests.push(request.url());
    if (request.resourceType() === 'script') await held;
    await request.continue();
  });
  const navigation = tab.goto(`${base}${path}`, { waitUntil: 'load' });
  // Module scripts are deferred: readyState is "interactive" once the HTML is parsed, before they run.
  await tab.waitForFunction(() => document.readyState !== 'loading');
  const before = await beforeScripts(tab);
  release();
  await navigation;
  await tab.waitForFunction(() => customElements.get('intel-brief') !== undefined);
  await tab.evaluate(async () => {
    for (const el of document.querySelectorAll('intel-brief')) while (!(await el.updateComplete));
  });
  return { tab, problems, requests, before };
}

/** What each `<intel-brief>` of the page shows. */
const shown = (tab) =>
  tab.evaluate(() =>
    [...document.querySelectorAll('intel-brief')].map((el) => {
      const root = el.shadowRoot;
      return {
        layout: el.getAttribute('layout') ?? 'full',
        articles: root.querySelectorAll('article').length,
        titles: [...root.querySelectorAll('[part="title"]')].map((title) => title.textContent.trim()),
        error: root.querySelector('[role="alert"]') !== null,
      };
    }),
  );

const REFERENCE = '250 Indian Citizens Rescued From “Cyber-Slavery”';

describe('demo/index.html, server-rendered', () => {
  let page;

  before(async () => {
    page = await load('/demo/', (tab) =>
      tab.evaluate(() => {
        // The server's nodes, to tell hydration (which adopts them) from a second render.
        window.__server = [...document.querySelectorAll('intel-brief')].map((el) =>
          el.shadowRoot?.querySelector('article'),
        );
        return window.__server.map((article) => article?.querySelector('[part="title"]')?.textContent.trim() ?? null);
      }),
    );
  });

  test('is HTML before any script runs: the reference brief and three cards', () => {
    assert.deepEqual(page.before, [
      REFERENCE,
      'Dock Strike Threatens Northern Range Container Traffic',
      REFERENCE,
      'Border crossing reopened',
    ]);
  });

  test('loads the SSR bundle, not the plain one, the print marking (a TLP:GREEN card), and nothing from elsewhere', () => {
    const scripts = page.requests.filter((url) => url.endsWith('.js')).map((url) => new URL(url).pathname);
    assert.deepEqual(scripts.sort(), ['/dist/intel-brief.ssr.bundle.js', '/dist/print-marking.js']);
    assert.deepEqual(
      page.requests.filter((url) => !url.startsWith(`${base}/`) && !url.startsWith('data:')),
      [],
    );
  });

  test('hydrates the server HTML in place: each brief shows once', async () => {
    assert.deepEqual(await shown(page.tab), [
      { layout: 'full', articles: 1, titles: [REFERENCE], error: false },
      { layout: 'card', articles: 1, titles: ['Dock Strike Threatens Northern Range Container Traffic'], error: false },
      { layout: 'card', articles: 1, titles: [REFERENCE], error: false },
      { layout: 'card', articles: 1, titles: ['Border crossing reopened'], error: false },
    ]);
    const adopted = await page.tab.evaluate(() =>
      [...document.querySelectorAll('intel-brief')].map(
        (el, i) => el.shadowRoot.querySelector('article') === window.__server[i],
      ),
    );
    assert.deepEqual(adopted, [true, true, true, true]);
  });

  test('the PDF link of the reference brief is served', async () => {
    const href = await page.tab.evaluate(
      () => document.querySelector('intel-brief').shadowRoot.querySelector('a[download]').href,
    );
    assert.equal(href, `${base}/briefs/Indian-Government-Rescues-250-Citizens.pdf`);
    const response = await fetch(href, { method: 'HEAD' });
    assert.equal(response.status, 200);
  });

  test('a card opens on its button', async () => {
    const opened = await page.tab.evaluate(async () => {
      const card = document.querySelectorAll('intel-brief[layout="card"]')[1];
      const button = card.shadowRoot.querySelector('button[aria-expanded]');
      const closed = card.getBoundingClientRect().height;
      button.click();
      await card.updateComplete;
      return {
        expanded: button.getAttribute('aria-expanded'),
        taller: card.getBoundingClientRect().height > closed + 100,
        sections: [...card.shadowRoot.querySelectorAll('[part="section-heading"]')].map((h) => h.textContent.trim()),
      };
    });
    assert.equal(opened.expanded, 'true');
    assert.ok(opened.taller, 'the open card is taller');
    assert.ok(opened.sections.includes('Conclusion'), `the rest is shown: ${opened.sections}`);
  });

  test('logs no error and no failed request', () => {
    assert.deepEqual(page.problems, []);
  });

  after(() => page?.tab.close());
});

describe('demo/browser.html, rendered in the browser', () => {
  let page;

  before(async () => {
    page = await load('/demo/browser.html');
    // The briefs from `src` and from the page's own fetch have arrived.
    await page.tab.waitForFunction(() =>
      [...document.querySelectorAll('intel-brief')].every(
        (el) => !el.hasAttribute('aria-busy') && el.shadowRoot.querySelector('article, [role="alert"]'),
      ),
    );
  });

  test('renders the reference brief three ways, the error state and three cards, each once', async () => {
    const full = { layout: 'full', articles: 1, titles: [REFERENCE], error: false };
    assert.deepEqual(await shown(page.tab), [
      full,
      full,
      full,
      { layout: 'full', articles: 0, titles: [], error: true },
      { layout: 'card', articles: 1, titles: ['Dock Strike Threatens Northern Range Container Traffic'], error: false },
      { layout: 'card', articles: 1, titles: [REFERENCE], error: false },
      { layout: 'card', articles: 1, titles: ['Border crossing reopened'], error: false },
    ]);
  });

  test('loads the plain bundle, the print marking (a TLP:GREEN brief), and nothing from elsewhere', () => {
    const scripts = page.requests.filter((url) => url.endsWith('.js')).map((url) => new URL(url).pathname);
    assert.deepEqual(scripts.sort(), ['/dist/intel-brief.bundle.js', '/dist/print-marking.js']);
    assert.deepEqual(
      page.requests.filter((url) => !url.startsWith(`${base}/`) && !url.startsWith('data:')),
      [],
    );
  });

  test('logs no error and no failed request', () => {
    assert.deepEqual(page.problems, []);
  });

  after(() => page?.tab.close());
});
