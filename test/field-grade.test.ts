import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import type { IntelBrief } from '../src/index.js';
import { $, $$, sample, settled, show, textOf } from './helpers.js';

const visible = (node: Element | null) => !!node && (node as HTMLElement).offsetParent !== null;

afterEach(() => document.querySelectorAll('body > intel-brief').forEach((el) => el.remove()));

describe('TLP marking and guard', () => {
  const LEVELS = ['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED'];
  const secret = (tlp: string) => ({
    title: `Secret title ${tlp}`,
    date: '2026-01-01',
    tlp,
    summary: 'Secret summary text',
    sections: [{ heading: 'Secret heading', paragraphs: ['Secret paragraph'] }],
  });

  it('withholds a TLP:RED brief under the default tlp-max, leaving no trace of its text', async () => {
    const el = document.createElement('intel-brief') as IntelBrief;
    el.brief = secret('RED');
    const failed = oneEvent(el, 'brief-error');
    document.body.append(el);
    const event = await failed;
    await el.updateComplete;
    expect(event.detail.reason).to.equal('tlp');
    expect(textOf(el)).to.contain('TLP:RED');
    const everything = el.shadowRoot!.innerHTML + el.innerHTML;
    for (const word of ['Secret title', 'Secret summary', 'Secret heading', 'Secret paragraph']) {
      expect(everything).to.not.contain(word);
    }
    await expect(el).to.be.accessible();
  });

  it('shows the same brief under tlp-max="red"', async () => {
    const el = await show(secret('RED'), { 'tlp-max': 'red' });
    expect($(el, 'h2')!.textContent).to.equal('Secret title RED');
    expect($$(el, '[part="tlp"]').map((p) => p.textContent)).to.deep.equal(['TLP:RED', 'TLP:RED']);
  });

  it('withholds exactly the briefs above tlp-max, for every pair of levels', async () => {
    for (const [i, level] of LEVELS.entries()) {
      for (const [j, max] of LEVELS.entries()) {
        const el = await show(secret(level), { 'tlp-max': max.toLowerCase() });
        const shown = $(el, 'h2') !== null;
        expect(shown, `${level} under ${max}`).to.equal(i <= j);
        el.remove();
      }
    }
  });

  it('marks in the standard colours on black, upper case, top and end', async () => {
    const colours: Record<string, string> = {
      RED: 'rgb(255, 43, 43)',
      AMBER: 'rgb(255, 192, 0)',
      'AMBER+STRICT': 'rgb(255, 192, 0)',
      GREEN: 'rgb(51, 255, 0)',
      CLEAR: 'rgb(255, 255, 255)',
    };
    for (const level of LEVELS) {
      const el = await show(secret(`tlp:${level.toLowerCase()}`.replace('tlp:', 'TLP:').toUpperCase()), { 'tlp-max': 'red' });
      const marks = $$(el, '[part="tlp"]');
      expect(marks.map((m) => m.textContent), level).to.deep.equal([`TLP:${level}`, `TLP:${level}`]);
      const style = getComputedStyle(marks[0]!);
      expect(style.color, level).to.equal(colours[level]);
      expect(style.backgroundColor, level).to.equal('rgb(0, 0, 0)');
      el.remove();
    }
  });

  it("reads TLP 1's WHITE as CLEAR, shown on a public page", async () => {
    const el = await show({ title: 'Open', date: '2024-01-01', tlp: 'TLP:WHITE' });
    expect($(el, '[part="tlp"]')!.textContent).to.equal('TLP:CLEAR');
    expect($(el, 'h2')!.textContent).to.equal('Open');
  });

  it('withholds the port-strike sample under the default, shows it under green', async () => {
    const brief = await sample('port-strike-tlp-green');
    const withheld = await show(brief);
    expect($(withheld, 'h2')).to.equal(null);
    withheld.remove();
    const shown = await show(brief, { 'tlp-max': 'green' });
    expect($(shown, 'h2')!.textContent).to.equal(brief.title);
  });
});

