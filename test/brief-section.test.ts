import { expect, html } from '@open-wc/testing';
import '../src/define/brief-section.js';
import type { BriefSection } from '../src/brief-section.js';
import { $, $$ } from './helpers.js';
import { both } from './fixture.js';

describe('<brief-section>', () => {
  both('renders a heading, paragraphs, then bullets', async (fixture) => {
    const el = await fixture<BriefSection>(html`<brief-section
      heading="Analysis"
      .paragraphs=${['First.', 'Second.']}
      .bullets=${['One', 'Two']}
    ></brief-section>`);
    expect($(el, 'h2')!.textContent).to.equal('Analysis');
    const body = $$(el, 'p, li').map((n) => `${n.localName}:${n.textContent}`);
    expect(body).to.deep.equal(['p:First.', 'p:Second.', 'li:One', 'li:Two']);
    await expect(el).to.be.accessible();
  });

  both('takes heading-level', async (fixture) => {
    const el = await fixture<BriefSection>(html`<brief-section heading="Deep" heading-level="5"></brief-section>`);
    expect($(el, 'h5')!.textContent).to.equal('Deep');
    el.headingLevel = 9;
    await el.updateComplete;
    expect($(el, 'h6')).to.not.equal(null);
  });

  both('shows hand-written slotted content', async (fixture) => {
    const el = await fixture<BriefSection>(html`<brief-section heading="Notes"><p>Written by hand</p></brief-section>`);
    const slot = $<HTMLSlotElement>(el, 'slot')!;
    expect(slot.assignedElements().map((e) => e.textContent)).to.deep.equal(['Written by hand']);
    await expect(el).to.be.accessible();
  });

  both('renders the inline subset, and nothing else, as markup', async (fixture) => {
    const el = await fixture<BriefSection>(html`<brief-section
      heading="Inline"
      .paragraphs=${['See the [notice](https://example.org/n) *now*, **really**. <i>raw</i> [bad](javascript:alert(1))']}
    ></brief-section>`);
    const p = $(el, 'p')!;
    expect(p.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/n');
    expect(p.querySelector('em')!.textContent).to.equal('now');
    expect(p.querySelector('strong')!.textContent).to.equal('really');
    expect(p.querySelector('i')).to.equal(null);
    expect(p.querySelectorAll('a')).to.have.length(1);
    expect(p.textContent).to.contain('<i>raw</i>').and.contain('bad');
  });
});
