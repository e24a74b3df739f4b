// TLP fails closed in the element: the marking is read before anything else,
// so nothing of a brief above `tlp-max` (valid or not) reaches the page, not
// even a value quoted in an error; a marking that cannot be read counts as RED.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/index.js';
import type { IntelBrief } from '../src/index.js';
import { both, render, type Fixture } from './fixture.js';
import { $, $$, settled, show, textOf, type SettledEvent } from './helpers.js';

afterEach(() => document.querySelectorAll('body > intel-brief').forEach((el) => el.remove()));

/** The issue's own example: marked RED, and invalid (`keyJudgments` of strings, `where` a string). */
const nightfall = (tlp: unknown = 'RED') => ({
  tlp,
  title: 'Op NIGHTFALL',
  date: '2024-04-04',
  keyJudgments: ['Agent CARDINAL is compromised and must be extracted'],
  where: 'Safe house, 12 Kirova St',
});
const SECRETS = ['NIGHTFALL', 'CARDINAL', 'Kirova'];

/** Everything the element put on the page or in its event, as text. */
function everything(el: IntelBrief, event?: SettledEvent) {
  const detail = event ? `${event.detail.error?.message ?? ''} ${JSON.stringify(event.detail.issues ?? [])}` : '';
  return `${el.shadowRoot!.innerHTML} ${[...el.attributes].map((a) => `${a.name}=${a.value}`).join(' ')} ${detail}`;
}

function expectNoSecret(el: IntelBrief, event?: SettledEvent) {
  const text = everything(el, event);
  for (const secret of SECRETS) expect(text, secret).to.not.contain(secret);
}

/** An element given `brief`, appended, and its first outcome. */
async function outcome(brief: unknown, attrs: Record<string, string> = {}) {
  const el = document.createElement('intel-brief');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.brief = brief as IntelBrief['brief'];
  const event = settled(el);
  document.body.append(el);
  const result = await event;
  await el.updateComplete;
  return { el, event: result };
}

/** An element with `text` as its inline JSON, appended, and its first outcome. */
async function inlineOutcome(text: string) {
  const el = document.createElement('intel-brief');
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = text;
  el.append(script);
  const event = settled(el);
  document.body.append(el);
  const result = await event;
  await el.updateComplete;
  return { el, event: result };
}

/**
 * `brief` rendered by `fixture` (in the browser, or on the server then hydrated), and its
 * first event: listened for on the document, as a server-rendered element may fire it
 * before the fixture returns.
 */
async function outcomeIn(fixture: Fixture, brief: unknown, attrs: Record<string, string> = {}) {
  let event: SettledEvent | undefined;
  const first = (e: Event) => (event ??= e as SettledEvent);
  document.addEventListener('brief-load', first);
  document.addEventListener('brief-error', first);
  try {
    const el = await render(fixture, brief, attrs);
    await el.updateComplete;
    return { el, event: event! };
  } finally {
    document.removeEventListener('brief-load', first);
    document.removeEventListener('brief-error', first);
  }
}

describe('TLP: an invalid brief marked above tlp-max', () => {
  for (const max of [undefined, 'green', 'amber', 'amber+strict']) {
    both(
      `is withheld under tlp-max ${max ?? '(default)'}, with reason tlp and nothing of its text`,
      async (fixture) => {
        const { el, event } = await outcomeIn(fixture, nightfall(), max ? { 'tlp-max': max } : {});
        expect(event.type).to.equal('brief-error');
        expect(event.detail.reason).to.equal('tlp');
        expect(event.detail.issues).to.deep.equal([]);
        expect($(el, '[part="withheld"]')).to.not.equal(null);
        expect($(el, '[role="alert"]')).to.equal(null);
        expect(textOf(el)).to.contain('TLP:RED');
        expectNoSecret(el, event);
        await expect(el).to.be.accessible();
      },
    );
  }

  both('under tlp-max red it may be shown, so its problems quote it', async (fixture) => {
    const { el, event } = await outcomeIn(fixture, nightfall(), { 'tlp-max': 'red' });
    expect(event.detail.reason).to.equal('invalid');
    expect(event.detail.issues.map((i: { path: string }) => i.path)).to.deep.equal(['keyJudgments[0]', 'where']);
    expect($(el, '[role="alert"]')!.textContent).to.contain('Safe house, 12 Kirova St');
  });

  it('is judged again when tlp-max changes: withheld, then its problems, then withheld', async () => {
    const { el } = await outcome(nightfall());
    expect($(el, '[part="withheld"]')).to.not.equal(null);
    let next = settled(el);
    el.setAttribute('tlp-max', 'red');
    expect((await next).detail.reason).to.equal('invalid');
    await el.updateComplete;
    expect($(el, '[role="alert"]')).to.not.equal(null);
    next = settled(el);
    el.setAttribute('tlp-max', 'clear');
    expect((await next).detail.reason).to.equal('tlp');
    await el.updateComplete;
    expect($(el, '[role="alert"]')).to.equal(null);
    expectNoSecret(el);
  });
});

