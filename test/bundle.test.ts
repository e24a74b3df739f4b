import { expect, fixture, html } from '@open-wc/testing';
import { sample } from './helpers.js';

// The single-file bundle, as a page would load it with <script type="module">.
const BUNDLE = '/dist/intel-brief.bundle.js';

describe('the single-file bundle', () => {
  it('registers all three elements and renders the reference brief', async () => {
    const module = await import(BUNDLE);
    for (const tag of ['intel-brief', 'brief-section', 'download-pdf']) {
      expect(customElements.get(tag), tag).to.not.equal(undefined);
    }
    expect(module.validateBrief({ title: 'x', date: '2024-04-04' }).ok).to.equal(true);
    const el: any = await fixture(html`<intel-brief lang="en-US"></intel-brief>`);
    el.brief = await sample('cyber-slavery-2024');
    await el.updateComplete;
    expect(el.shadowRoot.querySelector('h2').textContent).to.contain('Cyber-Slavery');
    expect(el.shadowRoot.querySelector('time').textContent).to.equal('Apr 4, 2024');
    expect(el.shadowRoot.querySelector('a[download]').textContent).to.contain('Download PDF • 2.69 MB');
    // The minifier must keep the spaces that separate text.
    el.brief = await sample('port-strike-tlp-green');
    el.setAttribute('tlp-max', 'green');
    await el.updateComplete;
    const meta = el.shadowRoot.querySelector('[part="meta"]').textContent;
    expect(meta).to.match(/ · Updated .* · By Maritime desk$/);
    expect(el.shadowRoot.querySelector('[part="summary"]').textContent).to.match(/^Bottom line: A 48-hour/);
  });

  it('can be loaded twice on one page without throwing', async () => {
    // A second copy (another URL, so the browser evaluates it again).
    await import(`${BUNDLE}?copy=2`);
    const el: any = await fixture(html`<download-pdf href="a.pdf"></download-pdf>`);
    expect(el.shadowRoot.querySelector('a')).to.not.equal(null);
  });
});
