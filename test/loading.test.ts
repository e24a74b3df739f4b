// Where a brief comes from and how loading it ends: the brief property, src, inline JSON and
// their precedence; the loading state; invalid data; and every way a src can fail.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { IntelBrief } from '../src/index.js';
import { $, $$, holdFetches, nextTask, sample, settled, textOf } from './helpers.js';

const unhandled: unknown[] = [];
window.addEventListener('unhandledrejection', (event) => unhandled.push(event.reason));
window.addEventListener('error', (event) => unhandled.push(event.error ?? event.message));

async function render(brief: unknown, attrs = ''): Promise<IntelBrief> {
  const el = await fixture<IntelBrief>(html`<intel-brief .brief=${brief}></intel-brief>`);
  for (const attr of attrs.split(' ').filter(Boolean)) {
    const [name, value = ''] = attr.split('=');
    el.setAttribute(name!, value);
  }
  await el.updateComplete;
  return el;
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

describe('<intel-brief> data sources', () => {
  it('loads a brief from src and resolves its PDF against the brief URL', async () => {
    const el = await fixture<IntelBrief>(html`<intel-brief src="/briefs/cyber-slavery-2024.json"></intel-brief>`);
    const event = await settled(el);
    expect(event.type).to.equal('brief-load');
    await el.updateComplete;
    expect($(el, 'h2')!.textContent).to.contain('250 Indian Citizens');
    expect($<HTMLAnchorElement>(el, 'a[download]')!.href).to.equal(
      new URL('/briefs/Indian-Government-Rescues-250-Citizens.pdf', location.href).href,
    );
  });

  it('shows the loading state with aria-busy while src loads', async () => {
    const fetches = holdFetches();
    try {
      const el = await fixture<IntelBrief>(html`<intel-brief src="/briefs/minimal.json"></intel-brief>`);
      expect(el.getAttribute('aria-busy')).to.equal('true');
      expect($(el, '[part="skeleton"]')).to.not.equal(null);
      expect($(el, '[part="skeleton"]')!.getBoundingClientRect().height).to.be.greaterThan(100);
      await expect(el).to.be.accessible();
      const done = settled(el);
      await (await fetches.request(1)).release();
      await done;
      await el.updateComplete;
      expect(el.hasAttribute('aria-busy')).to.equal(false);
      expect($(el, 'h2')!.textContent).to.equal('Border crossing reopened');
    } finally {
      fetches.restore();
    }
  });

  it('reports a 404 as an error that names the URL and status', async () => {
    const el = await fixture<IntelBrief>(html`<intel-brief src="/test-api/status/404"></intel-brief>`);
    const event = await settled(el);
    await el.updateComplete;
    expect(event.type).to.equal('brief-error');
    expect(event.detail.reason).to.equal('network');
    expect(event.detail.issues).to.deep.equal([]);
    const alert = $(el, '[role="alert"]')!;
    expect(alert.textContent).to.contain('/test-api/status/404').and.contain('404');
    await expect(el).to.be.accessible();
  });

  it('reports a body that is not JSON', async () => {
    const el = await fixture<IntelBrief>(html`<intel-brief src="/test-api/html"></intel-brief>`);
    const event = await settled(el);
    await el.updateComplete;
    expect(event.detail.reason).to.equal('json');
    expect($(el, '[role="alert"]')!.textContent).to.contain('not valid JSON').and.contain('HTML');
  });

  it('lets the last src win over a slower earlier one', async () => {
    const fetches = holdFetches();
    try {
      const el = await fixture<IntelBrief>(html`<intel-brief src="/briefs/cyber-slavery-2024.json"></intel-brief>`);
      const events: string[] = [];
      el.addEventListener('brief-load', (e) => events.push((e as CustomEvent).detail.brief.title));
      const slow = await fetches.request(1);
      el.src = '/briefs/minimal.json';
      const done = settled(el);
      await (await fetches.request(2)).release();
      await done;
      // The earlier request answers last: it changes nothing.
      await slow.release();
      await nextTask();
      await el.updateComplete;
      expect(events).to.deep.equal(['Border crossing reopened']);
      expect($(el, 'h2')!.textContent).to.equal('Border crossing reopened');
    } finally {
      fetches.restore();
    }
  });

  it('reads an inline <script type="application/json"> child', async () => {
    const el = await fixture<IntelBrief>(html`<intel-brief>
      <script type="application/json">
        { "title": "Inline brief", "date": "2025-09-02", "where": ["Here"] }
      </script>
    </intel-brief>`);
    await el.updateComplete;
    expect($(el, 'h2')!.textContent).to.equal('Inline brief');
    expect(textOf(el)).to.contain('Here');
  });

  it('reads inline JSON added, then edited, after it rendered empty', async () => {
    const el = await fixture<IntelBrief>(html`<intel-brief></intel-brief>`);
    const script = Object.assign(document.createElement('script'), { type: 'application/json' });
    script.textContent = '{ "title": "Added late", "date": "2025-09-02" }';
    el.append(script);
    await waitUntil(() => $(el, 'h2')?.textContent === 'Added late', 'the added JSON is not shown', { timeout: 10000 });
    script.textContent = '{ "title": "Edited", "date": "2025-09-02" }';
    await waitUntil(() => $(el, 'h2')?.textContent === 'Edited', 'the edited JSON is not shown', { timeout: 10000 });
  });

  it('reads inline JSON, and its edits, once the brief property is cleared', async () => {
    const el = await fixture<IntelBrief>(html`<intel-brief .brief=${{ title: 'From property', date: '2024-01-01' }}>
      <script type="application/json">{ "title": "Inline", "date": "2025-09-02" }</script>
    </intel-brief>`);
    expect($(el, 'h2')!.textContent).to.equal('From property');
    el.brief = undefined;
    await el.updateComplete;
    expect($(el, 'h2')!.textContent).to.equal('Inline');
    el.querySelector('script')!.textContent = '{ "title": "Inline, edited", "date": "2025-09-02" }';
    await waitUntil(() => $(el, 'h2')?.textContent === 'Inline, edited', 'the edited JSON is not shown', { timeout: 10000 });
  });

  it('prefers the brief property over src and inline JSON', async () => {
    const fetches = holdFetches();
    try {
      const el = await fixture<IntelBrief>(html`<intel-brief src="/briefs/cyber-slavery-2024.json" .brief=${{ title: 'From property', date: '2024-01-01' }}>
        <script type="application/json">{ "title": "Inline", "date": "2025-09-02" }</script>
      </intel-brief>`);
      // Should src be fetched at all, its answer comes before the check.
      await Promise.all(fetches.held.map((request) => request.release()));
      await nextTask();
      await el.updateComplete;
      expect($(el, 'h2')!.textContent).to.equal('From property');
    } finally {
      fetches.restore();
    }
  });
});

describe('<intel-brief> errors', () => {
  it('shows each invalid example as an alert naming the path, and fires brief-error', async () => {
    const examples: { why: string; brief: unknown }[] = await sample('invalid-examples');
    const paths = ['date', 'title', 'sections[0]', 'pdf.size', ''];
    for (const [i, { why, brief }] of examples.entries()) {
      const el = document.createElement('intel-brief') as IntelBrief;
      el.brief = brief as IntelBrief["brief"];
      const failed = oneEvent(el, 'brief-error');
      document.body.append(el);
      const event = await failed;
      expect(event.detail.reason, why).to.equal('invalid');
      expect(event.detail.issues[0].path, why).to.equal(paths[i]);
      const alert = $(el, '[role="alert"]')!;
      expect(alert, why).to.not.equal(null);
      if (paths[i]) expect(alert.textContent, why).to.contain(paths[i]);
      expect($(el, 'article'), why).to.equal(null);
      await expect(el).to.be.accessible();
      el.remove();
    }
  });

  it('shows the validator message for a US-style date', async () => {
    const el = await render({ title: 'x', date: '4/4/2024' });
    expect(textOf(el)).to.contain('date: expected an ISO 8601 date like 2024-04-04, got "4/4/2024"');
  });

  it('recovers when given good data after bad', async () => {
    const el = await render({ title: 'x' });
    expect($(el, '[role="alert"]')).to.not.equal(null);
    el.brief = { title: 'Recovered', date: '2024-04-04' };
    await el.updateComplete;
    expect($(el, '[role="alert"]')).to.equal(null);
    expect($(el, 'h2')!.textContent).to.equal('Recovered');
  });

  it('reports broken inline JSON without throwing', async () => {
    const el = await fixture<IntelBrief>(html`<intel-brief><script type="application/json">{ "title": </script></intel-brief>`);
    await el.updateComplete;
    expect($(el, '[role="alert"]')!.textContent).to.contain('inline JSON is not valid JSON');
  });

  it('accepts a JSON string in the brief property', async () => {
    const el = await render('{"title":"From text","date":"2024-04-04"}');
    expect($(el, 'h2')!.textContent).to.equal('From text');
  });
});

describe('<intel-brief> attributes changed while loading', () => {
  it('does not bring back the previous brief when tlp-max changes during a load', async () => {
    const el = await render({ title: 'Old', date: '2024-01-01' });
    const loads: string[] = [];
    el.addEventListener('brief-load', (e) => loads.push(e.detail.brief.title));
    const fetches = holdFetches();
    try {
      el.brief = undefined;
      el.src = '/briefs/minimal.json';
      await el.updateComplete;
      el.setAttribute('tlp-max', 'red');
      await el.updateComplete;
      expect(el.getAttribute('aria-busy')).to.equal('true');
      expect($(el, 'h2')).to.equal(null);
      const done = settled(el);
      for (const request of fetches.held) await request.release();
      await done;
    } finally {
      fetches.restore();
    }
    expect(loads).to.deep.equal(['Border crossing reopened']);
    el.setAttribute('tlp-max', 'amber'); // no change in what is shown: no new event
    await el.updateComplete;
    await nextTask();
    expect(loads).to.deep.equal(['Border crossing reopened']);
  });

  it('falls back to defaults when heading-level or timeout are removed, and when brief is ""', async () => {
    const el = await render({ title: 'x', date: '2024-01-01' }, 'heading-level=4');
    expect($(el, 'h4')).to.not.equal(null);
    el.removeAttribute('heading-level');
    await el.updateComplete;
    expect($(el, 'h2')!.textContent).to.equal('x');
    el.setAttribute('timeout', 'soon');
    el.brief = '';
    el.src = '/test-api/delay?ms=50&file=/briefs/minimal.json';
    const event = await settled(el);
    expect(event.type).to.equal('brief-load');
  });
});

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