describe('TLP: a marking that cannot be read counts as RED', () => {
  const UNREADABLE: [string, unknown][] = [
    ['"black"', 'black'],
    ['"TLP: RED"', 'TLP: RED'],
    ['a number', 5],
    ['null', null],
    ['a list', ['RED']],
    ['an object', { level: 'RED' }],
  ];
  for (const [name, tlp] of UNREADABLE) {
    both(`${name}: withheld under amber+strict, the notice saying the marking cannot be read`, async (fixture) => {
      const brief = { ...nightfall(tlp), keyJudgments: [{ text: 'Agent CARDINAL is compromised' }], where: ['Kirova'] };
      const { el, event } = await outcomeIn(fixture, brief, { 'tlp-max': 'amber+strict' });
      expect(event.detail.reason).to.equal('tlp');
      expect(textOf(el)).to.contain('cannot be read');
      // No marking is named: the one written cannot be read.
      expect($$(el, '[part="tlp"]')).to.have.length(0);
      expectNoSecret(el, event);
      await expect(el).to.be.accessible();
    });

    both(`${name}: under tlp-max red, the problems name paths and expectations, never a value`, async (fixture) => {
      const { el, event } = await outcomeIn(fixture, nightfall(tlp), { 'tlp-max': 'red' });
      expect(event.detail.reason).to.equal('invalid');
      expect(event.detail.issues.map((i: { path: string }) => i.path)).to.include.members([
        'tlp',
        'keyJudgments[0]',
        'where',
      ]);
      expect($(el, '[role="alert"]')!.textContent).to.contain('expected a TLP marking');
      expectNoSecret(el, event);
    });
  }
});

describe('TLP: markings that try to slip past', () => {
  for (const key of ['TLP', ' tlp', 'ｔｌｐ', 't\u200blp']) {
    it(`a marking under ${JSON.stringify(key)} cannot be read: withheld`, async () => {
      const { el, event } = await outcome({ [key]: 'RED', title: 'Op NIGHTFALL', date: '2024-04-04' });
      expect(event.detail.reason).to.equal('tlp');
      expect(textOf(el)).to.contain('cannot be read');
      expectNoSecret(el, event);
    });
  }

  it('a marking that answers CLEAR, then RED (a getter), is withheld', async () => {
    let reads = 0;
    const brief = { title: 'Op NIGHTFALL', date: '2024-04-04' };
    Object.defineProperty(brief, 'tlp', { enumerable: true, get: () => (reads++ ? 'RED' : 'CLEAR') });
    const { el, event } = await outcome(brief);
    expect(event.detail.reason).to.equal('tlp');
    expectNoSecret(el, event);
  });

  it('inline JSON that names tlp twice is withheld, whichever comes last', async () => {
    const { el, event } = await inlineOutcome(
      '{"tlp": "RED", "title": "Op NIGHTFALL", "date": "2024-04-04", "tlp": "CLEAR"}',
    );
    expect(event.detail.reason).to.equal('tlp');
    expectNoSecret(el);
  });

  it('JSON text encoded twice is reported without quoting the brief inside it', async () => {
    const { el, event } = await outcome(JSON.stringify(JSON.stringify(nightfall())));
    expect(event.detail.reason).to.equal('invalid');
    expect($(el, '[role="alert"]')!.textContent).to.contain('got a string');
    expectNoSecret(el, event);
  });
});

