// Server output in a real Chromium: read with JavaScript off, then hydrated
// with JavaScript on (the SSR bundle, and the ESM build with intel-brief/hydrate.js).
// Only what the browser tests' server-rendered mode (test/fixture.ts) cannot cover:
// JavaScript off, renderBrief()'s inline JSON, the minified bundle, server HTML from other data.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { findFirefox } from '../../scripts/browsers.mjs';
import { serveAndLaunch } from './static-server.mjs';

const { renderBrief } = await import('../../dist/ssr/server.js');
const { html } = await import('lit');

const read = (name) => JSON.parse(readFileSync(`briefs/${name}.json`, 'utf8'));
const reference = read('cyber-slavery-2024');
const green = read('port-strike-tlp-green');
// The reference brief, revised at an instant: 23:30 UTC is already the next day in Tokyo.
const revised = { ...reference, updated: '2026-03-11T23:30:00+00:00' };

const BUNDLE = '<script type="module" src="/dist/intel-brief.ssr.bundle.js"></script>';
// The ESM build, as an app would load it: hydration support first.
const IMPORT_MAP = `<script type="importmap">${JSON.stringify({
  imports: {
    lit: '/node_modules/lit/index.js',
    'lit/': '/node_modules/lit/',
    'lit-html': '/node_modules/lit-html/lit-html.js',
    'lit-html/': '/node_modules/lit-html/',
    'lit-element/': '/node_modules/lit-element/',
    '@lit/reactive-element': '/node_modules/@lit/reactive-element/reactive-element.js',
    '@lit/reactive-element/': '/node_modules/@lit/reactive-element/',
    '@lit-labs/ssr-client/': '/node_modules/@lit-labs/ssr-client/',
  },
})}</script>`;
/** Module scripts importing `modules` in this order, as one module graph (what a bundler's chunks do). */
const imports = (...modules) =>
  `${IMPORT_MAP}<script type="module">${modules.map((m) => `import '${m}';`).join(' ')}</script>`;
const ESM = imports('/dist/ssr/hydrate.js', '/dist/index.js');
/** Lit's own hydration support, what the Lit integrations of Astro, Eleventy and Next load. */
const LIT_SUPPORT = '@lit-labs/ssr-client/lit-element-hydrate-support.js';

/**
 * A page around server-rendered HTML. Before any module runs, a classic
 * script notes the nodes the server rendered (to tell hydration from a second
 * render) and every event the elements fire.
 */
const page = (body, script = BUNDLE) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>test</title>
<script>
  window.__events = [];
  for (const type of ['brief-load', 'brief-error', 'pdf-download']) {
    document.addEventListener(type, (e) => window.__events.push({ type, detail: e.detail && JSON.parse(JSON.stringify({ ...e.detail, error: e.detail.error?.message })) }));
  }
  // A click on the PDF link must not start a download in the test.
  document.addEventListener('click', (e) => e.composedPath()[0].closest?.('a[download]') && e.preventDefault());
</script>
${script}
</head><body>
${body}
<script>
  window.__ssr = [...document.querySelectorAll('intel-brief, download-pdf, brief-section')].map((el) => el.shadowRoot && el.shadowRoot.querySelector('article, div, a, span, section'));
