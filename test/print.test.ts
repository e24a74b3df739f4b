// Printing: the whole brief (a card expanded), link URLs written out, and, with
// intel-brief/print-marking.js, the TLP marking in the page's margins, following the most
// restrictive brief on the page.
import { expect } from '@open-wc/testing';
import '../src/define/intel-brief.js';
import '../src/print-marking.js';
import { $, $$, pageReport, sample } from './helpers.js';
import { both, render, type Fixture } from './fixture.js';

/**
 * What the registry writes into its sheet. Firefox and WebKit draw no page
 * margin boxes and drop them from the parsed rules, so the text written is
 * what all three engines can check; Chromium's parsed rules are checked too.
 */
const written = new WeakMap<CSSStyleSheet, string>();
// eslint-disable-next-line @typescript-eslint/unbound-method -- the original, called with .call() on each sheet
const replaceSync = CSSStyleSheet.prototype.replaceSync;
CSSStyleSheet.prototype.replaceSync = function (this: CSSStyleSheet, text: string) {
  written.set(this, text);
  return replaceSync.call(this, text);
};
const parsed = (s: CSSStyleSheet) => [...s.cssRules].map((r) => r.cssText).join('');

/** The page-level sheets holding an `@page` rule, as written. */
const pageSheets = () =>
  document.adoptedStyleSheets.filter((s) => parsed(s).includes('@page')).map((s) => written.get(s) ?? parsed(s));

/**
 * The marking the page prints in its margins: `TLP:…` in `@top-center` and in
 * `@bottom-center`, or none. As printing does, it fires `beforeprint` first.
 */
function printed(): string | undefined {
  dispatchEvent(new Event('beforeprint'));
  const sheets = pageSheets();
  if (!sheets.length) return undefined;
  expect(sheets.length, 'one @page sheet').to.equal(1);
  const [top, bottom] = ['top-center', 'bottom-center'].map(
    (box) => new RegExp(`@${box}\\s*\\{[^}]*content:\\s*"(TLP:[A-Z+]+)"`).exec(sheets[0])?.[1],
  );
  expect(bottom, 'the footer marking').to.equal(top);
  return top;
}

const brief = (fixture: Fixture, tlp?: string, attrs = '') =>
  render(
    fixture,
    { title: `Brief ${tlp ?? 'unmarked'}`, date: '2026-01-02', ...(tlp ? { tlp } : {}) },
    `tlp-max=red ${attrs}`,
  );