describe('summary, key judgments, sources, author, tags', () => {
  let el: IntelBrief;
  beforeEach(async () => {
    el = await show(await sample('port-strike-tlp-green'), { 'tlp-max': 'green', lang: 'en-GB' });
  });

  it('puts the bottom line first, then the key judgments with likelihood, range and confidence', async () => {
    const summary = $(el, '[part="summary"]')!;
    expect(summary.textContent).to.contain('A 48-hour strike');
    const headings = $$(el, 'h3').map((h) => h.textContent);
    expect(headings[0]).to.equal('Key judgments');
    const judgments = $$(el, '[part="judgments"] li').map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(judgments).to.have.length(2);
    expect(judgments[0]).to.match(
      /^Terminal throughput will fall below 40% of normal for the duration of the strike\.very likely \(80%? ?– ?95%\) · Moderate confidence$/,
    );
    expect(judgments[1]).to.match(/^The union will extend the action beyond 48 hours\.unlikely \(20%? ?– ?45%\) · Low confidence$/);
    // The summary comes before the judgments in reading order.
    expect(summary.compareDocumentPosition($(el, '[part="judgments"]')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
  });

  it('lists sources, numbered, with publisher, date, link and Admiralty grade', async () => {
    const items = $$(el, '[part="sources"] > li');
    expect($(el, '[part="sources"]')!.localName).to.equal('ol');
    expect(items).to.have.length(2);
    expect(items[0]!.textContent).to.contain('Union press statement').and.contain("Dock workers' union").and.contain('10 Mar 2026');
    expect(items[0]!.querySelector('a')).to.equal(null);
    const link = items[1]!.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://example.org/port-notice');
    expect(link.textContent).to.equal('Berth schedule update');
    const grade = items[0]!.querySelector<HTMLElement>('[part="grade"]')!;
    const own = [...grade.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('');
    expect(own).to.equal('B2');
    expect(grade.querySelector('[role="tooltip"]')!.textContent).to.equal('B: usually reliable · 2: probably true');
    // Its accessible name says what it means, not "B2" alone.
    expect(grade.getAttribute('role')).to.equal('img');
    expect(grade.getAttribute('aria-label')).to.equal('B2: usually reliable, probably true');
  });

  it('shows the grade meaning on keyboard focus', async () => {
    const grade = $(el, '[part="grade"]')!;
    const tip = grade.querySelector('[role="tooltip"]')!;
    expect(visible(tip)).to.equal(false);
    grade.focus();
    expect(el.shadowRoot!.activeElement).to.equal(grade);
    expect(getComputedStyle(tip).display).to.equal('block');
  });

  it('shows author, update, tags', async () => {
    const meta = $(el, '[part="meta"]')!.textContent!;
    expect(meta).to.contain('By Maritime desk').and.contain('Updated');
    expect($(el, '[part="tags"]')!.textContent).to.equal('Topics: logistics, labour, Europe');
  });

  it('does not show "Updated" when it is the publication date', async () => {
    const same = await show({ title: 'x', date: '2024-04-04', updated: '2024-04-04' });
    expect($(same, '[part="meta"]')!.textContent).to.not.contain('Updated');
  });

  it('shows the time of an update on the publication day, in the locale and the reader\'s time zone', async () => {
    // 14:30 on 4 April where the reader is: the same calendar day as the date.
    const local = new Date(2024, 3, 4, 14, 30);
    const same = await show({ title: 'x', date: '2024-04-04', updated: local.toISOString() }, { lang: 'en-GB' });
    const meta = $(same, '[part="meta"]')!.textContent!.replace(/\s+/g, ' ');
    expect(meta).to.contain('Updated 14:30');
    expect(meta.match(/2024/g)).to.have.length(1); // the date once, not twice
    same.remove();
    const us = await show({ title: 'x', date: '2024-04-04', updated: local.toISOString() }, { lang: 'en-US' });
    expect($(us, '[part="meta"]')!.textContent!.replace(/\s+/g, ' ')).to.match(/Updated 2:30\sPM/);
    us.remove();
    // The next day: its date.
    const next = await show({ title: 'x', date: '2024-04-04', updated: new Date(2024, 3, 5, 9).toISOString() }, { lang: 'en-GB' });
    expect($(next, '[part="meta"]')!.textContent!.replace(/\s+/g, ' ')).to.contain('Updated 5 Apr 2024');
  });

  it('renders an unsafe source URL as text', async () => {
    const bad = await show({ title: 'x', date: '2024-04-04', sources: [{ title: 'Evil', url: 'javascript:alert(1)' }] });
    expect($(bad, '[part="sources"] a')).to.equal(null);
    expect($(bad, '[part="sources"]')!.textContent).to.contain('Evil');
  });

  it('is accessible with judgments and sources', async () => {
    await expect(el).to.be.accessible();
  });
});

describe('line breaks at 200% text', () => {
  afterEach(() => document.documentElement.style.removeProperty('font-size'));

  it('keeps whole a title word that fits a line, and still wraps a 60-character token inside the brief', async () => {
    document.documentElement.style.fontSize = '200%';
    const token = 'x'.repeat(20) + 'https://example.org/' + 'y'.repeat(20);
    const el = await show({
      title: 'Dock Strike Threatens Northern Range Container Traffic',
      date: '2026-03-11',
      lang: 'en',
      sections: [{ heading: 'Links', paragraphs: [`See ${token} for more.`] }],
    });
    el.style.width = '320px';
    await el.updateComplete;
    const title = $(el, 'h2')!;
    const walker = document.createTreeWalker(title, NodeFilter.SHOW_TEXT);
    const words: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const match of node.textContent!.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index!);
        range.setEnd(node, match.index! + match[0].length);
        // A word as wide as it is on one line, measured beside the title.
        const probe = title.appendChild(Object.assign(document.createElement('span'), { textContent: match[0] }));
        probe.style.whiteSpace = 'nowrap';
        const fits = probe.getBoundingClientRect().width <= title.getBoundingClientRect().width;
        probe.remove();
        // One box per word that fits a line: a word split over two lines has two.
        if (fits && range.getClientRects().length !== 1) words.push(match[0]);
      }
    }
    expect(words, 'title words split over lines').to.deep.equal([]);
    expect(title.getBoundingClientRect().height).to.be.greaterThan(parseFloat(getComputedStyle(title).lineHeight) * 2);
    // The token wraps: nothing reaches past the brief's edge.
    const box = el.getBoundingClientRect();
    const paragraph = $$(el, 'p').find((p) => p.textContent!.includes('example.org'))!;
    expect(paragraph.getBoundingClientRect().right).to.be.at.most(box.right + 0.5);
    const range = document.createRange();
    range.selectNodeContents(paragraph);
    for (const rect of range.getClientRects()) expect(rect.right).to.be.at.most(box.right + 0.5);
    expect(el.shadowRoot!.querySelector('article')!.scrollWidth).to.be.at.most(320);
  });
});

