// Where a brief comes from and how loading it ends: the brief property, src, inline JSON and
// their precedence; the loading state; invalid data; and every way a src can fail.
import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { IntelBrief } from '../src/index.js';
import { $, $$, holdFetches, invalidExamples, nextTask, settled, textOf, type SettledEvent } from './helpers.js';
import { attributes, both, render, type Fixture } from './fixture.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';

const invalidBriefs = await invalidExamples();

const unhandled: unknown[] = [];
window.addEventListener('unhandledrejection', (event) => unhandled.push(event.reason));
window.addEventListener('error', (event) => unhandled.push(event.error ?? event.message));

/** An `<intel-brief src>` with these attributes, by `fixture`, once its load has ended, and how. */
async function load(fixture: Fixture, src: string, attrs = ''): Promise<[IntelBrief, SettledEvent]> {
  // Listened for on the document, where it bubbles: a bad URL fails before the fixture returns.
  const done = Promise.race(['brief-load', 'brief-error'].map((type) => oneEvent<SettledEvent>(document, type)));
  const el = await fixture<IntelBrief>(
    staticHtml`<intel-brief ${unsafeStatic(attributes(attrs))} src=${src}></intel-brief>`,
  );
  const event = await done;
  await el.updateComplete;
  return [el, event];
}

