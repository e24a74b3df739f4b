// The card layout: a teaser that expands and collapses in place, its toggle's name and state,
// a stable height while loading, cards in a list, and a URL fragment that opens a card.
import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import '../src/index.js';
import type { IntelBrief } from '../src/index.js';
import { $, $$, sample, settled } from './helpers.js';
import { both, render } from './fixture.js';

const visible = (node: Element | null) => !!node && (node as HTMLElement).offsetParent !== null;

afterEach(() => document.querySelectorAll('body > intel-brief').forEach((el) => el.remove()));

describe('card layout', () => {
  both('shows kind, title, date, where and an excerpt (the first bullet), and hides the rest', async (fixture) => {
    const brief = await sample<{ sections: { bullets: string[] }[] }>('cyber-slavery-2024');
    const el = await render(fixture, brief, { layout: 'card', lang: 'en-US' });
    expect($(el, '.kind')!.textContent).to.equal('Intel Brief');
    expect($(el, 'h2')!.textContent).to.contain('Cyber-Slavery');
    expect($(el, 'time')!.textContent).to.equal('Apr 4, 2024');
    // A list in the locale's words: two places read as two.
    expect($(el, '[part="where"]')!.textContent).to.equal('Where: India and Cambodia');
    // No section shows, only the first bullet of the first section, as a teaser: not its four long bullets.
    expect($$(el, 'h3').filter(visible)).to.have.length(0);
    const [first, second] = brief.sections[0].bullets;
    const seen = (el.shadowRoot!.querySelector('article') as HTMLElement).innerText;
    expect(seen).to.contain(first.slice(0, 60));
    expect(seen).not.to.contain(second.slice(0, 60));
    expect(visible($(el, '.excerpt'))).to.equal(true);
    expect(visible($(el, '[part="tile"]'))).to.equal(false);
    const button = $(el, 'button')!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!.hidden).to.equal(true);
    await expect(el).to.be.accessible();
  });

  both('expands and collapses in place by keyboard, focus staying on the button', async (fixture) => {
    const el = await render(fixture, await sample('cyber-slavery-2024'), { layout: 'card' });
    const button = $(el, 'button')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    // One name in both states: only aria-expanded tells the state, so it is announced once.
    expect(button.textContent).to.equal('Read the full brief');
    expect(
      $$(el, 'h3')
        .filter(visible)
        .map((h) => h.textContent),
    ).to.deep.equal(["Who's involved", 'What happened?', 'Analysis', 'Conclusion']);
    expect(visible($(el, '[part="tile"]'))).to.equal(true);
    // The excerpt gives way to the whole section: its words show once, not twice.
    const brief = await sample<{ sections: { bullets: string[] }[] }>('cyber-slavery-2024');
    const opening = brief.sections[0].bullets[0].slice(0, 60);
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

  both('uses the summary as the teaser when there is one', async (fixture) => {
    const el = await render(fixture, await sample('port-strike-tlp-green'), { layout: 'card', 'tlp-max': 'green' });
    expect(visible($(el, '[part="summary"]'))).to.equal(true);
    expect($$(el, 'h3').filter(visible)).to.have.length(0);
    expect($(el, '[part="tlp"]')!.textContent).to.equal('TLP:GREEN');
  });

  both('has no button when there is nothing more to show', async (fixture) => {
    const el = await render(fixture, await sample('minimal'), { layout: 'card' });
    expect($(el, 'button')).to.equal(null);
    // Even padding: as much space under the last line as above the first.
    const card = $(el, 'article')!.getBoundingClientRect();
    const top = $(el, '.kind')!.getBoundingClientRect().top - card.top;
    const bottom = card.bottom - $(el, '[part="meta"]')!.getBoundingClientRect().bottom;
    expect(Math.abs(top - bottom), `top ${top}, bottom ${bottom}`).to.be.below(2);
  });

  both('keeps a stable height while loading', async (fixture) => {
    const el = await fixture<IntelBrief>(
      html`<intel-brief layout="card" src="/test-api/delay?ms=300&amp;file=/briefs/minimal.json"></intel-brief>`,
    );
    const loadingHeight = el.getBoundingClientRect().height;
    expect(loadingHeight).to.be.greaterThan(150);
    await settled(el);
  });

  both('reads as a list of cards inside a list', async (fixture) => {
    const items = ['cyber-slavery-2024', 'minimal'].map(
      (name) => `<li><intel-brief layout="card" src="/briefs/${name}.json"></intel-brief></li>`,
    );
    const list = await fixture(staticHtml`<ul aria-label="Latest briefs">${unsafeStatic(items.join(''))}</ul>`);
    const cards = [...list.querySelectorAll('intel-brief')] as IntelBrief[];
    await Promise.all(cards.filter((card) => !$(card, 'article')).map((card) => settled(card)));
    await expect(list).to.be.accessible();
  });
});

describe("the card's toggle", () => {
  both('keeps one name, the brief’s, and tells its state by aria-expanded alone', async (fixture) => {
    const el = await render(fixture, await sample('port-strike-tlp-green'), {
      layout: 'card',
      'tlp-max': 'green',
      lang: 'en-GB',
    });
    const button = $<HTMLButtonElement>(el, 'button')!;
    const name = () =>
      button
        .getAttribute('aria-labelledby')!
        .split(' ')
        .map((id) => el.shadowRoot!.getElementById(id)!.textContent)
        .join(' ');
    expect(name()).to.equal('Read the full brief Dock Strike Threatens Northern Range Container Traffic');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(name()).to.equal('Read the full brief Dock Strike Threatens Northern Range Container Traffic');
    expect(button.textContent).to.equal('Read the full brief');
    await expect(el).to.be.accessible();
  });

  both('names each button of a list after its own brief', async (fixture) => {
    const items = ['cyber-slavery-2024', 'port-strike-tlp-green'].map(
      (name) => `<li><intel-brief layout="card" tlp-max="green" src="/briefs/${name}.json"></intel-brief></li>`,
    );
    const list = await fixture(staticHtml`<ul aria-label="Latest briefs">${unsafeStatic(items.join(''))}</ul>`);
    const cards = [...list.querySelectorAll('intel-brief')] as IntelBrief[];
    await Promise.all(cards.filter((card) => !$(card, 'article')).map((card) => settled(card)));
    await Promise.all(cards.map((card) => card.updateComplete));
    const names = cards.map((card) => {
      const button = $(card, 'button')!;
      return button
        .getAttribute('aria-labelledby')!
        .split(' ')
        .map((id) => card.shadowRoot!.getElementById(id)!.textContent)
        .join(' ');
    });
    expect(names).to.deep.equal([
      'Read the full brief 250 Indian Citizens Rescued From “Cyber-Slavery”',
      'Read the full brief Dock Strike Threatens Northern Range Container Traffic',
    ]);
    await expect(list).to.be.accessible();
  });
});

describe('<intel-brief> fragment anchors', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  both('scrolls to the section the URL names, expanding a card', async (fixture) => {
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
    await waitUntil(() => Math.abs(section.getBoundingClientRect().top) < 5, 'the section is not scrolled to', {
      timeout: 10000,
    });
    expect($(el, 'button')!.getAttribute('aria-expanded')).to.equal('true');
    expect(Math.abs(section.getBoundingClientRect().top)).to.be.below(5);
  });
});
