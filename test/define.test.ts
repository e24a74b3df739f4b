import { expect, fixture, html } from '@open-wc/testing';
import { IntelBrief, DownloadPdf } from '../src/elements.js';

describe('registration', () => {
  it('importing a class registers nothing; the define modules register, twice without throwing', async () => {
    expect(customElements.get('intel-brief')).to.equal(undefined);
    await import('../src/define/intel-brief.js');
    expect(customElements.get('intel-brief')).to.equal(IntelBrief);
    // Same module again, and a define of a name someone else already owns.
    await import('../src/define/intel-brief.js');
    const { define } = await import('../src/internal/base.js');
    class Other extends HTMLElement {}
    customElements.define('download-pdf', Other);
    expect(() => define('download-pdf', DownloadPdf)).to.not.throw();
    await import('../src/index.js');
    expect(customElements.get('download-pdf')).to.equal(Other);
  });

  it('lets a host register a class under another tag', async () => {
    customElements.define('acme-pdf', class extends DownloadPdf {});
    const el = await fixture(html`<acme-pdf href="x.pdf"></acme-pdf>`);
    expect(el.shadowRoot!.querySelector('a')!.getAttribute('download')).to.equal('x.pdf');
  });
});