describe('the page-level print marking', () => {
  let own: CSSStyleSheet;
  beforeEach(() => {
    // The page's own adopted sheet: it must stay, and stay first.
    own = new CSSStyleSheet();
    own.replaceSync('p { color: rgb(1, 2, 3); }');
    document.adoptedStyleSheets = [own];
  });
  afterEach(() => {
    for (const el of document.querySelectorAll('intel-brief')) el.remove();
  });

  both('follows the most restrictive marking among the briefs on the page, and goes with the last', async (fixture) => {
    expect(printed()).to.equal(undefined);
    const unmarked = await brief(fixture);
    expect(printed(), 'unmarked').to.equal(undefined);
    const green = await brief(fixture, 'green');
    expect(printed()).to.equal('TLP:GREEN');
    const red = await brief(fixture, 'TLP:Red', 'layout="card"');
    expect(printed()).to.equal('TLP:RED');
    const amber = await brief(fixture, 'amber+strict');
    expect(printed(), 'a lower marking added later').to.equal('TLP:RED');
    expect(document.adoptedStyleSheets[0], "the page's own sheet").to.equal(own);
    expect(document.adoptedStyleSheets.length).to.equal(2);
    red.remove();
    expect(printed(), 'RED removed').to.equal('TLP:AMBER+STRICT');
    amber.remove();
    expect(printed()).to.equal('TLP:GREEN');
    green.remove();
    expect(printed(), 'only unmarked left').to.equal(undefined);
    expect(document.adoptedStyleSheets).to.deep.equal([own]);
    unmarked.remove();
  });

  both("follows a brief's new marking, a brief moved, and a brief withheld", async (fixture) => {
    const el = await brief(fixture, 'green');
    el.brief = { title: 'Now red', date: '2026-01-02', tlp: 'red' };
    await el.updateComplete;
    expect(printed()).to.equal('TLP:RED');
    // Moved within the page: disconnected, then connected again.
    document.body.append(el);
    expect(printed(), 'moved').to.equal('TLP:RED');
    // Withheld (above tlp-max): none of its text is on the page, so its marking is not either.
    el.tlpMax = 'amber';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.withheld')).to.not.equal(null);
    expect(printed(), 'withheld').to.equal(undefined);
    el.tlpMax = 'red';
    await el.updateComplete;
    expect(printed()).to.equal('TLP:RED');
    el.brief = { title: 'Unmarked now', date: '2026-01-02' };
    await el.updateComplete;
    expect(printed(), 'marking dropped').to.equal(undefined);
    el.brief = '{ not json';
    await el.updateComplete;
    expect(printed(), 'error state').to.equal(undefined);
  });

  both('leaves out a brief removed before its update, and one never connected', async (fixture) => {
    const el = await brief(fixture, 'amber');
    expect(printed()).to.equal('TLP:AMBER');
    el.brief = { title: 'Red, but removed', date: '2026-01-02', tlp: 'red' };
    el.remove();
    await el.updateComplete;
    expect(printed()).to.equal(undefined);
    const loose = document.createElement('intel-brief');
    loose.tlpMax = 'red';
    loose.brief = { title: 'Never connected', date: '2026-01-02', tlp: 'red' };
    await new Promise((resolve) => setTimeout(resolve));
    expect(printed()).to.equal(undefined);
  });

  both(
    'follows briefs by their events before any print; stray events and a dropped sheet break nothing',
    async (fixture) => {
      const el = await brief(fixture, 'amber');
      await Promise.resolve();
      // Without beforeprint: the sheet followed the brief's event.
      expect(pageSheets()[0], 'after brief-load').to.include('content:"TLP:AMBER"');
      // Events of the same name from elsewhere: on the document itself, on a text node.
      document.dispatchEvent(new CustomEvent('brief-load'));
      const text = document.body.appendChild(document.createTextNode(''));
      text.dispatchEvent(new CustomEvent('brief-error', { bubbles: true }));
      text.remove();
      await Promise.resolve();
      expect(printed(), 'after stray events').to.equal('TLP:AMBER');
      // The page sets its adopted sheets anew, ours left out: back before the page prints.
      document.adoptedStyleSheets = [own];
      expect(printed(), 'after the page dropped the sheet').to.equal('TLP:AMBER');
      expect(document.adoptedStyleSheets[0], "the page's own sheet, first").to.equal(own);
      el.remove();
    },
  );

  both('prints the marking in its colour on black, at 12 pt, in margins that leave room', async (fixture) => {
    const colours: Record<string, string> = {
      clear: 'rgb(255, 255, 255)',
      green: 'rgb(51, 255, 0)',
      amber: 'rgb(255, 192, 0)',
      'amber+strict': 'rgb(255, 192, 0)',
      red: 'rgb(255, 43, 43)',
    };
    for (const [level, colour] of Object.entries(colours)) {
      const el = await brief(fixture, level);
      const [text] = pageSheets();
      expect(text, level).to.include(`color:${{ clear: '#fff', green: '#3f0', red: '#ff2b2b' }[level] ?? '#ffc000'};`);
      expect(text).to.include('font:700 12pt/1 monospace');
      expect(text).to.include('border:1mm solid #000');
      expect(text).to.match(/^@page\{margin:20mm 15mm;@top-center\{[^}]+\}@bottom-center\{[^}]+\}\}$/);
      // What the engine made of it: the margins everywhere; the boxes where they are drawn (Chromium).
      const rules = document.adoptedStyleSheets.map(parsed).find((t) => t.includes('@page'))!;
      expect(rules).to.match(/@page \{ margin: 20mm 15mm;/);
      if (rules.includes('@top-center')) expect(rules).to.include(`color: ${colour}`);
      el.remove();
    }
  });

  both('reads the reference brief: an unmarked brief prints none, the GREEN sample TLP:GREEN', async (fixture) => {
    const el = await brief(fixture);
    el.brief = await sample('cyber-slavery-2024');
    await el.updateComplete;
    expect(printed()).to.equal(undefined);
    el.brief = await sample('port-strike-tlp-green');
    await el.updateComplete;
    expect(printed()).to.equal('TLP:GREEN');
  });
});