</script>
<p id="after">After the brief.</p>
</body></html>`;

const pages = {};
let browser;
let base;
let close;

before(async () => {
  Object.assign(pages, {
    full: page(await renderBrief(revised)),
    card: page(await renderBrief(reference, { layout: 'card' })),
    green: page(await renderBrief(green, { tlpMax: 'green', layout: 'card' })),
    esm: page(await renderBrief(revised, { layout: 'card' }), ESM),
    // The bundle without hydration support, on a server-rendered page (its README says not to).
    plain: page(await renderBrief(reference), '<script type="module" src="/dist/intel-brief.bundle.js"></script>'),
    // The page sets another brief before the element is defined: server and browser differ.
    other: page(
      `${await renderBrief(reference, { hydratable: false })}<script>document.querySelector('intel-brief').brief = { title: 'Another brief', date: '2025-01-02' };</script>`,
    ),
    // Lit first (a bundler's shared chunk), then the hydration support, then the elements.
    litFirst: page(
      await renderBrief(reference, { layout: 'card' }),
      imports('lit', '/dist/ssr/hydrate.js', '/dist/index.js'),
    ),
    // The elements first, then the support.
    hydrateLast: page(
      await renderBrief(reference, { layout: 'card' }),
      imports('/dist/index.js', '/dist/ssr/hydrate.js'),
    ),
    // Lit's support alone, before Lit and after it.
    litSupport: page(await renderBrief(reference, { layout: 'card' }), imports(LIT_SUPPORT, '/dist/index.js')),
    litSupportLate: page(
      await renderBrief(reference, { layout: 'card' }),
      imports('lit', LIT_SUPPORT, '/dist/index.js'),
    ),
    // Lit's own render() of the tag, with no renderLight(): the browser has no data for it.
    litTemplate: page(
      await renderOne(html`<intel-brief .brief=${reference} layout="card"></intel-brief>`),
      imports(LIT_SUPPORT, '/dist/index.js'),
    ),
    elements: page(
      `${await renderOne('<download-pdf href="/briefs/Indian-Government-Rescues-250-Citizens.pdf" size="2820669"></download-pdf>')}
       ${await renderOne('<brief-section heading="Outlook" heading-level="3"><p>Hand-written</p></brief-section>')}`,
    ),
  });
  ({ base, browser, close } = await serveAndLaunch({ pages }));
});

/** Firefox (Debian's ESR, over WebDriver BiDi), started for the tests of script order; none when it is not installed. */
let firefox;
const ENGINES = ['chromium', ...(findFirefox() ? ['firefox'] : [])];
const launchFirefox = async () =>
  (firefox ??= puppeteer.launch({ browser: 'firefox', executablePath: findFirefox(), headless: true }));

after(async () => {
  await (await firefox)?.close();
  await close?.();
});

/** Static markup of one element, or a template, rendered by @lit-labs/ssr. */
async function renderOne(markup) {
  const { render } = await import('@lit-labs/ssr');
  const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
  const strings = Object.assign([markup], { raw: [markup] });
  return collectResult(render(typeof markup === 'string' ? html(strings) : markup));
}

/**
 * Opens a page; returns it with every console message, page error and failed
 * request it produced.
 */
async function open(name, { javascript = true, timezone, engine = 'chromium' } = {}) {
  const tab = await (engine === 'firefox' ? await launchFirefox() : browser).newPage();
  const problems = [];
  tab.on('console', (message) => {
    if (['error', 'warn', 'warning', 'assert'].includes(message.type()))
      problems.push(`console.${message.type()}: ${message.text()}`);
  });
  tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  tab.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  if (!javascript) await tab.setJavaScriptEnabled(false);
  if (timezone) await tab.emulateTimezone(timezone);
  await tab.goto(`${base}/page/${name}.html`, { waitUntil: 'load' });
  if (javascript) {
    await tab.waitForFunction(() => customElements.get('intel-brief') !== undefined);
    // Every element has finished updating (the first update, then the reader's dates).
    await tab.evaluate(async () => {
      for (const el of document.querySelectorAll('intel-brief, download-pdf, brief-section'))
        while (!(await el.updateComplete));
    });
  }
  return { tab, problems };
}

/** Facts about the first `<intel-brief>` of the page. */
const facts = (tab) =>
  tab.evaluate(() => {
    const el = document.querySelector('intel-brief');
    const root = el.shadowRoot;
    const text = (node) => node?.textContent.replace(/\s+/g, ' ').trim();
    return {
      defined: customElements.get('intel-brief') !== undefined,
      articles: root.querySelectorAll('article').length,
      titles: [...root.querySelectorAll('h2')].map(text),
      sections: [...root.querySelectorAll('h3')].map(text),
      times: [...root.querySelectorAll('time')].map(text),
      pdf: root.querySelector('a[download]') && {
        href: root.querySelector('a[download]').getAttribute('href'),
        text: root.querySelector('a[download]').innerText.replace(/\s+/g, ' ').trim(),
      },
      tlp: [...root.querySelectorAll('[part="tlp"]')].map(text),
      hydrated: window.__ssr
        ? window.__ssr[0] !== null && window.__ssr[0] === root.querySelector('article, div')
        : null,
      events: window.__events ?? [],
      styles: root.querySelectorAll('style').length,
      text: text(root),
    };
  });

describe('server output with JavaScript off', () => {
  test('the full brief reads completely, styled', async () => {
    const { tab, problems } = await open('full', { javascript: false });
    const f = await facts(tab);
    assert.equal(f.defined, false, 'no script ran');
    assert.deepEqual(f.titles, [reference.title]);
    assert.deepEqual(f.sections, ['Where', "Who's involved", 'What happened?', 'Analysis', 'Conclusion']);
    for (const section of reference.sections)
      for (const line of section.bullets ?? section.paragraphs) assert.ok(f.text.includes(line));
    assert.deepEqual(f.pdf, {
      href: 'Indian-Government-Rescues-250-Citizens.pdf',
      text: 'Indian Government Rescues 250 Citizens.pdf Download PDF • 2.69 MB',
    });
    assert.deepEqual(f.times, ['Apr 4, 2024', 'Mar 11, 2026 (UTC)']);
    // The styles came inline in the declarative shadow root, and apply.
    const style = await tab.evaluate(() => {
      const root = document.querySelector('intel-brief').shadowRoot;
      const css = (selector, property) => getComputedStyle(root.querySelector(selector))[property];
      return {
        kind: css('.kind', 'textTransform'),
        tile: css('.tile', 'display'),
        host: getComputedStyle(document.querySelector('intel-brief')).display,
      };
    });
    assert.deepEqual(style, { kind: 'uppercase', tile: 'inline-flex', host: 'block' });
    assert.deepEqual(problems, []);
    await tab.close();
  });

  test('a card shows everything, without its button; the TLP marking and sources show', async () => {
    const { tab, problems } = await open('green', { javascript: false });
    const f = await facts(tab);
    assert.deepEqual(f.tlp, ['TLP:GREEN', 'TLP:GREEN']);
    assert.ok(f.text.includes('Union press statement') && f.text.includes('Berth schedule update'));
    const layout = await tab.evaluate(() => {
      const root = document.querySelector('intel-brief').shadowRoot;
      return {
        rest: root.querySelector('[part="rest"]').getBoundingClientRect().height,
        button: getComputedStyle(root.querySelector('[part="toggle"]')).display,
        tlp: getComputedStyle(root.querySelector('[part="tlp"]')).backgroundColor,
        // What a closed card hides, the whole card shows: its handling line and its reference.
        handling: root.querySelector('[part="handling"]').innerText,
        meta: root.querySelector('[part="meta"]').innerText.replace(/\s+/g, ' '),
      };
    });
    assert.equal(layout.handling, 'Share within your community, not publicly.');
    assert.match(layout.meta, /^Reference: ib-2026-0311 · /);
    assert.ok(layout.rest > 100, `the rest is ${layout.rest}px high`);
    assert.equal(layout.button, 'none');
    assert.equal(layout.tlp, 'rgb(0, 0, 0)');
    assert.deepEqual(problems, []);
    await tab.close();
  });

  test('a card without a summary reads its first section once: the excerpt hides with the whole brief shown', async () => {
    const { tab, problems } = await open('card', { javascript: false });
    const seen = await tab.evaluate(
      () => document.querySelector('intel-brief').shadowRoot.querySelector('article').innerText,
    );
    const opening = reference.sections[0].bullets[0].slice(0, 60);
    assert.equal(seen.split(opening).length, 2, 'the first bullet shows once');
    assert.ok(seen.includes('What happened?'));
    assert.deepEqual(problems, []);
    await tab.close();
  });

  test('<download-pdf> and <brief-section> read on their own', async () => {
    const { tab } = await open('elements', { javascript: false });
    const got = await tab.evaluate(() => ({
      pdf: document
        .querySelector('download-pdf')
        .shadowRoot.querySelector('a[download]')
        .innerText.replace(/\s+/g, ' ')
        .trim(),
      heading: document.querySelector('brief-section').shadowRoot.querySelector('h3').textContent,
      slotted: document.querySelector('brief-section p').getBoundingClientRect().height > 0,
    }));
    assert.deepEqual(got, {
      pdf: 'Indian-Government-Rescues-250-Citizens.pdf Download PDF • 2.69 MB',
      heading: 'Outlook',
      slotted: true,
    });
    await tab.close();
  });
});

describe('server output hydrated in the browser', () => {
  test('the full brief hydrates in place: one article, one title, no error, brief-load fires', async () => {
    const { tab, problems } = await open('full');
    const f = await facts(tab);
    assert.equal(f.defined, true);
    assert.equal(f.articles, 1);
    assert.deepEqual(f.titles, [reference.title]);
    assert.equal(f.hydrated, true, 'the server’s nodes are kept, not rendered again');
    assert.equal(f.styles, 1);
    assert.deepEqual(
      f.events.map((e) => e.type),
      ['brief-load'],
    );
    assert.equal(f.events[0].detail.brief.title, reference.title);
    assert.deepEqual(problems, []);
    await tab.close();
  });

  for (const [timezone, shown] of [
    ['Asia/Tokyo', 'Mar 12, 2026'],
    ['America/Los_Angeles', 'Mar 11, 2026'],
    ['UTC', 'Mar 11, 2026'],
  ]) {
    test(`a reader in ${timezone}: no mismatch, and the date-time in the reader's zone`, async () => {
      const { tab, problems } = await open('full', { timezone });
      const f = await facts(tab);
      assert.equal(await tab.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone), timezone);
      assert.deepEqual(f.times, ['Apr 4, 2024', shown]);
      assert.equal(f.hydrated, true);
      assert.equal(f.articles, 1);
      assert.deepEqual(problems, []);
      await tab.close();
    });
  }

  test('the ESM build with intel-brief/hydrate.js hydrates too', async () => {
    const { tab, problems } = await open('esm', { timezone: 'Asia/Tokyo' });
    const f = await facts(tab);
    assert.equal(f.hydrated, true);
    assert.equal(f.articles, 1);
    assert.deepEqual(f.times, ['Apr 4, 2024', 'Mar 12, 2026']);
    assert.deepEqual(
      f.events.map((e) => e.type),
      ['brief-load'],
    );
    await tab.evaluate(() => document.querySelector('intel-brief').shadowRoot.querySelector('[part="toggle"]').click());
    assert.equal(
      await tab.evaluate(() =>
        document.querySelector('intel-brief').shadowRoot.querySelector('[part="toggle"]').getAttribute('aria-expanded'),
      ),
      'true',
    );
    assert.deepEqual(problems, []);
    await tab.close();
  });

  test('without hydration support, the server HTML is replaced, not rendered beside', async () => {
    const { tab, problems } = await open('plain');
    const f = await facts(tab);
    assert.equal(f.articles, 1);
    assert.deepEqual(f.titles, [reference.title]);
    assert.equal(f.hydrated, false, 'rendered again');
    assert.deepEqual(
      f.events.map((e) => e.type),
      ['brief-load'],
    );
    assert.deepEqual(problems, []);
    await tab.close();
  });

  test('server HTML from other data than the browser has is replaced, never a thrown error', async () => {
    const { tab, problems } = await open('other');
    const f = await facts(tab);
    assert.equal(f.articles, 1);
    assert.deepEqual(f.titles, ['Another brief']);
    assert.deepEqual(f.sections, []);
    assert.equal(f.styles, 1);
    assert.deepEqual(
      f.events.map((e) => e.type),
      ['brief-load'],
    );
    assert.deepEqual(problems, []);
    await tab.close();
  });

  /** Opens the card by its button; returns its `aria-expanded` then. */
  const openCard = (tab) =>
    tab.evaluate(async () => {
      const el = document.querySelector('intel-brief');
      el.shadowRoot.querySelector('[part="toggle"]').click();
      await el.updateComplete;
      return el.shadowRoot.querySelector('[part="toggle"]').getAttribute('aria-expanded');
    });

  // However the scripts load: exactly one brief, interactive, brief-load, no console error.
  for (const engine of ENGINES)
    for (const [name, how, kept] of [
      ['litFirst', 'Lit loaded before intel-brief/hydrate.js (a shared chunk): hydrated', true],
      ['hydrateLast', 'intel-brief/hydrate.js loaded after the elements: hydrated', true],
    ])
      test(`${engine}: ${how}, one brief, the card opens`, async () => {
        const { tab, problems } = await open(name, { engine });
        const f = await facts(tab);
        assert.equal(f.articles, 1, 'the brief shows once');
        assert.deepEqual(f.titles, [reference.title]);
        assert.equal(f.hydrated, kept, kept ? 'rendered again, not hydrated' : 'kept');
        assert.deepEqual(
          f.events.map((e) => e.type),
          ['brief-load'],
        );
        assert.equal(await openCard(tab), 'true');
        assert.deepEqual(problems, []);
        await tab.close();
      });
});

