import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { IntelBrief } from '../src/index.js';
import { $, $$, holdFetches, nextTask, sample, settled, textOf } from './helpers.js';

async function render(brief: unknown, attrs = ''): Promise<IntelBrief> {
  const el = await fixture<IntelBrief>(html`<intel-brief .brief=${brief}></intel-brief>`);
  for (const attr of attrs.split(' ').filter(Boolean)) {
    const [name, value = ''] = attr.split('=');
    el.setAttribute(name!, value);
  }
  await el.updateComplete;
  return el;
}

describe('<intel-brief> with the reference brief', () => {
  let reference: any;
  before(async () => {
    reference = await sample('cyber-slavery-2024');
  });

  it('shows every part of the brief, in order', async () => {
    const el = await render(reference, 'lang=en-US');
    expect($(el, '.kind')!.textContent).to.equal('Intel Brief');
    const title = $(el, 'h2')!;
    expect(title.textContent).to.equal('250 Indian Citizens Rescued From “Cyber-Slavery”');
    const time = $(el, 'time')!;
    expect(time.getAttribute('datetime')).to.equal('2024-04-04');
    expect(time.textContent).to.equal('Apr 4, 2024');
    const headings = $$(el, 'h3').map((h) => h.textContent);
    expect(headings).to.deep.equal(['Where', "Who's involved", 'What happened?', 'Analysis', 'Conclusion']);
    const [where, who, happened, analysis, conclusion] = $$(el, 'section');
    const items = (section: Element | undefined, selector = 'li') =>
      [...section!.querySelectorAll(selector)].map((node) => node.textContent);
    expect(items(where)).to.deep.equal(['India', 'Cambodia']);
    expect(items(who)).to.deep.equal(reference.who);
    expect(items(happened)).to.deep.equal(reference.sections[0].bullets);
    expect(items(analysis)).to.deep.equal(reference.sections[1].bullets);
    expect(items(conclusion, 'p')).to.deep.equal(reference.sections[2].paragraphs);
    expect(textOf(el)).to.contain('44 views');
  });

  it('renders the PDF tile as a real download link', async () => {
    const el = await render(reference, 'lang=en-US');
    const link = $<HTMLAnchorElement>(el, 'a[download]')!;
    expect(link.getAttribute('href')).to.equal('Indian-Government-Rescues-250-Citizens.pdf');
    expect(link.getAttribute('download')).to.equal('Indian Government Rescues 250 Citizens.pdf');
    expect(link.textContent!.replace(/\s+/g, ' ')).to.contain('Download PDF • 2.69 MB');
    expect(link.textContent).to.contain('Indian Government Rescues 250 Citizens.pdf');
  });

  it('fires pdf-download when the tile is activated', async () => {
    const el = await render(reference);
    const link = $<HTMLAnchorElement>(el, 'a[download]')!;
    link.addEventListener('click', (e) => e.preventDefault());
    setTimeout(() => link.click());
    const event = await oneEvent(el, 'pdf-download');
    expect(event.detail.filename).to.equal('Indian Government Rescues 250 Citizens.pdf');
    expect(event.detail.href).to.match(/Indian-Government-Rescues-250-Citizens\.pdf$/);
    expect(event.composed && event.bubbles).to.equal(true);
  });

  it('fires brief-load with the brief once it is rendered', async () => {
    const el = document.createElement('intel-brief') as IntelBrief;
    el.brief = reference;
    const loaded = oneEvent(el, 'brief-load');
    document.body.append(el);
    const event = await loaded;
    expect(event.detail.brief.title).to.equal(reference.title);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal(reference.title);
    el.remove();
  });

  it('fits the host outline with heading-level', async () => {
    const el = await render(reference, 'heading-level=4');
    expect($(el, 'h4')!.textContent).to.equal(reference.title);
    expect($$(el, 'h5')).to.have.length(5);
    expect($(el, 'h2')).to.equal(null);
  });

  it('formats dates for the locale and date-style', async () => {
    const el = await render(reference, 'lang=de-DE date-style=long');
    expect($(el, 'time')!.textContent).to.equal('4. April 2024');
    el.setAttribute('lang', 'en-GB');
    el.dateStyle = 'full';
    await el.updateComplete;
    expect($(el, 'time')!.textContent).to.match(/^Thursday,? 4 April 2024$/);
  });

  it('takes the nearest lang of the page when neither element nor brief has one', async () => {
    const wrapper = await fixture(html`<div lang="fr"><intel-brief></intel-brief></div>`);
    const el = wrapper.querySelector('intel-brief') as IntelBrief;
    el.brief = reference;
    await el.updateComplete;
    expect($(el, 'time')!.textContent).to.equal('4 avr. 2024');
    expect(textOf(el)).to.contain('44 views');
  });

  it('lets every label be overridden', async () => {
    const el = await render(reference);
    el.labels = { where: 'Où', who: 'Qui', download: 'Télécharger', views: { one: '# vue', other: '# vues' } };
    await el.updateComplete;
    expect($$(el, 'h3').map((h) => h.textContent).slice(0, 2)).to.deep.equal(['Où', 'Qui']);
    expect(textOf(el)).to.contain('Télécharger • 2.69 MB').and.contain('44 vues');
  });

  it('pluralises and localises the view count', async () => {
    const el = await render({ title: 'x', date: '2024-04-04', views: 1 }, 'lang=en-US');
    expect(textOf(el)).to.contain('1 view').and.not.contain('1 views');
    el.brief = { title: 'x', date: '2024-04-04', views: 12345 };
    await el.updateComplete;
    expect(textOf(el)).to.contain('12,345 views');
  });

  it('is accessible', async () => {
    const el = await render(reference);
    await expect(el).to.be.accessible();
  });
});

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

