import { expect } from '@open-wc/testing';
import '../src/index.js';
import type { BriefSection, DownloadPdf, IntelBrief } from '../src/index.js';
import { LINK_SCHEMES, afterClickedLinks, clickEvery, settled } from './helpers.js';

// What goes into an href is exactly what the browser's URL parser checked.
// Every invisible character (Unicode controls, format characters, spaces and
// line/paragraph separators) is tried before, inside and at the end of the
// `javascript` scheme, in every URL field, through every way data arrives.

declare global {
  interface Window {
    __xss?: number;
  }
}

const INVISIBLE = /^[\p{Cc}\p{Cf}\p{Zs}\p{Zl}\p{Zp}]$/u;
const CHARS: string[] = [];
for (let cp = 0; cp <= 0x10ffff; cp++) {
  if (cp >= 0xd800 && cp <= 0xdfff) continue; // lone surrogates are not characters
  const c = String.fromCodePoint(cp);
  if (INVISIBLE.test(c)) CHARS.push(c);
}
const RUN = 'window.__xss=(window.__xss||0)+1';
const URLS = CHARS.flatMap((c) => [`${c}javascript:${RUN}`, `java${c}script:${RUN}`, `javascript${c}:${RUN}`]);

/** A brief carrying `url` in every field that can become a link. */
const briefWith = (url: string) => ({
  title: 'URL policy',
  date: '2024-04-04',
  summary: `see [the summary link](${url})`,
  author: { name: 'An author', url },
  keyJudgments: [{ text: `[a judgment link](${url})` }],
  sections: [
    { heading: 'Narrative', paragraphs: [`[a paragraph link](${url})`], bullets: [`[a bullet link](${url})`] },
  ],
  pdf: { href: url, size: 1000 },
  sources: [{ title: 'A source', url }],
});

type Make = (url: string) => HTMLElement;
const PATHS: [string, Make][] = [
  [
    'the brief property',
    (url) => Object.assign(document.createElement('intel-brief'), { brief: briefWith(url), tlpMax: 'red' }),
  ],
  [
    'inline JSON',
    (url) => {
      const el = document.createElement('intel-brief');
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(briefWith(url));
      el.append(script);
      return el;
    },
  ],
  [
    'src',
    (url) => {
      const el = document.createElement('intel-brief');
      el.setAttribute('src', `/test-api/echo?json=${encodeURIComponent(JSON.stringify(briefWith(url)))}`);
      return el;
    },
  ],
  [
    '<download-pdf href>',
    (url) => {
      const el = document.createElement('download-pdf');
      el.setAttribute('href', url);
      return el;
    },
  ],
  [
    '<brief-section>',
    (url) =>
      Object.assign(document.createElement('brief-section'), {
        heading: 'Links',
        paragraphs: [`[p](${url})`],
        bullets: [`[b](${url})`],
      }),
  ],
];

async function ready(el: HTMLElement) {
  if (el.localName === 'intel-brief') {
    const ib = el as IntelBrief;
    if (ib.src) await settled(ib);
  }
  await (el as IntelBrief | DownloadPdf | BriefSection).updateComplete;
}

function expectOnlySafeLinks(el: Element, where: string) {
  for (const a of el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    expect(
      LINK_SCHEMES.has(new URL(a.href).protocol),
      `${where}: a link to ${JSON.stringify(a.getAttribute('href'))}`,
    ).to.equal(true);
  }
}

describe('URL policy: invisible characters around a scheme', function () {
  this.timeout(300000);
  before(() => {
    window.__xss = undefined;
  });

  it('covers every control, format, space and separator character', () => {
    // Cc 65, Zs 17, Zl 1, Zp 1 and Cf (170 in Unicode 15): the exact count follows the browser's Unicode.
    expect(CHARS.length).to.be.greaterThan(240);
    for (const c of [
      '\u0000',
      '\t',
      '\u00a0',
      '\u00ad',
      '\u1680',
      '\u200b',
      '\u2028',
      '\u2029',
      '\u3000',
      '\ufeff',
      '\u{e0001}',
    ]) {
      expect(CHARS, `U+${c.codePointAt(0)!.toString(16)}`).to.include(c);
    }
  });

  for (const [path, make] of PATHS) {
    it(`never links javascript: through ${path}, and clicking every link runs nothing`, async () => {
      let links = 0;
      const batch = 100;
      for (let i = 0; i < URLS.length; i += batch) {
        const els = URLS.slice(i, i + batch).map((url) => make(url));
        // Listen before connecting, so that a fast src load is not missed.
        const done = Promise.all(els.map((el) => ready(el)));
        document.body.append(...els);
        await done;
        els.forEach((el, j) => expectOnlySafeLinks(el, `${path}, ${JSON.stringify(URLS[i + j])}`));
        for (const el of els) links += clickEvery(el);
        els.forEach((el) => el.remove());
      }
      await afterClickedLinks();
      console.log(
        `URL policy, ${path}: ${URLS.length} URLs, ${links} links rendered and clicked, scripts run: ${window.__xss ?? 0}`,
      );
      expect(window.__xss, 'a script ran').to.equal(undefined);
    });
  }

  it('the barrier the checks above wait for comes after a javascript: link clicked before it has run', async () => {
    const link = document.createElement('a');
    link.href = 'javascript:void (window.__barrierControl = true)';
    document.body.append(link);
    link.click();
    link.remove();
    await afterClickedLinks();
    expect((window as { __barrierControl?: boolean }).__barrierControl).to.equal(true);
  });

  it('keeps a no-break space before javascript: inert in HTML markup too', async () => {
    const host = document.createElement('div');
    host.innerHTML = `<download-pdf href="&#xa0;javascript:${RUN}"></download-pdf>`;
    document.body.append(host);
    const tile = host.firstElementChild as DownloadPdf;
    await tile.updateComplete;
    expectOnlySafeLinks(tile, 'markup');
    clickEvery(tile);
    expect(window.__xss).to.equal(undefined);
    host.remove();
  });
});
