import { expect } from '@open-wc/testing';
import '../src/index.js';
import type { IntelBrief } from '../src/index.js';
import { $$, LINK_SCHEMES, afterClickedLinks, clickEvery } from './helpers.js';

// Every payload of the committed corpus, placed in every string field of a
// brief (and in an inline link's URL). None may execute, create an element the
// data names, or become a link with a scheme other than http(s) or mailto.

declare global {
  interface Window {
    __xss?: number;
  }
}

const OUR_ELEMENTS = new Set([
  'article',
  'header',
  'footer',
  'section',
  'div',
  'p',
  'span',
  'strong',
  'em',
  'a',
  'ul',
  'ol',
  'li',
  'br',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'time',
  'bdi',
  'button',
  'code',
  'svg',
  'path',
]);

type Brief = Record<string, unknown>;
const FIELDS: [string, (p: string) => Brief][] = [
  ['title', (p) => ({ title: p })],
  ['kind', (p) => ({ kind: p })],
  ['id', (p) => ({ id: p })],
  ['summary', (p) => ({ summary: p })],
  ['summary link URL', (p) => ({ summary: `see [this](${p})` })],
  ['where[0]', (p) => ({ where: [p] })],
  ['who[0]', (p) => ({ who: [p] })],
  ['tags[0]', (p) => ({ tags: [p] })],
  ['sections[0].heading', (p) => ({ sections: [{ heading: p, bullets: ['b'] }] })],
  ['sections[0].id', (p) => ({ sections: [{ heading: 'h', id: p, bullets: ['b'] }] })],
  ['sections[0].paragraphs[0]', (p) => ({ sections: [{ heading: 'h', paragraphs: [p] }] })],
  ['sections[0].bullets[0]', (p) => ({ sections: [{ heading: 'h', bullets: [p] }] })],
  ['sections[0].bullets[0] link URL', (p) => ({ sections: [{ heading: 'h', bullets: [`[x](${p})`] }] })],
  ['pdf.href', (p) => ({ pdf: { href: p, size: 1000 } })],
  ['pdf.name', (p) => ({ pdf: { href: 'a.pdf', name: p } })],
  ['sources[0].title', (p) => ({ sources: [{ title: p, url: 'https://example.org' }] })],
  ['sources[0].url', (p) => ({ sources: [{ title: 't', url: p }] })],
  ['sources[0].publisher', (p) => ({ sources: [{ title: 't', publisher: p }] })],
  ['keyJudgments[0].text', (p) => ({ keyJudgments: [{ text: p, likelihood: 'likely' }] })],
  ['author', (p) => ({ author: p })],
  ['author.name', (p) => ({ author: { name: p } })],
  ['author.url', (p) => ({ author: { name: 'n', url: p } })],
  ['lang (invalid: shown in the error)', (p) => ({ lang: p })],
  ['date (invalid: shown in the error)', (p) => ({ date: p })],
];

function check(el: IntelBrief, where: string) {
  for (const node of el.shadowRoot!.querySelectorAll('*')) {
    expect(OUR_ELEMENTS.has(node.localName), `${where}: <${node.localName}> in the shadow DOM`).to.equal(true);
  }
  expect(
    $$(el, 'svg').every((svg) => svg.getAttribute('part') === 'icon'),
    `${where}: a foreign <svg>`,
  ).to.equal(true);
  for (const a of $$<HTMLAnchorElement>(el, 'a[href]')) {
    expect(LINK_SCHEMES.has(new URL(a.href).protocol), `${where}: link to ${a.getAttribute('href')}`).to.equal(true);
  }
  for (const node of el.shadowRoot!.querySelectorAll('*')) {
    for (const attr of node.getAttributeNames()) {
      expect(attr.startsWith('on'), `${where}: ${attr} attribute`).to.equal(false);
    }
  }
}

describe('injection corpus', function () {
  this.timeout(120000);
  let payloads: string[];
  before(async () => {
    payloads = ((await (await fetch('/test/fixtures/xss-payloads.json')).json()) as { payloads: string[] }).payloads;
    window.__xss = undefined;
  });

  it('has at least 100 payloads', () => {
    expect(payloads.length).to.be.at.least(100);
  });

  it('executes no payload in any field, and creates no element or link from data', async () => {
    const el = document.createElement('intel-brief');
    el.setAttribute('tlp-max', 'red');
    document.body.append(el);
    let tried = 0;
    for (const payload of payloads) {
      for (const [field, make] of FIELDS) {
        el.brief = { title: 'Injection test', date: '2024-04-04', ...make(payload) };
        await el.updateComplete;
        check(el, `${field} = ${JSON.stringify(payload)}`);
        clickEvery(el);
        tried++;
      }
    }
    // check() found no element and no on… attribute from data, so no handler waits to fire;
    // the links clicked have all had their turn once ours has.
    await afterClickedLinks();
    console.log(
      `injection corpus: ${payloads.length} payloads x ${FIELDS.length} fields = ${tried} briefs, executions: ${window.__xss ?? 0}`,
    );
    expect(window.__xss).to.equal(undefined);
    el.remove();
  });

  it('keeps every payload of a withheld brief out of the DOM', async () => {
    const el = document.createElement('intel-brief');
    document.body.append(el);
    for (const [i, payload] of payloads.entries()) {
      const marker = `withheld-${i}-§`;
      el.brief = {
        title: marker + payload,
        date: '2024-04-04',
        tlp: 'AMBER',
        summary: marker,
        where: [marker],
        sections: [{ heading: marker, paragraphs: [marker + payload] }],
        pdf: { href: 'a.pdf', name: marker },
      };
      await el.updateComplete;
      expect(el.shadowRoot!.innerHTML).to.not.contain(marker);
      expect(el.shadowRoot!.textContent).to.contain('TLP:AMBER');
    }
    el.remove();
  });
});
