import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/index.js';
import type { IntelBrief } from '../src/index.js';
import { $, $$, holdFetches, nextTask, sample, settled, watchListeners } from './helpers.js';

const unhandled: unknown[] = [];
window.addEventListener('unhandledrejection', (event) => unhandled.push(event.reason));
window.addEventListener('error', (event) => unhandled.push(event.error ?? event.message));

/** Every node of the document, counting those in open shadow roots. */
function nodesInPage(root: Document | ShadowRoot = document): number {
  let count = 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    count++;
    if (node instanceof Element && node.shadowRoot) count += nodesInPage(node.shadowRoot);
  }
  return count;
}

async function load(src: string, attrs = ''): Promise<[IntelBrief, CustomEvent]> {
  const el = await fixture<IntelBrief>(html`<intel-brief></intel-brief>`);
  for (const attr of attrs.split(' ').filter(Boolean)) el.setAttribute(...(attr.split('=') as [string, string]));
  const done = settled(el);
  el.src = src;
  const event = await done;
  await el.updateComplete;
  return [el, event];
}

describe('network faults for src', () => {
  afterEach(() => expect(unhandled, 'unhandled errors').to.deep.equal([]));

  for (const [status, reason] of [[404, 'network'], [500, 'network'], [503, 'network']] as const) {
    it(`reports HTTP ${status} with the URL and status`, async () => {
      const [el, event] = await load(`/test-api/status/${status}`);
      expect(event.detail.reason).to.equal(reason);
      expect($(el, '[role="alert"]')!.textContent).to.contain(`/test-api/status/${status}`).and.contain(String(status));
      expect($(el, 'article')).to.equal(null);
    });
  }

  it('follows a redirect and resolves relative URLs against the final URL', async () => {
    const [el, event] = await load('/test-api/redirect');
    expect(event.type).to.equal('brief-load');
    expect($<HTMLAnchorElement>(el, 'a[download]')!.href).to.equal(
      new URL('/briefs/Indian-Government-Rescues-250-Citizens.pdf', location.href).href,
    );
  });

  it('reports an HTML error page instead of JSON', async () => {
    const [el, event] = await load('/test-api/html');
    expect(event.detail.reason).to.equal('json');
    expect($(el, '[role="alert"]')!.textContent).to.contain('looks like an HTML page');
  });

  it('reports an empty body', async () => {
    const [el, event] = await load('/test-api/empty');
    expect(event.detail.reason).to.equal('json');
    expect($(el, '[role="alert"]')!.textContent).to.contain('is empty');
  });

  for (const timeout of ['2147483648', '4294967296', 'Infinity']) {
    it(`waits as long as the browser does with timeout=${timeout}, rather than failing at once`, async () => {
      const [el, event] = await load('/test-api/delay?ms=300&file=/briefs/minimal.json', `timeout=${timeout}`);
      expect(event.type).to.equal('brief-load');
      expect($(el, 'h2')!.textContent).to.not.equal('');
    });
  }

  it('resolves a data: brief\'s relative links and PDF against the page', async () => {
    const brief = { title: 'From data', date: '2024-04-04', pdf: { href: 'files/a.pdf' }, sources: [{ title: 'Rel', url: 'notes/x.html' }] };
    const [el, event] = await load(`data:application/json,${encodeURIComponent(JSON.stringify(brief))}`);
    expect(event.type).to.equal('brief-load');
    expect($<HTMLAnchorElement>(el, 'a[download]')!.href).to.equal(new URL('files/a.pdf', document.baseURI).href);
    expect($$<HTMLAnchorElement>(el, 'a').map((a) => a.href)).to.include(new URL('notes/x.html', document.baseURI).href);
  });

  it('gives up on a body that never ends after its timeout, and says so', async () => {
    const [el, event] = await load('/test-api/hang', 'timeout=400');
    expect(event.detail.reason).to.equal('timeout');
    expect($(el, '[role="alert"]')!.textContent).to.contain('Gave up loading /test-api/hang after 0.4 seconds');
  });

  it('reports a src that is not a URL', async () => {
    const [el, event] = await load('http://[broken');
    expect(event.detail.reason).to.equal('network');
    expect($(el, '[role="alert"]')!.textContent).to.contain('not a valid URL');
  });

  it('reports a server that cannot be reached', async () => {
    const [el, event] = await load('http://127.0.0.1:9/brief.json');
    expect(event.detail.reason).to.equal('network');
    expect($(el, '[role="alert"]')!.textContent).to.contain('network request failed');
  });

  it('lets a newer src overtake a slow one', async () => {
    const fetches = holdFetches();
    try {
      const el = await fixture<IntelBrief>(html`<intel-brief src="/briefs/cyber-slavery-2024.json"></intel-brief>`);
      const titles: string[] = [];
      el.addEventListener('brief-load', (e) => titles.push((e as CustomEvent).detail.brief.title));
      const slow = await fetches.request(1);
      el.src = '/briefs/minimal.json';
      const fast = await fetches.request(2);
      // The overtaken request answers first: it must not show.
      await slow.release();
      await nextTask();
      expect(titles).to.deep.equal([]);
      const done = settled(el);
      await fast.release();
      await done;
      await nextTask();
      expect(titles).to.deep.equal(['Border crossing reopened']);
    } finally {
      fetches.restore();
    }
  });

  it('stops when src is removed mid-flight: no event, nothing shown', async () => {
    const fetches = holdFetches();
    try {
      const el = await fixture<IntelBrief>(html`<intel-brief src="/briefs/minimal.json"></intel-brief>`);
      const events: string[] = [];
      el.addEventListener('brief-load', () => events.push('load'));
      el.addEventListener('brief-error', () => events.push('error'));
      const request = await fetches.request(1);
      el.removeAttribute('src');
      await request.release();
      await nextTask();
      await el.updateComplete;
      expect(events).to.deep.equal([]);
      expect(el.shadowRoot!.childElementCount).to.equal(0);
      expect(el.hasAttribute('aria-busy')).to.equal(false);
    } finally {
      fetches.restore();
    }
  });

  it('does not update after being removed mid-flight, and loads again when put back', async () => {
    const fetches = holdFetches();
    try {
      const el = await fixture<IntelBrief>(html`<intel-brief src="/briefs/minimal.json"></intel-brief>`);
      const parent = el.parentElement!;
      const events: string[] = [];
      el.addEventListener('brief-load', () => events.push('load'));
      el.addEventListener('brief-error', () => events.push('error'));
      const request = await fetches.request(1);
      el.remove();
      await request.release();
      await nextTask();
      expect(events).to.deep.equal([]);
      const done = settled(el);
      parent.append(el);
      await (await fetches.request(2)).release();
      await done;
      expect(events).to.deep.equal(['load']);
    } finally {
      fetches.restore();
    }
  });
});