describe('card layout', () => {
  it('shows kind, title, date, where and an excerpt (the first bullet), and hides the rest', async () => {
    const brief = (await sample('cyber-slavery-2024')) as { sections: { bullets: string[] }[] };
    const el = await show(brief, { layout: 'card', lang: 'en-US' });
    expect($(el, '.kind')!.textContent).to.equal('Intel Brief');
    expect($(el, 'h2')!.textContent).to.contain('Cyber-Slavery');
    expect($(el, 'time')!.textContent).to.equal('Apr 4, 2024');
    // A list in the locale's words: two places read as two.
    expect($(el, '[part="where"]')!.textContent).to.equal('Where: India and Cambodia');
    // No section shows, only the first bullet of the first section, as a teaser: not its four long bullets.
    expect($$(el, 'h3').filter(visible)).to.have.length(0);
    const [first, second] = brief.sections[0]!.bullets;
    const seen = (el.shadowRoot!.querySelector('article') as HTMLElement).innerText;
    expect(seen).to.contain(first!.slice(0, 60));
    expect(seen).not.to.contain(second!.slice(0, 60));
    expect(visible($(el, '.excerpt'))).to.equal(true);
    expect(visible($(el, '[part="tile"]'))).to.equal(false);
    const button = $(el, 'button')!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!.hidden).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('expands and collapses in place by keyboard, focus staying on the button', async () => {
    const el = await show(await sample('cyber-slavery-2024'), { layout: 'card' });
    const button = $(el, 'button')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    // One name in both states: only aria-expanded tells the state, so it is announced once.
    expect(button.textContent).to.equal('Read the full brief');
    expect($$(el, 'h3').filter(visible).map((h) => h.textContent)).to.deep.equal([
      "Who's involved",
      'What happened?',
      'Analysis',
      'Conclusion',
    ]);
    expect(visible($(el, '[part="tile"]'))).to.equal(true);
    // The excerpt gives way to the whole section: its words show once, not twice.
    const brief = (await sample('cyber-slavery-2024')) as { sections: { bullets: string[] }[] };
    const opening = brief.sections[0]!.bullets[0]!.slice(0, 60);
    const seen = (el.shadowRoot!.querySelector('article') as HTMLElement).innerText;
    expect(seen.split(opening)).to.have.length(2);
    expect(visible($(el, '.excerpt'))).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal(button);
    await expect(el).to.be.accessible();
    await sendKeys({ press: ' ' }); // the space bar, by the name every engine's driver knows
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(visible($(el, '[part="tile"]'))).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal(button);
  });

  it('uses the summary as the teaser when there is one', async () => {
    const el = await show(await sample('port-strike-tlp-green'), { layout: 'card', 'tlp-max': 'green' });
    expect(visible($(el, '[part="summary"]'))).to.equal(true);
    expect($$(el, 'h3').filter(visible)).to.have.length(0);
    expect($(el, '[part="tlp"]')!.textContent).to.equal('TLP:GREEN');
  });

  it('has no button when there is nothing more to show', async () => {
    const el = await show(await sample('minimal'), { layout: 'card' });
    expect($(el, 'button')).to.equal(null);
    // Even padding: as much space under the last line as above the first.
    const card = $(el, 'article')!.getBoundingClientRect();
    const top = $(el, '.kind')!.getBoundingClientRect().top - card.top;
    const bottom = card.bottom - $(el, '[part="meta"]')!.getBoundingClientRect().bottom;
    expect(Math.abs(top - bottom), `top ${top}, bottom ${bottom}`).to.be.below(2);
  });

  it('keeps a stable height while loading', async () => {
    const el = await fixture<IntelBrief>(
      html`<intel-brief layout="card" src="/test-api/delay?ms=300&file=/briefs/minimal.json"></intel-brief>`,
    );
    const loadingHeight = el.getBoundingClientRect().height;
    expect(loadingHeight).to.be.greaterThan(150);
    await settled(el);
  });

  it('reads as a list of cards inside a list', async () => {
    const list = await fixture(html`<ul aria-label="Latest briefs">
      ${['cyber-slavery-2024', 'minimal'].map((name) => html`<li><intel-brief layout="card" src="/briefs/${name}.json"></intel-brief></li>`)}
    </ul>`);
    const cards = [...list.querySelectorAll('intel-brief')] as IntelBrief[];
    await Promise.all(cards.map((card) => ($(card, 'article') ? undefined : settled(card))));
    await expect(list).to.be.accessible();
  });
});

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

  it('prints the whole brief: card expanded, no button, its TLP at its start and end in the flow, link URLs written out', async () => {
    const el = await show(await sample('port-strike-tlp-green'), { layout: 'card', 'tlp-max': 'green' });
    restore = asIfPrinting(el);
    expect(getComputedStyle($(el, 'button')!).display).to.equal('none');
    expect(visible($(el, '[part="tile"]'))).to.equal(true);
    expect($$(el, 'h3').filter(visible).map((h) => h.textContent)).to.include.members(['Key judgments', 'What happened?', 'Outlook', 'Sources']);
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
  });

  it("prints a card's excerpt once: the whole first section, no teaser above it", async () => {
    const brief = (await sample('cyber-slavery-2024')) as { sections: { bullets: string[] }[] };
    const el = await show(brief, { layout: 'card' });
    restore = asIfPrinting(el);
    expect(visible($(el, '.excerpt'))).to.equal(false);
    const opening = brief.sections[0]!.bullets[0]!.slice(0, 60);
    const seen = (el.shadowRoot!.querySelector('article') as HTMLElement).innerText;
    expect(seen.split(opening)).to.have.length(2);
    expect($$(el, 'h3').filter(visible).map((h) => h.textContent)).to.include('What happened?');
  });
});