describe('TLP: the same object marked anew', () => {
  it('is withheld when set again after its marking changed in place', async () => {
    const brief: Record<string, unknown> = { title: 'Op NIGHTFALL', date: '2024-04-04' };
    const el = await show(brief);
    expect($(el, 'h2')!.textContent).to.equal('Op NIGHTFALL');
    brief.tlp = 'RED';
    const failed = oneEvent<SettledEvent>(el, 'brief-error');
    el.brief = brief as IntelBrief['brief'];
    expect((await failed).detail.reason).to.equal('tlp');
    await el.updateComplete;
    expect($(el, 'h2')).to.equal(null);
    expectNoSecret(el);
  });

  it('is withheld at its next render when its marking changed in place', async () => {
    const brief: Record<string, unknown> = { title: 'Op NIGHTFALL', date: '2024-04-04', tlp: 'CLEAR' };
    const el = await show(brief);
    brief.tlp = 'AMBER';
    const failed = oneEvent<SettledEvent>(el, 'brief-error');
    el.requestUpdate();
    expect((await failed).detail.reason).to.equal('tlp');
    await el.updateComplete;
    expect($(el, 'h2')).to.equal(null);
    expect(textOf(el)).to.contain('TLP:AMBER');
  });
});

describe('The same brief object set again', () => {
  const card = () => ({
    title: 'Open card',
    date: '2024-04-04',
    summary: 'Bottom line.',
    sections: [{ heading: 'More', paragraphs: ['Behind the button.'] }],
  });

  it('unchanged (a framework re-rendering), leaves an open card open and fires nothing', async () => {
    const brief = card();
    const el = await show(brief, { layout: 'card' });
    $(el, '[part="toggle"]')!.click();
    await el.updateComplete;
    expect($(el, '[part="toggle"]')!.getAttribute('aria-expanded')).to.equal('true');
    let events = 0;
    el.addEventListener('brief-load', () => events++);
    el.brief = brief;
    await el.updateComplete;
    expect($(el, '[part="toggle"]')!.getAttribute('aria-expanded')).to.equal('true');
    expect(events).to.equal(0);
  });

  it('changed in place, shows the new content and fires brief-load', async () => {
    const brief = card();
    const el = await show(brief);
    brief.title = 'Retitled';
    const loaded = oneEvent<SettledEvent>(el, 'brief-load');
    el.brief = brief;
    expect((await loaded).detail.brief.title).to.equal('Retitled');
    await el.updateComplete;
    expect($(el, 'h2')!.textContent).to.equal('Retitled');
  });
});

describe('TLP: a withheld brief gives nothing of itself', () => {
  it('not its language: the notice is in the page’s, even with the brief’s labels loaded', async () => {
    await import('../src/locales/fr.js');
    const { el } = await outcome({ title: 'Op NIGHTFALL', date: '2024-04-04', tlp: 'RED', lang: 'fr' });
    expect(el.hasAttribute('lang')).to.equal(false);
    expect($(el, '[lang="fr"]')).to.equal(null);
    expect(textOf(el)).to.contain('This brief is marked TLP:RED');
  });
});

describe('JSON that does not parse', () => {
  // Where in the text it breaks is the tools' to say (test/node/json-break.test.mjs): the
  // element names where the text came from, and nothing of the text.
  it('is reported by where it came from, never by quoting the text', async () => {
    const el = await fixture<IntelBrief>(html`<intel-brief
      ><script type="application/json">
        { "tlp": "RED",
          "agent": CARDINAL }
      </script></intel-brief
    >`);
    await el.updateComplete;
    const alert = $(el, '[role="alert"]')!.textContent;
    expect(alert).to.contain('The inline JSON is not valid JSON');
    expectNoSecret(el);
  });

  const BROKEN: [string, string][] = [
    ['an unclosed string', '{"title": "Op NIGHTFALL'],
    ['a trailing comma', '{"title": "CARDINAL",}'],
    ['a missing comma', '{"title": "CARDINAL" "date": 1}'],
    ['a single-quoted name', "{'CARDINAL': 1}"],
    ['an end too soon', '{"title": ["CARDINAL"'],
    ['text after the value', '{"title": "x"} CARDINAL'],
    ['a bad escape', '{"title": "CARDINAL\\q"}'],
    ['a line break in a string', '{"title": "CARD\nINAL"}'],
  ];
  for (const [name, text] of BROKEN) {
    it(`${name}: "The brief is not valid JSON"`, async () => {
      const { el, event } = await outcome(text);
      expect(event.detail.reason).to.equal('json');
      expect(event.detail.error.message).to.equal('The brief is not valid JSON');
      expect(everything(el, event)).to.not.contain('CARDINAL');
      expect(everything(el, event)).to.not.contain('NIGHTFALL');
    });
  }

  it('accepts a byte order mark before the JSON, as editors write it', async () => {
    const { el, event } = await inlineOutcome('\uFEFF{"title": "With a BOM", "date": "2024-04-04"}');
    expect(event.type).to.equal('brief-load');
    expect($(el, 'h2')!.textContent).to.equal('With a BOM');
  });
});
