// The header band, as intelligence products set it: the TLP marking with, under it, a
// sentence saying how the brief may be shared (FIRST TLP 2.0), and the brief's reference
// (`id`) in the date line. What a reader sees: the words, visible or not, in the locale's
// language once its module loads. This file loads the French module itself, after its
// first brief is on screen: a module, once imported, stays registered for the page.
import { expect } from '@open-wc/testing';
import '../src/index.js';
import { $, $$, sample, textOf } from './helpers.js';
import { both, client, render } from './fixture.js';

afterEach(() => document.querySelectorAll('body > intel-brief').forEach((el) => el.remove()));

/** The words of an element a reader sees (none when it, or what holds it, is not displayed). */
const seen = (node: HTMLElement | null) =>
  node && node.getClientRects().length ? node.innerText.replace(/\s+/g, ' ').trim() : '';

const HANDLING = {
  CLEAR: 'No limit on disclosure.',
  GREEN: 'Share within your community, not publicly.',
  AMBER: 'Share within your organization and its clients, need-to-know only.',
  'AMBER+STRICT': 'Share within your organization only.',
  RED: 'For its recipients only: do not share further.',
};

describe('the header band', () => {
  for (const [level, words] of Object.entries(HANDLING)) {
    both(`says under the TLP:${level} marking how the brief may be shared`, async (fixture) => {
      const brief = await sample('port-strike-tlp-green');
      const el = await render(fixture, { ...brief, tlp: level.toLowerCase() }, { 'tlp-max': 'red', lang: 'en' });
      const marking = $(el, '[part="tlp"]')!;
      expect(seen(marking), level).to.equal(`TLP:${level}`);
      // The line right under the top marking, and above the title.
      const line = marking.nextElementSibling as HTMLElement;
      expect(seen(line), level).to.equal(words);
      expect(line.getBoundingClientRect().top, level).to.be.at.least(marking.getBoundingClientRect().bottom);
      expect(line.getBoundingClientRect().bottom, level).to.be.at.most($(el, 'h2')!.getBoundingClientRect().top);
      // Only once: the end marking has no line of its own.
      expect(textOf(el).split(words).length - 1, level).to.equal(1);
      // Plain text: it follows forced colours, unlike the marking that keeps its own
      // (where the engine knows forced colours: WebKitGTK does not).
      if (CSS.supports('forced-color-adjust', 'none')) {
        expect(getComputedStyle(line).forcedColorAdjust, level).to.not.equal('none');
        expect(getComputedStyle(marking).forcedColorAdjust, level).to.equal('none');
      }
      el.remove();
    });
  }

  both('shows the reference, labelled and isolated, first in the date line', async (fixture) => {
    const brief = await sample('port-strike-tlp-green');
    const el = await render(fixture, brief, { 'tlp-max': 'green', lang: 'en-US' });
    expect(seen($(el, '[part="meta"]'))).to.match(/^Reference: ib-2026-0311 · \w{3} \d+, 2026 · Updated /);
    expect($(el, '[part="reference"] bdi')!.textContent).to.equal('ib-2026-0311');
    // No new heading: the outline stays title, then sections.
    expect($$(el, 'h2, h3, h4').map((h) => h.localName)).to.deep.equal(['h2', ...$$(el, 'h3').map(() => 'h3')]);
    await expect(el).to.be.accessible();
  });

  both('shows neither for a brief with no marking and no id', async (fixture) => {
    const el = await render(fixture, await sample('minimal'), { lang: 'en' });
    expect($(el, '[part="tlp"]')).to.equal(null);
    expect($(el, '[part="handling"]')).to.equal(null);
    expect(seen($(el, '[part="meta"]'))).to.not.contain('Reference');
    for (const words of Object.values(HANDLING)) expect(textOf(el)).to.not.contain(words);
  });

  both('leaves the withheld notice as it was: a marking and the notice, no handling line', async (fixture) => {
    const el = await render(fixture, await sample('port-strike-tlp-green'), { lang: 'en' });
    expect(textOf(el)).to.equal('TLP:GREEN This brief is marked TLP:GREEN and cannot be shown on this page.');
  });

  both('in a card, shows both once it opens, not while it is a closed teaser', async (fixture) => {
    const brief = await sample('port-strike-tlp-green');
    const el = await render(fixture, brief, { 'tlp-max': 'green', layout: 'card', lang: 'en' });
    expect(seen($(el, '[part="tlp"]'))).to.equal('TLP:GREEN');
    expect(seen($(el, '[part="handling"]'))).to.equal('');
    expect(seen($(el, '[part="meta"]')))
      .to.not.contain('Reference')
      .and.not.contain('ib-2026-0311');
    expect(seen($(el, '[part="meta"]'))).to.match(/^\w{3} \d+, 2026 · /);
    await expect(el).to.be.accessible();
    $(el, 'button')!.click();
    await el.updateComplete;
    expect(seen($(el, '[part="handling"]'))).to.equal(HANDLING.GREEN);
    expect(seen($(el, '[part="meta"]'))).to.match(/^Reference: ib-2026-0311 · \w{3} \d+, 2026/);
    await expect(el).to.be.accessible();
    $(el, 'button')!.click();
    await el.updateComplete;
    expect(seen($(el, '[part="handling"]'))).to.equal('');
  });

  // Client-rendered only: it needs the French module not yet loaded, and a module once loaded stays for the page.
  it('speaks French once the French module loads, on a brief already on screen', async () => {
    const brief = await sample('port-strike-tlp-green');
    const el = await render(client, { ...brief, tlp: 'amber' }, { 'tlp-max': 'amber', lang: 'fr' });
    expect(seen($(el, '[part="handling"]'))).to.equal(HANDLING.AMBER);
    await import('../src/locales/fr.js');
    await el.updateComplete;
    expect(seen($(el, '[part="handling"]'))).to.equal(
      'Diffusable au sein de votre organisation et à ses clients, selon le besoin d’en connaître.',
    );
    expect(seen($(el, '[part="meta"]'))).to.match(/^Référence : ib-2026-0311 · \d+ mars 2026 · Mis à jour le /);
    expect($(el, '[part="reference"]')!.textContent).to.equal('Référence\u00a0: ib-2026-0311 · '); // the locale's colon
    // The brief is English, its labels French: they say so.
    expect($(el, '[part="handling"] [lang="fr"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });
});