describe('intel-brief/print-marking.js beside the single-file bundle', () => {
  it('is one file with no import, and marks briefs shown before it ran and briefs in shadow roots', async () => {
    const source = await (await fetch('/dist/print-marking.js')).text();
    expect(source).to.not.match(/^\s*(import|export)\b/m);
    // The page a reader prints: the bundle, a pasted-in GREEN brief that renders before the
    // add-on runs, then, in another component's shadow root, an AMBER brief that loads later.
    const report = await pageReport(`<!doctype html>
      <script type="module" src="/dist/intel-brief.bundle.js"></script>
      <intel-brief tlp-max="green"><script type="application/json">
        { "title": "Pasted in", "date": "2025-09-02", "tlp": "green" }
      </script></intel-brief>
      <div id="host"></div>
      <script type="module">
        addEventListener('error', (event) => parent.postMessage({ error: String(event.message) }, '*'));
        addEventListener('unhandledrejection', (event) => parent.postMessage({ error: String(event.reason) }, '*'));
        const pasted = document.querySelector('intel-brief');
        await pasted.updateComplete;
        // The brief is on screen; now the add-on, as a script element (WebKit never settles an
        // import() in a srcdoc frame).
        const addOn = Object.assign(document.createElement('script'), { type: 'module', src: '/dist/print-marking.js' });
        const loaded = new Promise((resolve) => addOn.addEventListener('load', resolve));
        document.head.append(addOn);
        await loaded;
        // What the page prints: the @page rule's text, as the engine parsed it (Firefox and
        // WebKit keep the margins and drop the margin boxes, which they do not draw).
        const pageRule = () => {
          dispatchEvent(new Event('beforeprint'));
          return document.adoptedStyleSheets.flatMap((s) => [...s.cssRules]).map((r) => r.cssText).find((t) => t.includes('@page'));
        };
        const afterPasted = pageRule();
        const nested = document.createElement('intel-brief');
        nested.setAttribute('tlp-max', 'amber');
        const root = document.getElementById('host').attachShadow({ mode: 'open' });
        root.append(nested);
        nested.brief = { title: 'In a shadow root', date: '2025-09-02', tlp: 'amber' };
        await nested.updateComplete;
        await Promise.resolve();
        const afterNested = pageRule();
        nested.remove();
        const afterRemoved = pageRule();
        pasted.remove();
        parent.postMessage({ afterPasted, afterNested, afterRemoved, afterAll: pageRule() ?? 'none' }, '*');
      </script>`);
    const { afterPasted, afterNested, afterRemoved, afterAll, error } = report;
    expect(error, 'an error in the page').to.equal(undefined);
    for (const rule of [afterPasted, afterNested, afterRemoved]) expect(rule).to.match(/@page \{ margin: 20mm 15mm;/);
    if (String(afterPasted).includes('@top-center')) {
      expect(afterPasted).to.include('TLP:GREEN');
      expect(afterNested).to.include('TLP:AMBER');
      expect(afterRemoved).to.include('TLP:GREEN');
    }
    expect(afterAll, 'no brief left').to.equal('none');
  });
});

const visible = (node: Element | null) => !!node && (node as HTMLElement).offsetParent !== null;

afterEach(() => document.querySelectorAll('body > intel-brief').forEach((el) => el.remove()));

/**
 * Does what printing does, in every engine: fires `beforeprint` (a closed card
 * renders its rest then, synchronously), and switches on the `@media print`
 * rules of an element's styles (only Chromium's DevTools protocol can emulate
 * print media, WebDriver and WebDriver BiDi cannot). Returns how to switch them off.
 */
function asIfPrinting(el: Element): () => void {
  dispatchEvent(new Event('beforeprint'));
  const root = el.shadowRoot!;
  const rules = [...root.adoptedStyleSheets, ...root.styleSheets]
    .flatMap((sheet) => [...sheet.cssRules])
    .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.media.mediaText === 'print');
  expect(rules, 'print rules').not.to.be.empty;
  for (const rule of rules) rule.media.mediaText = 'all';
  return () => rules.forEach((rule) => (rule.media.mediaText = 'print'));
}

describe('print', () => {
  let restore = () => {};
  afterEach(() => restore());

  both(
    'prints the whole brief: card expanded, no button, its TLP at its start and end in the flow, link URLs written out',
    async (fixture) => {
      const el = await render(fixture, await sample('port-strike-tlp-green'), { layout: 'card', 'tlp-max': 'green' });
      restore = asIfPrinting(el);
      expect(getComputedStyle($(el, 'button')!).display).to.equal('none');
      expect(visible($(el, '[part="tile"]'))).to.equal(true);
      expect(
        $$(el, 'h3')
          .filter(visible)
          .map((h) => h.textContent),
      ).to.include.members(['Key judgments', 'What happened?', 'Outlook', 'Sources']);
      // The page's margins carry the page-wide marking (print-marking.test.ts, test/node/print.test.mjs);
      // the brief's own markings sit in the text at its start and end, over nothing, at 12 pt.
      const markings = $$(el, '[part="tlp"]').filter(visible);
      expect(markings.map((m) => m.textContent)).to.deep.equal(['TLP:GREEN', 'TLP:GREEN']);
      for (const m of markings) {
        expect(getComputedStyle(m).position).to.equal('static');
        expect(getComputedStyle(m).fontSize).to.equal('16px'); // 12pt
      }
      const link = $(el, '[part="sources"] a')!;
      // Chromium and WebKit compute attr(href) into the URL, Firefox leaves it as written.
      const after = getComputedStyle(link, '::after').content.replace('attr(href)', `"${link.getAttribute('href')}"`);
      expect(after).to.contain('https://example.org/port-notice');
      const tip = $(el, '[role="tooltip"]')!;
      expect(getComputedStyle(tip).display).to.equal('inline');
    },
  );

  both("prints a card's excerpt once: the whole first section, no teaser above it", async (fixture) => {
    const brief = await sample<{ sections: { bullets: string[] }[] }>('cyber-slavery-2024');
    const el = await render(fixture, brief, { layout: 'card' });
    restore = asIfPrinting(el);
    expect(visible($(el, '.excerpt'))).to.equal(false);
    const opening = brief.sections[0].bullets[0].slice(0, 60);
    const seen = (el.shadowRoot!.querySelector('article') as HTMLElement).innerText;
    expect(seen.split(opening)).to.have.length(2);
    expect(
      $$(el, 'h3')
        .filter(visible)
        .map((h) => h.textContent),
    ).to.include('What happened?');
  });
});