describe('<intel-brief> URL safety', () => {
  const unsafe = ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', '  javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:msgbox(1)'];

  it('renders unsafe links in text as plain text', async () => {
    const el = await render({
      title: 'x',
      date: '2024-04-04',
      summary: unsafe.map((u, i) => `[bad${i}](${u.trim()})`).join(' ') + ' [good](https://example.org/a) [rel](notes/a.html) [mail](mailto:a@example.org)',
    });
    const links = $$<HTMLAnchorElement>(el, '.summary a');
    expect(links.map((a) => a.textContent)).to.deep.equal(['good', 'rel', 'mail']);
    expect(textOf(el)).to.contain('bad0').and.contain('bad5');
  });

  it('renders a disabled tile, never a link, for an unsafe PDF href', async () => {
    for (const href of unsafe) {
      const el = await render({ title: 'x', date: '2024-04-04', pdf: { href, size: 10 } });
      expect($(el, 'a'), href).to.equal(null);
      expect($(el, '[part="tile"]')!.getAttribute('aria-disabled'), href).to.equal('true');
    }
  });

  it('never turns text into HTML', async () => {
    const el = await render({ title: '<img src=x onerror="window.__pwned=1">', date: '2024-04-04', where: ['<b>bold</b>'] });
    expect($(el, 'h2')!.textContent).to.equal('<img src=x onerror="window.__pwned=1">');
    expect($(el, 'img')).to.equal(null);
    expect($(el, 'b')).to.equal(null);
    expect((window as any).__pwned).to.equal(undefined);
  });
});

describe('<intel-brief> TLP', () => {
  it('withholds a brief marked above tlp-max, leaving no trace of its text', async () => {
    const brief = await sample('port-strike-tlp-green');
    const el = document.createElement('intel-brief') as IntelBrief;
    el.brief = brief;
    const failed = oneEvent(el, 'brief-error');
    document.body.append(el);
    const event = await failed;
    expect(event.detail.reason).to.equal('tlp');
    expect(textOf(el)).to.contain('TLP:GREEN');
    expect(el.shadowRoot!.innerHTML).to.not.contain('Dock Strike');
    expect(el.shadowRoot!.innerHTML).to.not.contain('Rotterdam');
    await expect(el).to.be.accessible();
    el.setAttribute('tlp-max', 'green');
    await el.updateComplete;
    expect($(el, 'h2')!.textContent).to.equal(brief.title);
    expect($$(el, '[part="tlp"]').map((p) => p.textContent)).to.deep.equal(['TLP:GREEN', 'TLP:GREEN']);
    await expect(el).to.be.accessible();
    el.remove();
  });
});

