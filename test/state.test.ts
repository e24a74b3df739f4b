// What the element shows follows what it is given, whatever re-renders it: no piece of
// a brief stays as an earlier render left it.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import '../src/locales/fr.js';
import type { IntelBrief } from '../src/index.js';
import { $, sample, show, watchListeners } from './helpers.js';

describe('state', () => {
  it('speaks the language of an ancestor whose lang changed, in every piece, once it renders again', async () => {
    const brief = await sample('cyber-slavery-2024');
    expect(brief.lang, 'the brief names no language: the page chooses').to.equal(undefined);
    const page = await fixture<HTMLElement>(
      html`<div lang="en"><intel-brief layout="card" .brief=${brief}></intel-brief></div>`,
    );
    const el = page.querySelector<IntelBrief>('intel-brief')!;
    await el.updateComplete;
    const where = () => $(el, '[part="where"] strong')!.textContent;
    const date = () => $(el, '[part="meta"] time')!.textContent;
    const day = (locale: string) =>
      new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date('2024-04-04T00:00Z'));
    const toggle = () => $(el, '[part="toggle"]')!;
    toggle().click(); // opened: its rest is rendered
    await el.updateComplete;
    expect(where()).to.match(/^Where/);
    expect(date()).to.equal(day('en'));

    page.lang = 'fr';
    // Closing the card renders the element again: what it shows is French now, all of it.
    toggle().click();
    await el.updateComplete;
    expect(toggle().getAttribute('aria-expanded')).to.equal('false');
    expect(toggle().textContent).to.equal('Lire la note complète');
    expect(where()).to.match(/^Où/);
    expect(date()).to.equal(day('fr'));
    expect($(el, '[part="section-heading"]')!.textContent).to.equal('Acteurs concernés');
  });

  it('a closed card taken out of the page and put back still prints whole', async () => {
    const el = await show(await sample('cyber-slavery-2024'), { layout: 'card' });
    const sections = () => el.shadowRoot!.querySelectorAll('[part="rest"] [part="section"]').length;
    expect(sections(), 'a closed card leaves its rest out').to.equal(0);
    el.remove();
    await new Promise((resolve) => setTimeout(resolve));
    document.body.append(el); // connected again, with no update
    dispatchEvent(new Event('beforeprint'));
    expect(sections()).to.be.greaterThan(0);
    el.remove();
  });

  describe('leaves nothing behind on the page once removed', () => {
    let listeners: ReturnType<typeof watchListeners>;
    beforeEach(async () => {
      // Page-wide, once: the labels' cache listens for registrations from the first render on.
      (await show(await sample('minimal'))).remove();
      listeners = watchListeners();
    });
    afterEach(() => listeners.stop());

    it('a closed card, which listened for beforeprint to print whole', async () => {
      const el = await show(await sample('cyber-slavery-2024'), { layout: 'card' });
      expect(listeners.count(), 'a closed card waits for printing').to.be.greaterThan(0);
      el.remove();
      expect(listeners.count()).to.equal(0);
    });

    it("a brief whose grade chip's meaning was open, which listened for Escape", async () => {
      const el = await show(await sample('port-strike-tlp-green'), { 'tlp-max': 'green' });
      $(el, '[part="grade"]')!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
      expect(listeners.count(), 'Escape is listened for while the meaning shows').to.be.greaterThan(0);
      el.remove();
      expect(listeners.count()).to.equal(0);
    });
  });
});
