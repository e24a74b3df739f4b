import { expect, fixture, html } from '@open-wc/testing';
import type * as Bundle from '../src/bundle.js';
import { sample } from './helpers.js';

// The single-file bundle, as a page would load it with <script type="module">.
const BUNDLE = '/dist/intel-brief.bundle.js';

describe('the single-file bundle', () => {
  it('registers all three elements and renders the reference brief', async () => {
    const module = (await import(BUNDLE)) as typeof Bundle;
    for (const tag of ['intel-brief', 'brief-section', 'download-pdf']) {
      expect(customElements.get(tag), tag).to.not.equal(undefined);
    }
    expect(module.validateBrief({ title: 'x', date: '2024-04-04' }).ok).to.equal(true);
    const el = await fixture<Bundle.IntelBrief>(html`<intel-brief lang="en-US"></intel-brief>`);
    el.brief = await sample('cyber-slavery-2024');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.contain('Cyber-Slavery');
    expect(el.shadowRoot!.querySelector('time')!.textContent).to.equal('Apr 4, 2024');
    expect(el.shadowRoot!.querySelector('a[download]')!.textContent).to.contain('Download PDF • 2.69 MB');
    // The minifier must keep the spaces that separate text.
    el.brief = await sample('port-strike-tlp-green');
    el.setAttribute('tlp-max', 'green');
    await el.updateComplete;
    const meta = el.shadowRoot!.querySelector('[part="meta"]')!.textContent;
    expect(meta).to.match(/ · Updated .* · By Maritime desk$/);
    expect(el.shadowRoot!.querySelector('[part="summary"]')!.textContent).to.match(/^Bottom line: A 48-hour/);
  });

  it("exports what a page's script may call: the classes, the validator and registerLabels", async () => {
    const module = (await import(BUNDLE)) as typeof Bundle;
    expect(Object.keys(module).sort()).to.deep.equal([
      'BriefSection',
      'DownloadPdf',
      'IntelBrief',
      'registerLabels',
      'validateBrief',
    ]);
    expect(module.IntelBrief).to.equal(customElements.get('intel-brief'));
  });

  it('validates hostile values as the source does: minified, it still never throws', async () => {
    const { validateBrief } = (await import(BUNDLE)) as typeof Bundle;
    // A Symbol is described, not concatenated (x + '' throws for a Symbol, String(x) does not).
    expect(validateBrief({ title: Symbol('x'), date: '2024-04-04' }).issues).to.deep.equal([
      { path: 'title', message: 'expected a non-empty string, got Symbol(x)' },
    ]);
    const thrower = {
      title: 'x',
      get date() {
        // eslint-disable-next-line @typescript-eslint/only-throw-error -- a thrown non-Error is what this checks
        throw Symbol('thrown');
      },
    };
    const result = validateBrief(thrower);
    expect(result.ok).to.equal(false);
    expect(result.issues[0].message).to.equal('the brief could not be read: Symbol(thrown)');
  });

  it('takes a locale module loaded later, alone beside it, and applies it to the brief on screen', async () => {
    await import(BUNDLE);
    const el = await fixture<Bundle.IntelBrief>(
      html`<intel-brief lang="nl" tlp-max="green" layout="card"></intel-brief>`,
    );
    el.brief = await sample('port-strike-tlp-green');
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(root.querySelector('[part="summary"] strong')!.textContent).to.equal('Bottom line: ');
    expect(root.querySelector('button')!.textContent).to.equal('Read the full brief');
    // The module as a page would copy it next to the bundle: from a blob: URL, where
    // any import of another file of the package would fail to resolve.
    const source = await (await fetch('/dist/locales/nl.js')).text();
    expect(source).to.not.match(/^\s*(import|export)\b/m);
    const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
    await import(url);
    URL.revokeObjectURL(url);
    await el.updateComplete;
    expect(root.querySelector('[part="summary"] strong')!.textContent).to.equal('Kern: ');
    expect(root.querySelector('button')!.textContent).to.equal('Volledig rapport lezen');
    expect(root.querySelector('[part="where"]')!.textContent).to.equal(
      'Waar: Rotterdam, Netherlands en Antwerp, Belgium',
    );
    el.remove();
  });

  it('can be loaded twice on one page without throwing', async () => {
    // A second copy (another URL, so the browser evaluates it again).
    await import(`${BUNDLE}?copy=2`);
    const el = await fixture<Bundle.DownloadPdf>(html`<download-pdf href="a.pdf"></download-pdf>`);
    expect(el.shadowRoot!.querySelector('a')).to.not.equal(null);
  });
});
