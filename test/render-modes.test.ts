// The server-rendered mode of test/fixture.ts does what it says: the browser
// gets the server's HTML, declarative shadow roots included, and hydrates it in
// place, keeping the server's nodes, instead of rendering a second time.
import { expect, html } from '@open-wc/testing';
import '../src/index.js';
import { server } from './fixture.js';
import { sample } from './helpers.js';

/** Runs `render`, noting the first node matching `selector` in each shadow root the server's HTML brought. */
async function serverNodes(render: () => Promise<Element>, selector: string) {
  const seen = new Map<Element, Element | null>();
  const observer = new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes)
        if (node instanceof Element)
          for (const host of [node, ...node.querySelectorAll('*')])
            if (host.shadowRoot) seen.set(host, host.shadowRoot.querySelector(selector));
  });
  // Called back before the elements' first update, which is a later microtask.
  observer.observe(document.body, { childList: true, subtree: true });
  try {
    const el = await render();
    return { el, seen };
  } finally {
    observer.disconnect();
  }
}

describe('the server-rendered, hydrated fixture', () => {
  it('hydrates <intel-brief> in place: the server’s title is the one shown', async () => {
    const brief = await sample('cyber-slavery-2024');
    const { el, seen } = await serverNodes(
      () => server(html`<intel-brief lang="en-US" .brief=${brief}></intel-brief>`),
      'h2',
    );
    const title = el.shadowRoot!.querySelector('h2')!;
    expect(title.textContent).to.equal(brief.title);
    expect(seen.get(el), 'the server rendered the title').to.equal(title);
    expect(el.shadowRoot!.querySelectorAll('article')).to.have.length(1);
  });

  it('hydrates <download-pdf> and <brief-section> in place', async () => {
    for (const [template, selector] of [
      [html`<download-pdf href="/briefs/a.pdf" size="2820669"></download-pdf>`, 'a[download]'],
      [html`<brief-section heading="Outlook" heading-level="3"><p>Hand-written</p></brief-section>`, 'section'],
    ] as const) {
      const { el, seen } = await serverNodes(() => server(template), selector);
      expect(seen.get(el), `the server rendered ${selector}`).to.not.equal(null);
      expect(seen.get(el), selector).to.equal(el.shadowRoot!.querySelector(selector));
    }
  });
});