describe('<intel-brief> data sources', () => {
  both('loads a brief from src and resolves its PDF against the brief URL', async (fixture) => {
    const el = await fixture<IntelBrief>(html`<intel-brief src="/briefs/cyber-slavery-2024.json"></intel-brief>`);
    const event = await settled(el);
    expect(event.type).to.equal('brief-load');
    await el.updateComplete;
    expect($(el, 'h2')!.textContent).to.contain('250 Indian Citizens');
    expect($<HTMLAnchorElement>(el, 'a[download]')!.href).to.equal(
      new URL('/briefs/Indian-Government-Rescues-250-Citizens.pdf', location.href).href,
    );
  });

  both('shows the loading state with aria-busy while src loads', async (fixture) => {
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

  both('reports a 404 as an error that names the URL and status', async (fixture) => {
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

  both('reports a body that is not JSON', async (fixture) => {
    const el = await fixture<IntelBrief>(html`<intel-brief src="/test-api/html"></intel-brief>`);
    const event = await settled(el);
    await el.updateComplete;
    expect(event.detail.reason).to.equal('json');
    expect($(el, '[role="alert"]')!.textContent).to.contain('not valid JSON').and.contain('HTML');
  });

  both('lets the last src win over a slower earlier one', async (fixture) => {
    const fetches = holdFetches();
    try {
      const el = await fixture<IntelBrief>(html`<intel-brief src="/briefs/cyber-slavery-2024.json"></intel-brief>`);
      const events: string[] = [];
      el.addEventListener('brief-load', (e) => events.push(e.detail.brief.title));
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

  both('reads an inline <script type="application/json"> child', async (fixture) => {
    const el = await fixture<IntelBrief>(html`<intel-brief>
      <script type="application/json">
        { "title": "Inline brief", "date": "2025-09-02", "where": ["Here"] }
      </script>
    </intel-brief>`);
    await el.updateComplete;
    expect($(el, 'h2')!.textContent).to.equal('Inline brief');
    expect(textOf(el)).to.contain('Here');
  });

  both('reads inline JSON added, then edited, after it rendered empty', async (fixture) => {
    const el = await fixture<IntelBrief>(html`<intel-brief></intel-brief>`);
    const script = Object.assign(document.createElement('script'), { type: 'application/json' });
    script.textContent = '{ "title": "Added late", "date": "2025-09-02" }';
    el.append(script);
    await waitUntil(() => $(el, 'h2')?.textContent === 'Added late', 'the added JSON is not shown', { timeout: 10000 });
    script.textContent = '{ "title": "Edited", "date": "2025-09-02" }';
    await waitUntil(() => $(el, 'h2')?.textContent === 'Edited', 'the edited JSON is not shown', { timeout: 10000 });
  });

  both('reads inline JSON, and its edits, once the brief property is cleared', async (fixture) => {
    const el = await fixture<IntelBrief>(html`<intel-brief .brief=${{ title: 'From property', date: '2024-01-01' }}>
      <script type="application/json">{ "title": "Inline", "date": "2025-09-02" }</script>
    </intel-brief>`);
    expect($(el, 'h2')!.textContent).to.equal('From property');
    el.brief = undefined;
    await el.updateComplete;
    expect($(el, 'h2')!.textContent).to.equal('Inline');
    el.querySelector('script')!.textContent = '{ "title": "Inline, edited", "date": "2025-09-02" }';
    await waitUntil(() => $(el, 'h2')?.textContent === 'Inline, edited', 'the edited JSON is not shown', {
      timeout: 10000,
    });
  });

  both('prefers the brief property over src and inline JSON', async (fixture) => {
    const fetches = holdFetches();
    try {
      const el =
        await fixture<IntelBrief>(html`<intel-brief src="/briefs/cyber-slavery-2024.json" .brief=${{ title: 'From property', date: '2024-01-01' }}>
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
  const paths = ['date', 'title', 'sections[0]', 'pdf.size', ''];
  for (const [i, { why, brief }] of invalidBriefs.entries()) {
    both(`shows an alert naming the path "${paths[i]}", and fires brief-error: ${why}`, async (fixture) => {
      // Listened for on the document, where it bubbles: it may fire before the fixture returns.
      const failed = oneEvent<HTMLElementEventMap['brief-error']>(document, 'brief-error');
      const el = await render(fixture, brief);
      const event = await failed;
      expect(event.detail.reason, why).to.equal('invalid');
      expect(event.detail.issues[0].path, why).to.equal(paths[i]);
      const alert = $(el, '[role="alert"]')!;
      expect(alert, why).to.not.equal(null);
      if (paths[i]) expect(alert.textContent, why).to.contain(paths[i]);
      expect($(el, 'article'), why).to.equal(null);
      await expect(el).to.be.accessible();
    });
  }

  it('has the five invalid examples the table above names', () => {
    expect(invalidBriefs).to.have.length(paths.length);
  });

  both('shows the validator message for a US-style date', async (fixture) => {
    const el = await render(fixture, { title: 'x', date: '4/4/2024' });
    expect(textOf(el)).to.contain('date: expected an ISO 8601 date like 2024-04-04, got "4/4/2024"');
  });

  both('recovers when given good data after bad', async (fixture) => {
    const el = await render(fixture, { title: 'x' });
    expect($(el, '[role="alert"]')).to.not.equal(null);
    el.brief = { title: 'Recovered', date: '2024-04-04' };
    await el.updateComplete;
    expect($(el, '[role="alert"]')).to.equal(null);
    expect($(el, 'h2')!.textContent).to.equal('Recovered');
  });

  both('reports broken inline JSON without throwing', async (fixture) => {
    const el = await fixture<IntelBrief>(
      html`<intel-brief><script type="application/json">{ "title": </script></intel-brief>`,
    );
    await el.updateComplete;
    expect($(el, '[role="alert"]')!.textContent).to.contain('inline JSON is not valid JSON');
  });

  both('accepts a JSON string in the brief property', async (fixture) => {
    const el = await render(fixture, '{"title":"From text","date":"2024-04-04"}');
    expect($(el, 'h2')!.textContent).to.equal('From text');
  });
});

describe('<intel-brief> attributes changed while loading', () => {
  both('does not bring back the previous brief when tlp-max changes during a load', async (fixture) => {
    const el = await render(fixture, { title: 'Old', date: '2024-01-01' });
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

  both('falls back to defaults when heading-level or timeout are removed, and when brief is ""', async (fixture) => {
    const el = await render(fixture, { title: 'x', date: '2024-01-01' }, 'heading-level=4');
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

  for (const [status, reason] of [
    [404, 'network'],
    [500, 'network'],
    [503, 'network'],
  ] as const) {
    both(`reports HTTP ${status} with the URL and status`, async (fixture) => {
      const [el, event] = await load(fixture, `/test-api/status/${status}`);
      expect(event.detail.reason).to.equal(reason);
      expect($(el, '[role="alert"]')!.textContent).to.contain(`/test-api/status/${status}`).and.contain(String(status));
      expect($(el, 'article')).to.equal(null);
    });
  }

  both('follows a redirect and resolves relative URLs against the final URL', async (fixture) => {
    const [el, event] = await load(fixture, '/test-api/redirect');
    expect(event.type).to.equal('brief-load');
    expect($<HTMLAnchorElement>(el, 'a[download]')!.href).to.equal(
      new URL('/briefs/Indian-Government-Rescues-250-Citizens.pdf', location.href).href,
    );
  });

  both('reports an HTML error page instead of JSON', async (fixture) => {
    const [el, event] = await load(fixture, '/test-api/html');
    expect(event.detail.reason).to.equal('json');
    expect($(el, '[role="alert"]')!.textContent).to.contain('looks like an HTML page');
  });

  both('reports an empty body', async (fixture) => {
    const [el, event] = await load(fixture, '/test-api/empty');
    expect(event.detail.reason).to.equal('json');
    expect($(el, '[role="alert"]')!.textContent).to.contain('is empty');
  });

  for (const timeout of ['2147483648', '4294967296', 'Infinity']) {
    both(`waits as long as the browser does with timeout=${timeout}, rather than failing at once`, async (fixture) => {
      const [el, event] = await load(fixture, '/test-api/delay?ms=300&file=/briefs/minimal.json', `timeout=${timeout}`);
      expect(event.type).to.equal('brief-load');
      expect($(el, 'h2')!.textContent).to.not.equal('');
    });
  }

  both("resolves a data: brief's relative links and PDF against the page", async (fixture) => {
    const brief = {
      title: 'From data',
      date: '2024-04-04',
      pdf: { href: 'files/a.pdf' },
      sources: [{ title: 'Rel', url: 'notes/x.html' }],
    };
    const [el, event] = await load(fixture, `data:application/json,${encodeURIComponent(JSON.stringify(brief))}`);
    expect(event.type).to.equal('brief-load');
    expect($<HTMLAnchorElement>(el, 'a[download]')!.href).to.equal(new URL('files/a.pdf', document.baseURI).href);
    expect($$<HTMLAnchorElement>(el, 'a').map((a) => a.href)).to.include(
      new URL('notes/x.html', document.baseURI).href,
    );
  });

  both('gives up on a body that never ends after its timeout, and says so', async (fixture) => {
    const [el, event] = await load(fixture, '/test-api/hang', 'timeout=400');
    expect(event.detail.reason).to.equal('timeout');
    expect($(el, '[role="alert"]')!.textContent).to.contain('Gave up loading /test-api/hang after 0.4 seconds');
  });

  both('reports a src that is not a URL', async (fixture) => {
    const [el, event] = await load(fixture, 'http://[broken');
    expect(event.detail.reason).to.equal('network');
    expect($(el, '[role="alert"]')!.textContent).to.contain('not a valid URL');
  });

  both('reports a server that cannot be reached', async (fixture) => {
    const [el, event] = await load(fixture, 'http://127.0.0.1:9/brief.json');
    expect(event.detail.reason).to.equal('network');
    expect($(el, '[role="alert"]')!.textContent).to.contain('network request failed');
  });

  both('lets a newer src overtake a slow one', async (fixture) => {
    const fetches = holdFetches();
    try {
      const el = await fixture<IntelBrief>(html`<intel-brief src="/briefs/cyber-slavery-2024.json"></intel-brief>`);
      const titles: string[] = [];
      el.addEventListener('brief-load', (e) => titles.push(e.detail.brief.title));
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

  both('stops when src is removed mid-flight: no event, nothing shown', async (fixture) => {
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
      expect([...el.shadowRoot!.children].filter((child) => child.localName !== 'style')).to.deep.equal([]);
      expect(el.hasAttribute('aria-busy')).to.equal(false);
    } finally {
      fetches.restore();
    }
  });

  both('does not update after being removed mid-flight, and loads again when put back', async (fixture) => {
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
