import { expect, fixture, html } from '@open-wc/testing';
import '../src/define/intel-brief.js';
import type { IntelBrief } from '../src/intel-brief.js';
import { sample } from './helpers.js';

/**
 * What the registry writes into its sheet. Firefox and WebKit draw no page
 * margin boxes and drop them from the parsed rules, so the text written is
 * what all three engines can check; Chromium's parsed rules are checked too.
 */
const written = new WeakMap<CSSStyleSheet, string>();
const replaceSync = CSSStyleSheet.prototype.replaceSync;
CSSStyleSheet.prototype.replaceSync = function (this: CSSStyleSheet, text: string) {
  written.set(this, text);
  return replaceSync.call(this, text);
};
const parsed = (s: CSSStyleSheet) => [...s.cssRules].map((r) => r.cssText).join('');

/** The page-level sheets holding an `@page` rule, as written. */
const pageSheets = () => document.adoptedStyleSheets.filter((s) => parsed(s).includes('@page')).map((s) => written.get(s) ?? parsed(s));

/** The marking the page prints in its margins: `TLP:…` in `@top-center` and in `@bottom-center`, or none. */
function printed(): string | undefined {
  const sheets = pageSheets();
  if (!sheets.length) return undefined;
  expect(sheets.length, 'one @page sheet').to.equal(1);
  const [top, bottom] = ['top-center', 'bottom-center'].map((box) => new RegExp(`@${box}\\s*\\{[^}]*content:\\s*"(TLP:[A-Z+]+)"`).exec(sheets[0]!)?.[1]);
  expect(bottom, 'the footer marking').to.equal(top);
  return top;
}

const brief = async (tlp?: string, attrs = '') => {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.innerHTML = `<intel-brief tlp-max="red" ${attrs}></intel-brief>`;
  const el = wrapper.firstElementChild as IntelBrief;
  el.brief = { title: `Brief ${tlp ?? 'unmarked'}`, date: '2026-01-02', ...(tlp ? { tlp } : {}) };
  await el.updateComplete;
  return el;
};

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

  it('follows the most restrictive marking among the briefs on the page, and goes with the last', async () => {
    expect(printed()).to.equal(undefined);
    const unmarked = await brief();
    expect(printed(), 'unmarked').to.equal(undefined);
    const green = await brief('green');
    expect(printed()).to.equal('TLP:GREEN');
    const red = await brief('TLP:Red', 'layout="card"');
    expect(printed()).to.equal('TLP:RED');
    const amber = await brief('amber+strict');
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

  it("follows a brief's new marking, a brief moved, and a brief withheld", async () => {
    const el = await brief('green');
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

  it('leaves out a brief removed before its update, and one never connected', async () => {
    const el = await brief('amber');
    expect(printed()).to.equal('TLP:AMBER');
    el.brief = { title: 'Red, but removed', date: '2026-01-02', tlp: 'red' };
    el.remove();
    await el.updateComplete;
    expect(printed()).to.equal(undefined);
    const loose = document.createElement('intel-brief') as IntelBrief;
    loose.tlpMax = 'red';
    loose.brief = { title: 'Never connected', date: '2026-01-02', tlp: 'red' };
    await new Promise((resolve) => setTimeout(resolve));
    expect(printed()).to.equal(undefined);
  });

  it('prints the marking in its colour on black, at 12 pt, in margins that leave room', async () => {
    const colours: Record<string, string> = {
      clear: 'rgb(255, 255, 255)',
      green: 'rgb(51, 255, 0)',
      amber: 'rgb(255, 192, 0)',
      'amber+strict': 'rgb(255, 192, 0)',
      red: 'rgb(255, 43, 43)',
    };
    for (const [level, colour] of Object.entries(colours)) {
      const el = await brief(level);
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

  it('reads the reference brief: an unmarked brief prints none, the GREEN sample TLP:GREEN', async () => {
    const el = await brief();
    el.brief = await sample('cyber-slavery-2024');
    await el.updateComplete;
    expect(printed()).to.equal(undefined);
    el.brief = await sample('port-strike-tlp-green');
    await el.updateComplete;
    expect(printed()).to.equal('TLP:GREEN');
  });
});