describe('<intel-brief> review fixes', () => {
  it('ignores a __proto__ key: no TLP, no crash, a warning', async () => {
    const raw = JSON.parse('{"title":"Secret","date":"2024-01-01","__proto__":{"tlp":"red","sections":"x"}}');
    const result = (await import('../src/index.js')).validateBrief(raw);
    expect(result.ok).to.equal(true);
    expect(result.warnings.map((w) => w.path)).to.deep.equal(['__proto__']);
    expect((result.brief as any).tlp).to.equal(undefined);
    const el = await render(raw);
    expect($(el, 'h2')!.textContent).to.equal('Secret');
  });

  it('merges partial label overrides one level deep', async () => {
    const brief = await sample('port-strike-tlp-green');
    const el = await render(brief, 'tlp-max=green');
    el.labels = { confidence: { low: 'faible' }, reliability: { A: 'sûre' } };
    await el.updateComplete;
    const text = textOf(el);
    expect(text).to.contain('Moderate confidence').and.contain('faible');
    const tips = $$(el, '[role="tooltip"]').map((t) => t.textContent);
    expect(tips).to.deep.equal(['B: usually reliable · 2: probably true', 'A: sûre · 1: confirmed by other sources']);
  });

  it('takes its labels from the locale, with a locale module loaded', async () => {
    await import('../src/locales/fr.js');
    const { kind, ...reference } = await sample('cyber-slavery-2024');
    expect(kind).to.equal('Intel Brief');
    const el = await render(reference, 'lang=fr-FR');
    expect($$(el, 'h3').map((h) => h.textContent).slice(0, 2)).to.deep.equal(['Où', 'Acteurs concernés']);
    expect(textOf(el)).to.contain('44 vues').and.contain('Télécharger le PDF • 2,69 Mo').and.contain('4 avr. 2024');
    expect($(el, '.kind')!.textContent).to.equal('Note de renseignement');
  });

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

  it('renders the inline subset in title, kind, tags and a card’s places', async () => {
    const el = await render(
      { title: 'A *big* title', kind: '**Flash**', date: '2024-01-01', tags: ['[one](https://example.org/1)'], where: ['[Paris](https://example.org/p)'], summary: 's' },
      'layout=card',
    );
    expect($(el, 'h2 em')!.textContent).to.equal('big');
    expect($(el, '.kind strong')!.textContent).to.equal('Flash');
    expect($(el, '[part="where"] a')!.getAttribute('href')).to.equal('https://example.org/p');
    expect($(el, '[part="tags"] a')!.textContent).to.equal('one');
  });

  it('never links a PDF through mailto:', async () => {
    const el = await render({ title: 'x', date: '2024-01-01', pdf: { href: 'mailto:a@example.org' } });
    expect($(el, '[part="tile"]')!.getAttribute('aria-disabled')).to.equal('true');
  });

  it('hides a grade meaning on Escape until focus leaves', async () => {
    const el = await render(await sample('port-strike-tlp-green'), 'tlp-max=green');
    const grade = $(el, '[part="grade"]')!;
    const tip = grade.querySelector('[role="tooltip"]')!;
    grade.focus();
    expect(getComputedStyle(tip).display).to.equal('block');
    grade.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(getComputedStyle(tip).display).to.equal('none');
    grade.blur();
    grade.focus();
    expect(getComputedStyle(tip).display).to.equal('block');
  });
});

describe('<intel-brief> fragment anchors', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('scrolls to the section the URL names, expanding a card', async () => {
    history.replaceState(null, '', '#outlook');
    const wrapper = await fixture(html`<div><div style="height: 3000px"></div>
      <intel-brief layout="card" .brief=${{
        title: 'Anchors',
        date: '2024-01-01',
        summary: 'Teaser',
        sections: [
          { heading: 'First', paragraphs: ['One'] },
          { heading: 'Outlook', id: 'outlook', paragraphs: ['Two'] },
        ],
      }}></intel-brief><div style="height: 3000px"></div></div>`);
    const el = wrapper.querySelector('intel-brief') as IntelBrief;
    await el.updateComplete;
    const section = el.shadowRoot!.getElementById('outlook')!;
    // Scrolled in a frame after the update: waited for, not guessed at.
    await waitUntil(() => Math.abs(section.getBoundingClientRect().top) < 5, 'the section is not scrolled to', { timeout: 10000 });
    expect($(el, 'button')!.getAttribute('aria-expanded')).to.equal('true');
    expect(Math.abs(section.getBoundingClientRect().top)).to.be.below(5);
  });
});