// Lit's own support without intel-brief/hydrate.js: the element hydrates or replaces through
// hydrateServerHtml() (src/internal/hydration.ts).
describe('Lit’s own hydration support alone', () => {
  for (const engine of ENGINES)
    for (const [name, how] of [
      ['litSupport', 'loaded before Lit: hydrated'],
      ['litSupportLate', 'loaded after Lit: the server HTML is replaced'],
    ])
      test(`${engine}: ${how}, one brief, the card opens, no error`, async () => {
        const { tab, problems } = await open(name, { engine });
        const f = await facts(tab);
        assert.equal(f.articles, 1, 'the brief shows once');
        assert.deepEqual(f.titles, [reference.title]);
        assert.deepEqual(
          f.events.map((e) => e.type),
          ['brief-load'],
        );
        const expanded = await tab.evaluate(async () => {
          const el = document.querySelector('intel-brief');
          el.shadowRoot.querySelector('[part="toggle"]').click();
          await el.updateComplete;
          return el.shadowRoot.querySelector('[part="toggle"]').getAttribute('aria-expanded');
        });
        assert.equal(expanded, 'true');
        assert.deepEqual(problems, []);
        await tab.close();
      });

  test('HTML from Lit’s render() with no inline JSON: the server’s brief stays, once, with no error', async () => {
    const { tab, problems } = await open('litTemplate');
    const f = await facts(tab);
    assert.equal(f.articles, 1);
    assert.deepEqual(f.titles, [reference.title]);
    assert.equal(f.hydrated, true, 'the server’s nodes are kept');
    assert.deepEqual(problems, []);
    await tab.close();
  });
});
