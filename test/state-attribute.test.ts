// `<intel-brief>`'s `state`, the property and the attribute: what a page learns of a brief's
// outcome whatever the order its scripts run in, events missed included.
import { expect, html } from '@open-wc/testing';
import '../src/index.js';
import type { IntelBrief } from '../src/index.js';
import { $, holdFetches, pageReport, settled } from './helpers.js';
import { both } from './fixture.js';

/** The element's state as a script reads it, as CSS selects it, and as the attribute says: all three must agree. */
function stateOf(el: IntelBrief) {
  const attribute = el.getAttribute('state');
  const states = ['empty', 'loading', 'ready', 'error', 'withheld'];
  const selected = states.filter((state) => el.matches(`intel-brief[state="${state}"]`));
  expect(selected, 'the states CSS selects').to.deep.equal(attribute === null ? [] : [attribute]);
  expect(el.state ?? null, 'the property').to.equal(attribute);
  return el.state;
}

const VALID = { title: 'Border crossing reopened', date: '2025-09-02' };

describe('<intel-brief> state', () => {
  both('is empty with no brief at all', async (fixture) => {
    const el = await fixture<IntelBrief>(html`<intel-brief></intel-brief>`);
    await el.updateComplete;
    expect(stateOf(el)).to.equal('empty');
  });

  both('is loading while src is out, then ready once the brief is on screen', async (fixture) => {
    const fetches = holdFetches();
    try {
      const el = await fixture<IntelBrief>(html`<intel-brief src="/briefs/minimal.json"></intel-brief>`);
      expect(stateOf(el)).to.equal('loading');
      expect($(el, '[part="skeleton"]')).to.not.equal(null);
      const done = settled(el);
      await (await fetches.request(1)).release();
      await done;
      expect(stateOf(el)).to.equal('ready');
      expect($(el, 'h2')!.textContent).to.equal('Border crossing reopened');
    } finally {
      fetches.restore();
    }
  });

  both('is ready with a valid brief', async (fixture) => {
    const el = await fixture<IntelBrief>(html`<intel-brief .brief=${VALID}></intel-brief>`);
    await el.updateComplete;
    expect(stateOf(el)).to.equal('ready');
  });

  both('is error with an invalid brief', async (fixture) => {
    const el = await fixture<IntelBrief>(html`<intel-brief .brief=${{ title: 'No date' }}></intel-brief>`);
    await el.updateComplete;
    expect(stateOf(el)).to.equal('error');
    expect($(el, '[role="alert"]')).to.not.equal(null);
  });

  both('is withheld with a brief marked above tlp-max', async (fixture) => {
    const el = await fixture<IntelBrief>(
      html`<intel-brief tlp-max="green" .brief=${{ ...VALID, tlp: 'AMBER' }}></intel-brief>`,
    );
    await el.updateComplete;
    expect(stateOf(el)).to.equal('withheld');
    expect($(el, '[part="withheld"]')).to.not.equal(null);
  });

  both('recovers from error to ready, and says so before each event fires', async (fixture) => {
    const el = await fixture<IntelBrief>(html`<intel-brief .brief=${'{ "title": '}></intel-brief>`);
    await el.updateComplete;
    expect(stateOf(el)).to.equal('error');
    // What a listener reads when the event comes.
    const seen: string[] = [];
    const listen = (event: Event) => seen.push(`${event.type} ${stateOf(el)}`);
    el.addEventListener('brief-load', listen);
    el.addEventListener('brief-error', listen);
    el.brief = VALID;
    await el.updateComplete;
    expect(stateOf(el)).to.equal('ready');
    el.brief = { ...VALID, tlp: 'RED' };
    await el.updateComplete;
    el.brief = { ...VALID, title: 'Back' };
    await el.updateComplete;
    expect(stateOf(el)).to.equal('ready');
    expect($(el, 'h2')!.textContent).to.equal('Back');
    expect(seen).to.deep.equal(['brief-load ready', 'brief-error withheld', 'brief-load ready']);
  });

  both('carries the marking of the brief on screen in the tlp attribute, set before its event', async (fixture) => {
    const el = await fixture<IntelBrief>(
      html`<intel-brief tlp-max="amber+strict" .brief=${{ ...VALID, tlp: 'tlp:amber+strict' }}></intel-brief>`,
    );
    await el.updateComplete;
    expect(el.getAttribute('tlp'), 'as the brief is marked, read').to.equal('AMBER+STRICT');
    expect(el.matches('intel-brief[state="ready"][tlp]')).to.equal(true);
    const seen: (string | null)[] = [];
    const listen = () => seen.push(el.getAttribute('tlp'));
    el.addEventListener('brief-load', listen);
    el.addEventListener('brief-error', listen);
    el.brief = { ...VALID, tlp: 'GREEN' };
    await el.updateComplete;
    el.brief = { ...VALID, tlp: 'RED' };
    await el.updateComplete;
    expect(stateOf(el)).to.equal('withheld');
    el.brief = VALID;
    await el.updateComplete;
    el.brief = '{ "title": "No date", "tlp": "GREEN" }';
    await el.updateComplete;
    expect(stateOf(el)).to.equal('error');
    // GREEN shown, RED withheld (nothing of it on screen), unmarked, invalid: only what shows is marked.
    expect(seen).to.deep.equal(['GREEN', null, null, null]);
    expect(el.hasAttribute('tlp')).to.equal(false);
  });

  it('has none before the first render, and cannot be set by a script', async () => {
    const el = document.createElement('intel-brief');
    el.brief = VALID;
    expect(stateOf(el)).to.equal(undefined);
    document.body.append(el);
    await el.updateComplete;
    expect(stateOf(el)).to.equal('ready');
    expect(() => Object.assign(el, { state: 'error' })).to.throw(TypeError);
    expect(stateOf(el)).to.equal('ready');
    el.remove();
  });

  it('tells a module script that runs after the bundle how an inline-JSON brief ended, events missed', async () => {
    // The page of the issue: the single-file bundle, a pasted-in brief, then the page's own
    // module script, which may run once the brief has fired brief-load, and then never hear it.
    const report = await pageReport(`<!doctype html>
      <style>intel-brief[state="ready"] { outline: 3px solid rgb(0, 128, 0); }</style>
      <script type="module" src="/dist/intel-brief.bundle.js"></script>
      <intel-brief><script type="application/json">{ "title": "Pasted in", "date": "2025-09-02" }</script></intel-brief>
      <script type="module">
        const el = document.querySelector('intel-brief');
        // Chromium and Firefox render the brief, and fire brief-load, before this script runs;
        // WebKit runs it first. Awaiting the first render covers both.
        await el.updateComplete;
        parent.postMessage({
          state: el.state,
          attribute: el.getAttribute('state'),
          outline: getComputedStyle(el).outlineColor,
          title: el.shadowRoot.querySelector('h2')?.textContent,
        }, '*');
      </script>`);
    expect(report).to.deep.equal({
      state: 'ready',
      attribute: 'ready',
      outline: 'rgb(0, 128, 0)',
      title: 'Pasted in',
    });
  });
});