describe('scale and lifecycle', function () {
  this.timeout(120000);

  it('renders a brief with 2,000 bullets', async () => {
    const bullets = Array.from({ length: 2000 }, (_, i) => `Bullet number ${i + 1} with a [link](https://example.org/${i}).`);
    const el = await fixture<IntelBrief>(html`<intel-brief .brief=${{ title: 'Big', date: '2024-04-04', sections: [{ heading: 'All', bullets }] }}></intel-brief>`);
    expect($$(el, 'li')).to.have.length(2000);
    expect($$(el, 'li a')).to.have.length(2000);
    expect($$(el, 'li').at(-1)!.textContent).to.equal('Bullet number 2000 with a link.');
  });

  describe('1,000 attach/detach cycles', () => {
    const host = document.createElement('div');
    const page: { nodes: number; listeners: number }[] = [];
    const counters: any[] = [];

    before(async function () {
      this.timeout(120000);
      const brief = await sample('cyber-slavery-2024');
      document.body.append(host);
      const cycle = async () => {
        const el = document.createElement('intel-brief') as IntelBrief;
        el.brief = brief;
        host.append(el);
        await el.updateComplete;
        el.remove();
      };
      for (let i = 0; i < 50; i++) await cycle(); // warm up caches and code
      const listeners = watchListeners();
      try {
        page.push({ nodes: nodesInPage(), listeners: listeners.count() });
        counters.push(await executeServerCommand('dom-counters'));
        for (let i = 0; i < 1000; i++) await cycle();
        await nextTask();
        page.push({ nodes: nodesInPage(), listeners: listeners.count() });
        counters.push(await executeServerCommand('dom-counters'));
      } finally {
        listeners.stop();
        host.remove();
      }
    });

    it('leave no node and no listener behind in the page', () => {
      const [before, after] = page;
      console.log(`1,000 attach/detach cycles: nodes in the page ${before!.nodes} -> ${after!.nodes}, listeners left on live targets ${after!.listeners}`);
      expect(after!.nodes, 'nodes in the document and its shadow roots').to.equal(before!.nodes);
      expect(after!.listeners, 'listeners left on the window, the document or nodes in it').to.equal(0);
    });

    it('free every detached brief: DOM and JS heap counters after a forced GC (Chromium only: DevTools protocol)', function () {
      const [before, after] = counters;
      // Firefox and WebKit offer no way to force a GC or count DOM objects, from the page or over WebDriver.
      if (!before || !after) this.skip();
      console.log(
        `1,000 attach/detach cycles: nodes ${before.nodes} -> ${after.nodes}, listeners ${before.jsEventListeners} -> ${after.jsEventListeners}, documents ${before.documents} -> ${after.documents}, JS heap ${(before.jsHeapUsed / 1e6).toFixed(1)} MB -> ${(after.jsHeapUsed / 1e6).toFixed(1)} MB`,
      );
      expect(after.jsEventListeners - before.jsEventListeners).to.be.below(20);
      expect(after.nodes - before.nodes).to.be.below(200); // one brief is ~150 nodes: none of the 1,000 may stay
      expect(after.jsHeapUsed - before.jsHeapUsed).to.be.below(5e6);
    });
  });
});

describe('a locked-down host page (strict CSP and Trusted Types)', function () {
  this.timeout(30000);

  it('renders every sample brief with the single-file bundle and no violation', async () => {
    const iframe = document.createElement('iframe');
    const report = new Promise<any>((resolve) => {
      window.addEventListener('message', function on(event) {
        if (event.data?.source !== 'csp-page') return;
        window.removeEventListener('message', on);
        resolve(event.data);
      });
    });
    iframe.src = '/test-api/csp';
    document.body.append(iframe);
    const result = await report;
    iframe.remove();
    expect(result.enforced, 'the policy is in force in the page').to.equal(true);
    expect(result.violations).to.deep.equal([]);
    expect(result.rendered).to.deep.equal([
      'Inline under CSP',
      '250 Indian Citizens Rescued From “Cyber-Slavery”',
      '250 Indian Citizens Rescued From “Cyber-Slavery”',
      'Border crossing reopened',
      'Border crossing reopened',
      'Dock Strike Threatens Northern Range Container Traffic',
      'Dock Strike Threatens Northern Range Container Traffic',
    ]);
    expect(result.tile).to.contain('Download PDF • 2.69 MB');
    expect(result.section).to.equal('Section under CSP');
  });
});
